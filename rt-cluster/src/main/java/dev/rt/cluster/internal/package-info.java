/**
 * Not API: the classes that RT puts into JGroups' stack for a cluster secret. The package is
 * opened to JGroups only, which creates the token reflectively when it reads a header.
 */
package dev.rt.cluster.internal;
