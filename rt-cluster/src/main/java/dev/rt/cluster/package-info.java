/**
 * Distribution: cluster nodes, remote references, remote asks and death watch, the cluster-wide
 * registry ({@link dev.rt.cluster.ClusterRegistry}) and cluster topics ({@link
 * dev.rt.cluster.ClusterTopic}).
 */
package dev.rt.cluster;
