package dev.rt.samples.ring;

import dev.rt.ActorSystem;
import java.util.ArrayList;
import java.util.List;

/** A ring of nodes that pass a token around through each other's handles. */
public final class Ring {
    private Ring() {}

    /**
     * Builds a ring of {@code size} nodes, each linked to the next.
     *
     * @param system where the nodes run
     * @param size how many nodes
     * @return the nodes, in ring order
     */
    public static List<NodeHandle> build(ActorSystem system, int size) {
        List<NodeHandle> nodes = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            nodes.add(NodeHandle.spawn(system, "node-" + i, Node::new));
        }
        for (int i = 0; i < size; i++) {
            nodes.get(i).link(nodes.get((i + 1) % size));
        }
        return nodes;
    }

    /**
     * Sends a token three times around a ring of 100 nodes, and prints the hops it made.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        try (ActorSystem system = ActorSystem.create("ring")) {
            List<NodeHandle> ring = build(system, 100);
            int hops = ring.get(0).start(300).toCompletableFuture().join();
            System.out.println("the token made " + hops + " hops");
        }
    }
}
