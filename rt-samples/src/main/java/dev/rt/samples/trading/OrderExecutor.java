package dev.rt.samples.trading;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.samples.Console;

/** Sends orders to the market (here: counts and prints them). */
@ActorBehavior
public final class OrderExecutor implements Actor<ExecutorMsg> {

    private int executed;

    /** Creates an executor. */
    public OrderExecutor() {}

    void on(ExecutorMsg.Execute m, ActorContext<ExecutorMsg> context) {
        executed++;
        Console.say("  executor: executed %s %d %s @ %.2f", m.order().id(), m.order().quantity(),
                m.order().symbol(), m.order().price());
    }

    int on(ExecutorMsg.Executed m) {
        return executed;
    }
}
