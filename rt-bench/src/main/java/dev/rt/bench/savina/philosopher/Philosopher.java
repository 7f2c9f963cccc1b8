package dev.rt.bench.savina.philosopher;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/** Savina Dining Philosophers: a philosopher, who asks the arbitrator for its forks to eat. */
@ActorBehavior
public final class Philosopher implements Actor<Philosopher.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /** Gets hungry: asks for the forks. */
        record Start() implements Msg {}

        /** The forks are taken: asks again. */
        record Denied() implements Msg {}

        /** Has both forks: eats one round. */
        record Eat() implements Msg {}
    }

    private final int id;
    private final int rounds;
    private final ArbitratorHandle arbitrator;
    private final Done done;
    private int roundsSoFar;
    private PhilosopherHandle self;

    /**
     * Creates a philosopher.
     *
     * @param id its seat: it eats with forks {@code id} and {@code id + 1}
     * @param rounds rounds it eats before it leaves
     * @param arbitrator hands out the forks
     * @param done counted down when it stops
     */
    public Philosopher(int id, int rounds, ArbitratorHandle arbitrator, Done done) {
        this.id = id;
        this.rounds = rounds;
        this.arbitrator = arbitrator;
        this.done = done;
    }

    @Override
    public void preStart(ActorContext<Msg> context) {
        self = PhilosopherHandle.of(context.self());
    }

    void on(Msg.Start m) {
        arbitrator.hungry(self, id);
    }

    void on(Msg.Denied m) {
        arbitrator.hungry(self, id);
    }

    void on(Msg.Eat m, ActorContext<Msg> context) {
        roundsSoFar++;
        arbitrator.doneEating(id);
        if (roundsSoFar < rounds) {
            self.start();
        } else {
            arbitrator.exit();
            context.stop();
        }
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
