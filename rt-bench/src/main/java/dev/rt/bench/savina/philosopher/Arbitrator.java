package dev.rt.bench.savina.philosopher;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;
import java.util.function.LongConsumer;

/** Savina Dining Philosophers: the arbitrator, which owns the forks and hands out pairs. */
@ActorBehavior
public final class Arbitrator implements Actor<Arbitrator.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * A philosopher wants its two forks.
         *
         * @param philosopher who asks
         * @param id its seat
         */
        record Hungry(PhilosopherHandle philosopher, int id) implements Msg {}

        /**
         * A philosopher has eaten and puts its forks back.
         *
         * @param id its seat
         */
        record DoneEating(int id) implements Msg {}

        /** A philosopher has left the table. */
        record Exit() implements Msg {}
    }

    private final boolean[] forks;
    private final LongConsumer meals;
    private final Done done;
    private long mealsServed;
    private int numExited;

    /**
     * Creates the arbitrator.
     *
     * @param numPhilosophers philosophers at the table, as many as forks
     * @param meals told how many meals were eaten, once every philosopher has left
     * @param done counted down when it stops
     */
    public Arbitrator(int numPhilosophers, LongConsumer meals, Done done) {
        this.forks = new boolean[numPhilosophers];
        this.meals = meals;
        this.done = done;
    }

    void on(Msg.Hungry m) {
        int left = m.id();
        int right = (m.id() + 1) % forks.length;
        if (forks[left] || forks[right]) {
            m.philosopher().denied();
        } else {
            forks[left] = true;
            forks[right] = true;
            m.philosopher().eat();
        }
    }

    void on(Msg.DoneEating m) {
        forks[m.id()] = false;
        forks[(m.id() + 1) % forks.length] = false;
        mealsServed++;
    }

    void on(Msg.Exit m, ActorContext<Msg> context) {
        if (++numExited == forks.length) {
            meals.accept(mealsServed);
            context.stop();
        }
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
