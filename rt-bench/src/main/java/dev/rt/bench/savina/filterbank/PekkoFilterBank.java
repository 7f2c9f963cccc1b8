package dev.rt.bench.savina.filterbank;

import dev.rt.bench.Done;
import dev.rt.bench.savina.PekkoTwin;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * The Pekko twins of the Filter Bank actors in this package: the same state, messages and work,
 * written as a Pekko user writes them. Each counts {@link Done} down on {@link PostStop}.
 */
public final class PekkoFilterBank {

    private PekkoFilterBank() {}

    /** The protocol of the stages that pass one stream of values along, twin of {@link Stage}. */
    public sealed interface StageMsg {}

    /**
     * The next value of the stream.
     *
     * @param value the value
     */
    public record Value(double value) implements StageMsg {}

    /** The stream has ended: pass it on and stop. */
    public enum Exit implements StageMsg { INSTANCE }

    /** Twin of {@link Producer}. */
    public static final class ProducerActor extends PekkoTwin<ProducerActor.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * The source is ready for the next simulation.
         *
         * @param source the source
         */
        public record Next(ActorRef<SourceActor.Msg> source) implements Msg {}

        private final int numSimulations;
        private int numMessagesSent;

        private ProducerActor(ActorContext<Msg> ctx, int numSimulations, Done done) {
            super(ctx, done);
            this.numSimulations = numSimulations;
        }

        /**
         * {@return the behavior}
         *
         * @param numSimulations values the source sends
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(int numSimulations, Done done) {
            return Behaviors.setup(ctx -> new ProducerActor(ctx, numSimulations, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Next.class, m -> {
                        if (numMessagesSent == numSimulations) {
                            m.source().tell(SourceActor.Exit.INSTANCE);
                            return Behaviors.stopped();
                        }
                        m.source().tell(SourceActor.Boot.INSTANCE);
                        numMessagesSent++;
                        return this;
                    })
                    .build();
        }
    }

    /** Twin of {@link Source}. */
    public static final class SourceActor extends PekkoTwin<SourceActor.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /** Sends the next value, and asks the producer for another boot. */
        public enum Boot implements Msg { INSTANCE }

        /** The simulations are over. */
        public enum Exit implements Msg { INSTANCE }

        private static final int MAX_VALUE = 1000;

        private final ActorRef<ProducerActor.Msg> producer;
        private final ActorRef<StageMsg> next;
        private int current;

        private SourceActor(ActorContext<Msg> ctx, ActorRef<ProducerActor.Msg> producer,
                ActorRef<StageMsg> next, Done done) {
            super(ctx, done);
            this.producer = producer;
            this.next = next;
        }

        /**
         * {@return the behavior}
         *
         * @param producer boots it
         * @param next the branches
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(ActorRef<ProducerActor.Msg> producer,
                ActorRef<StageMsg> next, Done done) {
            return Behaviors.setup(ctx -> new SourceActor(ctx, producer, next, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Boot.class, m -> {
                        next.tell(new Value(current));
                        current = (current + 1) % MAX_VALUE;
                        producer.tell(new ProducerActor.Next(getContext().getSelf()));
                        return this;
                    })
                    .onMessage(Exit.class, m -> {
                        next.tell(PekkoFilterBank.Exit.INSTANCE);
                        return Behaviors.stopped();
                    })
                    .build();
        }
    }

    /** Twin of {@link Branches}. */
    public static final class BranchesActor extends PekkoTwin<StageMsg> {
        private final List<ActorRef<StageMsg>> banks;

        private BranchesActor(ActorContext<StageMsg> ctx, List<ActorRef<StageMsg>> banks,
                Done done) {
            super(ctx, done);
            this.banks = banks;
        }

        /**
         * {@return the behavior}
         *
         * @param banks one bank per channel
         * @param done counted down when it stops
         */
        public static Behavior<StageMsg> create(List<ActorRef<StageMsg>> banks, Done done) {
            return Behaviors.setup(ctx -> new BranchesActor(ctx, banks, done));
        }

        @Override
        public Receive<StageMsg> createReceive() {
            return receive()
                    .onMessage(Value.class, m -> {
                        for (ActorRef<StageMsg> bank : banks) {
                            bank.tell(new Value(m.value()));
                        }
                        return this;
                    })
                    .onMessage(Exit.class, m -> {
                        for (ActorRef<StageMsg> bank : banks) {
                            bank.tell(Exit.INSTANCE);
                        }
                        return Behaviors.stopped();
                    })
                    .build();
        }
    }

    /** Twin of {@link Bank}. */
    public static final class BankActor extends PekkoTwin<StageMsg> {
        private final ActorRef<StageMsg> first;

        private BankActor(ActorContext<StageMsg> ctx, ActorRef<StageMsg> first, Done done) {
            super(ctx, done);
            this.first = first;
        }

