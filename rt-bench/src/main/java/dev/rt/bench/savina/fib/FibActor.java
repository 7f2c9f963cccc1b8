package dev.rt.bench.savina.fib;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Savina Fibonacci: one node of the tree, which answers 1 for {@code n <= 2} and otherwise spawns
 * two children, for {@code n - 1} and {@code n - 2}, and answers the sum of their answers.
 */
@ActorBehavior
public final class FibActor implements Actor<FibActor.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * Computes a Fibonacci number.
         *
         * @param n its index
         */
        record Compute(int n) implements Msg {}

        /**
         * A child's answer.
         *
         * @param value the child's Fibonacci number
         */
        record Answer(int value) implements Msg {}
    }

    private final FibActorHandle parent;
    private final AtomicLong rootAnswer;
    private final Done done;
    private int sum;
    private int answers;

    private FibActor(FibActorHandle parent, AtomicLong rootAnswer, Done done) {
        this.parent = parent;
        this.rootAnswer = rootAnswer;
        this.done = done;
    }

    /**
     * Creates an inner node.
     *
     * @param parent where its answer goes
     */
    public FibActor(FibActorHandle parent) {
        this(parent, null, null);
    }

    /**
     * Creates the root, which has no parent node.
     *
     * @param answer set to the root's answer
     * @param done counted down when the root stops, which is after the whole tree has stopped
     * @return the root
     */
    public static FibActor root(AtomicLong answer, Done done) {
        return new FibActor(null, answer, done);
    }

    void on(Msg.Compute m, ActorContext<Msg> context, FibActorHandle self) {
        if (m.n() <= 2) {
            finish(1, context);
            return;
        }
        FibActorHandle.spawn(context, "f1", () -> new FibActor(self)).compute(m.n() - 1);
        FibActorHandle.spawn(context, "f2", () -> new FibActor(self)).compute(m.n() - 2);
    }

    void on(Msg.Answer m, ActorContext<Msg> context) {
        sum += m.value();
        if (++answers == 2) {
            finish(sum, context);
        }
    }

    /** Gives the answer to the parent (the root keeps it), then stops. */
    private void finish(int value, ActorContext<Msg> context) {
        if (parent != null) {
            parent.answer(value);
        } else {
            rootAnswer.set(value);
        }
        context.stop();
    }

    @Override
    public void postStop() {
        if (done != null) {
            done.countDown();
        }
    }
}
