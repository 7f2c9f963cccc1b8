package dev.rt.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.MonitorEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Members compare their wire protocols when they meet, and refuse what they would misread. */
class HandshakeTest {

    private final Nodes nodes = new Nodes();

    @AfterEach
    void close() {
        nodes.close();
    }

    @Test
    void aNodeWhoseProtocolCannotTalkToTheClustersIsRefusedWithTheDifference()
            throws Exception {
        Nodes.Node a = nodes.start("a", AccountMsgCodec.INSTANCE);
        IncompatibleProtocolException e = assertThrows(IncompatibleProtocolException.class,
                () -> nodes.start("b", IncompatibleAccountCodec.INSTANCE));
        String m = e.getMessage();
        assertTrue(m.contains(AccountMsg.class.getName()), m);
        assertTrue(m.contains("AccountMsg.Deposit") && m.contains("amount")
                && m.contains("String") && m.contains("long"), m);
        a.monitor().await(1, ev -> ev instanceof MonitorEvent.MemberRefused r
                && r.path().equals("/cluster/b") && r.reason().contains("AccountMsg.Deposit"));
        // the refused node has left: the cluster is a alone again
        a.monitor().await(1, ev -> ev instanceof MonitorEvent.MemberLeft left
                && left.path().equals("/cluster/b"));
        assertEquals(1, a.cluster().members().size(), a.cluster().members().toString());
    }

    @Test
    void nodesWithTheSameProtocolsJoinAndNodesWithoutACommonProtocolToo() {
        Nodes.Node a = nodes.start("a", AccountMsgCodec.INSTANCE);
        Nodes.Node b = nodes.start("b", AccountMsgCodec.INSTANCE);
        assertEquals(2, b.cluster().members().size());
        assertTrue(a.monitor().all(MonitorEvent.MemberRefused.class).isEmpty());
    }
}