        /**
         * {@return the behavior}
         *
         * @param first the first delay of its chain
         * @param done counted down when it stops
         */
        public static Behavior<StageMsg> create(ActorRef<StageMsg> first, Done done) {
            return Behaviors.setup(ctx -> new BankActor(ctx, first, done));
        }

        @Override
        public Receive<StageMsg> createReceive() {
            return receive()
                    .onMessage(Value.class, m -> {
                        first.tell(new Value(m.value()));
                        return this;
                    })
                    .onMessage(Exit.class, m -> {
                        first.tell(Exit.INSTANCE);
                        return Behaviors.stopped();
                    })
                    .build();
        }
    }

    /** Twin of {@link Delay}. */
    public static final class DelayActor extends PekkoTwin<StageMsg> {
        private final double[] state;
        private final ActorRef<StageMsg> next;
        private int placeHolder;

        private DelayActor(ActorContext<StageMsg> ctx, int delayLength, ActorRef<StageMsg> next,
                Done done) {
            super(ctx, done);
            this.state = new double[delayLength];
            this.next = next;
        }

        /**
         * {@return the behavior}
         *
         * @param delayLength values it holds back; it sends zeros until it is full
         * @param next the next stage
         * @param done counted down when it stops
         */
        public static Behavior<StageMsg> create(int delayLength, ActorRef<StageMsg> next,
                Done done) {
            return Behaviors.setup(ctx -> new DelayActor(ctx, delayLength, next, done));
        }

        @Override
        public Receive<StageMsg> createReceive() {
            return receive()
                    .onMessage(Value.class, m -> {
                        next.tell(new Value(state[placeHolder]));
                        state[placeHolder] = m.value();
                        placeHolder = (placeHolder + 1) % state.length;
                        return this;
                    })
                    .onMessage(Exit.class, m -> {
                        next.tell(Exit.INSTANCE);
                        return Behaviors.stopped();
                    })
                    .build();
        }
    }

    /** Twin of {@link FirFilter}. */
    public static final class FirFilterActor extends PekkoTwin<StageMsg> {
        private final double[] coefficients;
        private final ActorRef<StageMsg> next;
        private final double[] data;
        private int dataIndex;
        private boolean dataFull;

        private FirFilterActor(ActorContext<StageMsg> ctx, double[] coefficients,
                ActorRef<StageMsg> next, Done done) {
            super(ctx, done);
            this.coefficients = coefficients;
            this.next = next;
            this.data = new double[coefficients.length];
        }

        /**
         * {@return the behavior}
         *
         * @param coefficients its coefficients, as many as its window's values (Savina's columns)
         * @param next the next stage
         * @param done counted down when it stops
         */
        public static Behavior<StageMsg> create(double[] coefficients, ActorRef<StageMsg> next,
                Done done) {
            return Behaviors.setup(ctx -> new FirFilterActor(ctx, coefficients, next, done));
        }

        @Override
        public Receive<StageMsg> createReceive() {
            return receive()
                    .onMessage(Value.class, m -> {
                        data[dataIndex++] = m.value();
                        if (dataIndex == data.length) {
                            dataFull = true;
                            dataIndex = 0;
                        }
                        if (dataFull) {
                            double sum = 0.0;
                            for (int i = 0; i < data.length; i++) {
                                sum += data[i] * coefficients[data.length - i - 1];
                            }
                            next.tell(new Value(sum));
                        }
                        return this;
                    })
                    .onMessage(Exit.class, m -> {
                        next.tell(Exit.INSTANCE);
                        return Behaviors.stopped();
                    })
                    .build();
        }
    }

    /** Twin of {@link SampleFilter}. */
    public static final class SampleFilterActor extends PekkoTwin<StageMsg> {
        private final int sampleRate;
        private final ActorRef<StageMsg> next;
        private int samplesReceived;

        private SampleFilterActor(ActorContext<StageMsg> ctx, int sampleRate,
                ActorRef<StageMsg> next, Done done) {
            super(ctx, done);
            this.sampleRate = sampleRate;
            this.next = next;
        }

        /**
         * {@return the behavior}
         *
         * @param sampleRate one value in that many is kept
         * @param next the next stage
         * @param done counted down when it stops
         */
        public static Behavior<StageMsg> create(int sampleRate, ActorRef<StageMsg> next,
                Done done) {
            return Behaviors.setup(ctx -> new SampleFilterActor(ctx, sampleRate, next, done));
        }

        @Override
        public Receive<StageMsg> createReceive() {
            return receive()
                    .onMessage(Value.class, m -> {
                        next.tell(new Value(samplesReceived == 0 ? m.value() : 0));
                        samplesReceived = (samplesReceived + 1) % sampleRate;
                        return this;
                    })
                    .onMessage(Exit.class, m -> {
                        next.tell(Exit.INSTANCE);
                        return Behaviors.stopped();
                    })
                    .build();
        }
    }

    /** Twin of {@link TaggedForward}. */
    public static final class TaggedForwardActor extends PekkoTwin<StageMsg> {
        private final int sourceId;
        private final ActorRef<IntegratorActor.Msg> integrator;

