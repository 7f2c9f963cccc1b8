package dev.rt.bench.savina.fib;

import dev.rt.bench.Done;
import dev.rt.bench.savina.PekkoTwin;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * The Pekko twin of {@link FibActor}: the same tree, the same messages, written as a Pekko user
 * writes it ({@link AbstractBehavior} and a receive builder); children are spawned with the
 * node's own context, so they are its children, as in RT.
 */
public final class PekkoFib {

    private PekkoFib() {}

    /** Twin of {@link FibActor}. */
    public static final class Node extends PekkoTwin<Node.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * Computes a Fibonacci number.
         *
         * @param n its index
         */
        public record Compute(int n) implements Msg {}

        /**
         * A child's answer.
         *
         * @param value the child's Fibonacci number
         */
        public record Answer(int value) implements Msg {}

        private final ActorRef<Msg> parent;
        private final AtomicLong rootAnswer;
        private int sum;
        private int answers;

        private Node(ActorContext<Msg> ctx, ActorRef<Msg> parent, AtomicLong rootAnswer,
                Done done) {
            super(ctx, done);
            this.parent = parent;
            this.rootAnswer = rootAnswer;
        }

        /**
         * {@return the behavior of an inner node}
         *
         * @param parent where its answer goes
         */
        public static Behavior<Msg> create(ActorRef<Msg> parent) {
            return Behaviors.setup(ctx -> new Node(ctx, parent, null, null));
        }

        /**
         * {@return the behavior of the root, which has no parent node}
         *
         * @param answer set to the root's answer
         * @param done counted down when the root stops, which is after the whole tree has stopped
         */
        public static Behavior<Msg> root(AtomicLong answer, Done done) {
            return Behaviors.setup(ctx -> new Node(ctx, null, answer, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Compute.class, m -> {
                        if (m.n() <= 2) {
                            return finish(1);
                        }
                        ActorRef<Msg> self = getContext().getSelf();
                        getContext().spawn(create(self), "f1").tell(new Compute(m.n() - 1));
                        getContext().spawn(create(self), "f2").tell(new Compute(m.n() - 2));
                        return this;
                    })
                    .onMessage(Answer.class, m -> {
                        sum += m.value();
                        return ++answers == 2 ? finish(sum) : this;
                    })
                    .build();
        }

        /** Gives the answer to the parent (the root keeps it), then stops. */
        private Behavior<Msg> finish(int value) {
            if (parent != null) {
                parent.tell(new Answer(value));
            } else {
                rootAnswer.set(value);
            }
            return Behaviors.stopped();
        }
    }
}
