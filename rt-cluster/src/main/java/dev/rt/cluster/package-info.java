/** Distribution: cluster nodes, remote references, remote asks and death watch. */
package dev.rt.cluster;