        private TaggedForwardActor(ActorContext<StageMsg> ctx, int sourceId,
                ActorRef<IntegratorActor.Msg> integrator, Done done) {
            super(ctx, done);
            this.sourceId = sourceId;
            this.integrator = integrator;
        }

        /**
         * {@return the behavior}
         *
         * @param sourceId its channel
         * @param integrator gets the tagged values
         * @param done counted down when it stops
         */
        public static Behavior<StageMsg> create(int sourceId,
                ActorRef<IntegratorActor.Msg> integrator, Done done) {
            return Behaviors.setup(ctx -> new TaggedForwardActor(ctx, sourceId, integrator, done));
        }

        @Override
        public Receive<StageMsg> createReceive() {
            return receive()
                    .onMessage(Value.class, m -> {
                        integrator.tell(new IntegratorActor.SourcedValue(sourceId, m.value()));
                        return this;
                    })
                    .onMessage(Exit.class, m -> {
                        integrator.tell(IntegratorActor.Exit.INSTANCE);
                        return Behaviors.stopped();
                    })
                    .build();
        }
    }

    /** Twin of {@link Integrator}. */
    public static final class IntegratorActor extends PekkoTwin<IntegratorActor.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * A channel's next value.
         *
         * @param sourceId the channel
         * @param value the value
         */
        public record SourcedValue(int sourceId, double value) implements Msg {}

        /** One channel has ended. */
        public enum Exit implements Msg { INSTANCE }

        private final int numChannels;
        private final ChannelRows rows;
        private final ActorRef<CombineActor.Msg> combine;
        private int exitsReceived;

        private IntegratorActor(ActorContext<Msg> ctx, int numChannels,
                ActorRef<CombineActor.Msg> combine, Done done) {
            super(ctx, done);
            this.numChannels = numChannels;
            this.rows = new ChannelRows(numChannels);
            this.combine = combine;
        }

        /**
         * {@return the behavior}
         *
         * @param numChannels channels
         * @param combine gets each full row
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(int numChannels, ActorRef<CombineActor.Msg> combine,
                Done done) {
            return Behaviors.setup(ctx -> new IntegratorActor(ctx, numChannels, combine, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(SourcedValue.class, m -> {
                        double[] row = rows.add(m.sourceId(), m.value());
                        if (row != null) {
                            combine.tell(new CombineActor.Collection(row));
                        }
                        return this;
                    })
                    .onMessage(Exit.class, m -> {
                        if (++exitsReceived == numChannels) {
                            combine.tell(CombineActor.Exit.INSTANCE);
                            return Behaviors.stopped();
                        }
                        return this;
                    })
                    .build();
        }
    }

    /** Twin of {@link Combine}. */
    public static final class CombineActor extends PekkoTwin<CombineActor.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * A full row.
         *
         * @param values one value per channel, in channel order
         */
        public record Collection(double[] values) implements Msg {}

        /** The rows have ended. */
        public enum Exit implements Msg { INSTANCE }

        private final ActorRef<StageMsg> sink;

        private CombineActor(ActorContext<Msg> ctx, ActorRef<StageMsg> sink, Done done) {
            super(ctx, done);
            this.sink = sink;
        }

        /**
         * {@return the behavior}
         *
         * @param sink gets each row's sum
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(ActorRef<StageMsg> sink, Done done) {
            return Behaviors.setup(ctx -> new CombineActor(ctx, sink, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Collection.class, m -> {
                        double sum = 0;
                        for (double value : m.values()) {
                            sum += value;
                        }
                        sink.tell(new Value(sum));
                        return this;
                    })
                    .onMessage(Exit.class, m -> {
                        sink.tell(PekkoFilterBank.Exit.INSTANCE);
                        return Behaviors.stopped();
                    })
                    .build();
        }
    }

    /** Twin of {@link Sink}. */
    public static final class SinkActor extends PekkoTwin<StageMsg> {
        private final Consumer<double[]> output;
        private double[] values = new double[64];
        private int count;

        private SinkActor(ActorContext<StageMsg> ctx, Consumer<double[]> output, Done done) {
            super(ctx, done);
            this.output = output;
        }

        /**
         * {@return the behavior}
         *
         * @param output told every value it received, in order, when the stream ends
         * @param done counted down when it stops
         */
        public static Behavior<StageMsg> create(Consumer<double[]> output, Done done) {
            return Behaviors.setup(ctx -> new SinkActor(ctx, output, done));
        }

        @Override
        public Receive<StageMsg> createReceive() {
            return receive()
                    .onMessage(Value.class, m -> {
                        if (count == values.length) {
                            values = Arrays.copyOf(values, count * 2);
                        }
                        values[count++] = m.value();
                        return this;
                    })
                    .onMessage(Exit.class, m -> {
                        output.accept(Arrays.copyOf(values, count));
                        return Behaviors.stopped();
                    })
                    .build();
        }
    }
}
