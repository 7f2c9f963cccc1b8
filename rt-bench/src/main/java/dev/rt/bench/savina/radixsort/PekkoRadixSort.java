package dev.rt.bench.savina.radixsort;

import dev.rt.bench.Done;
import dev.rt.bench.savina.PekkoTwin;
import dev.rt.bench.savina.PseudoRandom;
import java.util.function.Consumer;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * The Pekko twins of {@link IntSource}, {@link SortStage} and {@link Validation}: the same state,
 * messages and work, written as a Pekko user writes them. Each counts {@link Done} down on {@link
 * PostStop}.
 */
public final class PekkoRadixSort {

    private PekkoRadixSort() {}

    /** The protocol of the pipeline's stages, twin of {@link Stage}. */
    public sealed interface Msg {}

    /**
     * One value on its way down the pipeline.
     *
     * @param value the value
     */
    public record Value(long value) implements Msg {}

    /** Twin of {@link IntSource}. */
    public static final class Source extends PekkoTwin<Source.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * Sends every value, then stops.
         *
         * @param first the first stage of the pipeline
         */
        public record Start(ActorRef<PekkoRadixSort.Msg> first) implements Msg {}

        private final int numValues;
        private final long maxValue;
        private final PseudoRandom random;

        private Source(ActorContext<Msg> ctx, int numValues, long maxValue, long seed,
                Done done) {
            super(ctx, done);
            this.numValues = numValues;
            this.maxValue = maxValue;
            this.random = new PseudoRandom(seed);
        }

        /**
         * {@return the behavior}
         *
         * @param numValues values to send
         * @param maxValue the values are below it
         * @param seed the seed of Savina's generator
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(int numValues, long maxValue, long seed, Done done) {
            return Behaviors.setup(ctx -> new Source(ctx, numValues, maxValue, seed, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Start.class, m -> {
                        for (int i = 0; i < numValues; i++) {
                            m.first().tell(new Value(Math.abs(random.nextLong()) % maxValue));
                        }
                        return Behaviors.stopped();
                    })
                    .build();
        }
    }

    /** Twin of {@link SortStage}. */
    public static final class Sort extends PekkoTwin<PekkoRadixSort.Msg> {
        private final int numValues;
        private final long radix;
        private final ActorRef<PekkoRadixSort.Msg> next;
        private final long[] ordering;
        private int valuesSoFar;
        private int held;

        private Sort(ActorContext<PekkoRadixSort.Msg> ctx, int numValues, long radix,
                ActorRef<PekkoRadixSort.Msg> next, Done done) {
            super(ctx, done);
            this.numValues = numValues;
            this.radix = radix;
            this.next = next;
            this.ordering = new long[numValues];
        }

        /**
         * {@return the behavior}
         *
         * @param numValues values that come through
         * @param radix its bit, as a mask
         * @param next the next stage
         * @param done counted down when it stops
         */
        public static Behavior<PekkoRadixSort.Msg> create(int numValues, long radix,
                ActorRef<PekkoRadixSort.Msg> next, Done done) {
            return Behaviors.setup(ctx -> new Sort(ctx, numValues, radix, next, done));
        }

        @Override
        public Receive<PekkoRadixSort.Msg> createReceive() {
            return receive()
                    .onMessage(Value.class, m -> {
                        valuesSoFar++;
                        if ((m.value() & radix) == 0) {
                            next.tell(new Value(m.value()));
                        } else {
                            ordering[held++] = m.value();
                        }
                        if (valuesSoFar == numValues) {
                            for (int i = 0; i < held; i++) {
                                next.tell(new Value(ordering[i]));
                            }
                            return Behaviors.stopped();
                        }
                        return this;
                    })
                    .build();
        }
    }

    /** Twin of {@link Validation}. */
    public static final class Validate extends PekkoTwin<PekkoRadixSort.Msg> {
        private final int numValues;
        private final Consumer<Validation.Result> result;
        private int valuesSoFar;
        private long prevValue;
        private int outOfPlace = -1;
        private long sum;

        private Validate(ActorContext<PekkoRadixSort.Msg> ctx, int numValues,
                Consumer<Validation.Result> result, Done done) {
            super(ctx, done);
            this.numValues = numValues;
            this.result = result;
        }

        /**
         * {@return the behavior}
         *
         * @param numValues values that come through
         * @param result told what it saw, once every value has come
         * @param done counted down when it stops
         */
        public static Behavior<PekkoRadixSort.Msg> create(int numValues,
                Consumer<Validation.Result> result, Done done) {
            return Behaviors.setup(ctx -> new Validate(ctx, numValues, result, done));
        }

        @Override
        public Receive<PekkoRadixSort.Msg> createReceive() {
            return receive()
                    .onMessage(Value.class, m -> {
                        if (m.value() < prevValue && outOfPlace < 0) {
                            outOfPlace = valuesSoFar;
                        }
                        valuesSoFar++;
                        prevValue = m.value();
                        sum += prevValue;
                        if (valuesSoFar == numValues) {
                            result.accept(new Validation.Result(valuesSoFar, outOfPlace, sum));
                            return Behaviors.stopped();
                        }
                        return this;
                    })
                    .build();
        }
    }
}
