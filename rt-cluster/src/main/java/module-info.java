/**
 * RT's distribution: an {@link dev.rt.ActorSystem} joins a cluster through {@link
 * dev.rt.cluster.ClusterNode}, and references to actors on other nodes work with the generated
 * handles unchanged. Transport, membership and failure detection are JGroups'.
 */
module dev.rt.cluster {
    requires transitive dev.rt.runtime;
    requires org.jgroups;
    requires org.jctools.core.jdk11;

    exports dev.rt.cluster;
    // JGroups creates the cluster-secret token reflectively when it reads an AUTH header
    opens dev.rt.cluster.internal to org.jgroups;
}
