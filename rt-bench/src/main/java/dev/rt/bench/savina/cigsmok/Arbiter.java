package dev.rt.bench.savina.cigsmok;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;
import dev.rt.bench.savina.PseudoRandom;
import java.util.concurrent.atomic.LongAdder;

/**
 * Savina Cigarette Smokers: the arbiter, which spawns the smokers and each round puts one random
 * smoker's ingredients on the table.
 */
@ActorBehavior
public final class Arbiter implements Actor<Arbiter.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /** Starts the first round. */
        record Start() implements Msg {}

        /** The chosen smoker took its ingredients: the table is free again. */
        record StartedSmoking() implements Msg {}
    }

    private final int numRounds;
    private final SmokerHandle[] smokers;
    private final LongAdder smoked;
    private final Done done;
    private final PseudoRandom random;
    private int roundsSoFar;
    private ActorContext<Msg> context;

    /**
     * Creates the arbiter.
     *
     * @param numRounds rounds to play
     * @param numSmokers smokers it spawns, as its children
     * @param smoked handed to each smoker, which adds the cigarettes it smoked
     * @param done counted down when it stops, and by each smoker
     */
    public Arbiter(int numRounds, int numSmokers, LongAdder smoked, Done done) {
        this.numRounds = numRounds;
        this.smokers = new SmokerHandle[numSmokers];
        this.smoked = smoked;
        this.done = done;
        this.random = new PseudoRandom((long) numRounds * numSmokers);
    }

    @Override
    public void preStart(ActorContext<Msg> context) {
        this.context = context;
        ArbiterHandle self = ArbiterHandle.of(context.self());
        for (int i = 0; i < smokers.length; i++) {
            smokers[i] = SmokerHandle.spawn(context, "smoker" + i,
                    () -> new Smoker(self, smoked, done));
        }
    }

    void on(Msg.Start m) {
        notifyRandomSmoker();
    }

    void on(Msg.StartedSmoking m) {
        if (++roundsSoFar >= numRounds) {
            for (SmokerHandle smoker : smokers) {
                smoker.exit();
            }
            context.stop();
        } else {
            notifyRandomSmoker();
        }
    }

    /** Puts a random smoker's ingredients on the table, for a random smoking time. */
    private void notifyRandomSmoker() {
        int smoker = Math.abs(random.nextInt()) % smokers.length;
        int busyWaitPeriod = random.nextInt(1000) + 10;
        smokers[smoker].startSmoking(busyWaitPeriod);
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
