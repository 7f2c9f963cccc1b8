package dev.rt.cluster;

import dev.rt.ActorSystem;

/**
 * A node in a process of its own, for the multi-process tests: it joins the cluster on
 * 127.0.0.1, publishes an {@link Account} as {@code acc}, prints {@code READY} and runs until its
 * standard input closes (so it also ends when the test's JVM does) or it is killed.
 *
 * <p>Arguments: cluster name, node name, TCP port, initial members ({@code host:port,...}).
 */
public final class NodeMain {

    private NodeMain() {}

    /**
     * @param args cluster, node, port, initial members
     * @throws Exception if the node cannot start
     */
    public static void main(String[] args) throws Exception {
        ActorSystem system = ActorSystem.create(args[1]);
        ClusterNode node = ClusterNode.join(system, ClusterConfig.builder(args[0])
                .nodeName(args[1]).bindPort(Integer.parseInt(args[2]))
                .initialMembers(args[3].split(",")).codecs(AccountMsgCodec.INSTANCE).build());
        AccountHandle acc = AccountHandle.spawn(system, "acc", Account::new);
        node.publish("acc", acc.ref());
        System.out.println("READY " + node.self());
        System.out.flush();
        while (System.in.read() >= 0) {
            // until the parent closes our input
        }
        node.close();
        system.close();
    }
}
