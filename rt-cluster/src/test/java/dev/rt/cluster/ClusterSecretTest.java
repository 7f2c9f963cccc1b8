package dev.rt.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.MonitorEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A cluster secret: only nodes that prove it join, and a refusal is clear on both sides. */
class ClusterSecretTest {

    private static final String SECRET = "correct horse battery staple";

    private final Nodes nodes = new Nodes();
    private final Nodes open = new Nodes();

    @AfterEach
    void close() {
        nodes.close();
        open.close();
    }

    @Test
    void nodesWithTheSameSecretFormACluster() {
        Nodes.Node a = nodes.startWith("a", b -> b.secret(SECRET));
        Nodes.Node b = nodes.startWith("b", c -> c.secret(SECRET));
        assertEquals(2, b.cluster().members().size(), b.cluster().members().toString());
        assertEquals(2, a.cluster().members().size(), a.cluster().members().toString());
        assertTrue(a.monitor().all(MonitorEvent.MemberRejected.class).isEmpty());
    }

    @Test
    void aNodeWithAnotherSecretIsRejectedAndTheCoordinatorReportsIt() throws Exception {
        Nodes.Node a = nodes.startWith("a", b -> b.secret(SECRET));
        ClusterAuthenticationException e = assertThrows(ClusterAuthenticationException.class,
                () -> nodes.startWith("intruder", b -> b.secret("another secret, wrong")));
        String m = e.getMessage();
        assertTrue(m.contains("this node's cluster secret is not the cluster's"), m);
        assertTrue(m.contains("same cluster secret on every member"), m);
        assertFalse(m.contains(SECRET) || m.contains("wrong"), m);
        a.monitor().await(1, ev -> ev instanceof MonitorEvent.MemberRejected r
                && r.path().equals("/cluster/intruder")
                && r.reason().contains("another cluster secret"));
        assertEquals(1, a.cluster().members().size(), a.cluster().members().toString());
        assertTrue(a.monitor().all(MonitorEvent.MemberUp.class).isEmpty());
    }

    @Test
    void aNodeWithoutASecretIsRejectedAndTheCoordinatorReportsIt() throws Exception {
        Nodes.Node a = nodes.startWith("a", b -> b.secret(SECRET));
        ClusterAuthenticationException e = assertThrows(ClusterAuthenticationException.class,
                () -> nodes.start("stranger"));
        String m = e.getMessage();
        assertTrue(m.contains("requires a cluster secret and this node has none"), m);
        assertTrue(m.contains("same cluster secret on every member"), m);
        a.monitor().await(1, ev -> ev instanceof MonitorEvent.MemberRejected r
                && r.path().equals("/cluster/stranger")
                && r.reason().contains("no cluster secret"));
        assertEquals(1, a.cluster().members().size(), a.cluster().members().toString());
        // the cluster goes on: a member with the secret still joins
        Nodes.Node b = nodes.startWith("b", c -> c.secret(SECRET));
        assertEquals(2, b.cluster().members().size(), b.cluster().members().toString());
    }

    @Test
    void aNodeWithASecretDoesNotJoinAClusterWithout() {
        open.start("a");
        ClusterAuthenticationException e = assertThrows(ClusterAuthenticationException.class,
                () -> open.startWith("b", c -> c.secret(SECRET)));
        String m = e.getMessage();
        assertTrue(m.contains("this node has a cluster secret and the cluster's coordinator has"
                + " none"), m);
        assertTrue(m.contains("same cluster secret on every member"), m);
    }

    @Test
    void theSecretIsNeverPrinted() {
        ClusterConfig config = ClusterConfig.builder("c").secret(SECRET).build();
        assertFalse(config.toString().contains(SECRET), config.toString());
        assertThrows(IllegalArgumentException.class,
                () -> ClusterConfig.builder("c").secret("short"));
    }
}
