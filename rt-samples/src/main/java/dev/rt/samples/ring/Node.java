package dev.rt.samples.ring;

import dev.rt.Actor;
import dev.rt.annotation.ActorBehavior;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A node of a ring: passes tokens to the next node, through the next node's handle. */
@ActorBehavior
public final class Node implements Actor<NodeMsg> {
    private NodeHandle next;
    private final Queue<CompletableFuture<Integer>> started = new ArrayDeque<>();

    /** Creates a node; link it with {@link NodeMsg.Link} before starting a token. */
    public Node() {}

    void on(NodeMsg.Link m) {
        next = m.next();
    }

    CompletionStage<Integer> on(NodeMsg.Start m, NodeHandle self) {
        CompletableFuture<Integer> back = new CompletableFuture<>();
        started.add(back);
        next.token(m.hops() - 1, 1, self);
        return back;
    }

    void on(NodeMsg.Token m) {
        if (m.left() == 0) {
            m.origin().back(m.made());
        } else {
            next.token(m.left() - 1, m.made() + 1, m.origin());
        }
    }

    void on(NodeMsg.Back m) {
        started.remove().complete(m.made());
    }

    NodeHandle on(NodeMsg.Next m) {
        return next;
    }
}
