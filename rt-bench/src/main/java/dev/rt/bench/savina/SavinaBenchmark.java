package dev.rt.bench.savina;

import dev.rt.bench.RtState;
import dev.rt.bench.pekko.PekkoState;
import dev.rt.bench.vt.VtActor;
import dev.rt.bench.vt.VtBigActor;
import dev.rt.bench.vt.VtBigSink;
import dev.rt.bench.vt.VtChamMall;
import dev.rt.bench.vt.VtChameneo;
import dev.rt.bench.vt.VtCountCounter;
import dev.rt.bench.vt.VtCountProducer;
import dev.rt.bench.vt.VtFjcWorker;
import dev.rt.bench.vt.VtFjtWorker;
import dev.rt.bench.vt.VtPpPing;
import dev.rt.bench.vt.VtPpPong;
import dev.rt.bench.vt.VtRingNode;
import dev.rt.bench.vt.VtState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Seven benchmarks of the Savina actor suite (Imam and Sarkar, "Savina - An Actor Benchmark
 * Suite", AGERE 2014), RT against Pekko and against plain virtual-thread actors ({@link
 * dev.rt.bench.vt}), with Savina's default parameters (the {@code *Config} classes of the suite's
 * reference implementation):
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>benchmark</th><th>parameters</th></tr>
 *   <tr><td>PingPong</td><td>N = 40,000 pings</td></tr>
 *   <tr><td>Counting</td><td>N = 1,000,000 messages</td></tr>
 *   <tr><td>ThreadRing</td><td>N = 100 actors, R = 100,000 hops</td></tr>
 *   <tr><td>Fork-Join throughput</td><td>A = 60 actors, N = 10,000 messages each</td></tr>
 *   <tr><td>Fork-Join create</td><td>N = 40,000 actors</td></tr>
 *   <tr><td>Chameneos</td><td>100 chameneos, 200,000 meetings</td></tr>
 *   <tr><td>Big</td><td>W = 120 actors, N = 20,000 pings each</td></tr>
 * </table>
 *
 * <p>One operation is one run of the benchmark, as one Savina iteration is: its actors are
 * spawned, do their work and stop, and the operation ends when every one of them has run its
 * {@code postStop} (Pekko: received {@code PostStop}; virtual threads: the actor's body has run
 * its {@code postStop} and ends), as Savina waits for the actor system to terminate. The actor
 * system (virtual threads: the executor) is created once per trial. In all three the actors are
 * spawned by a driver actor ({@link RtState}, {@link PekkoState}, {@link VtState}), where
 * Savina's Akka version spawns them from the main thread; messages the main thread sends in
 * Savina are sent by the driver.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SavinaBenchmark {

    /** PingPong: pings. */
    @Param({"40000"})
    public int pingPongN;
    /** Counting: messages. */
    @Param({"1000000"})
    public int countingN;
    /** ThreadRing: actors in the ring. */
    @Param({"100"})
    public int threadRingN;
    /** ThreadRing: hops of the token. */
    @Param({"100000"})
    public int threadRingR;
    /** Fork-Join throughput: actors. */
    @Param({"60"})
    public int fjThroughputA;
    /** Fork-Join throughput: messages per actor. */
    @Param({"10000"})
    public int fjThroughputN;
    /** Fork-Join create: actors. */
    @Param({"40000"})
    public int fjCreateN;
    /** Chameneos: chameneos. */
    @Param({"100"})
    public int chameneosC;
    /** Chameneos: meetings. */
    @Param({"200000"})
    public int chameneosM;
    /** Big: actors. */
    @Param({"120"})
    public int bigW;
    /** Big: pings per actor. */
    @Param({"20000"})
    public int bigN;

    /** Creates the benchmark; JMH instantiates it. */
    public SavinaBenchmark() {}

    // ---- PingPong ----

    /**
     * RT: PingPong.
     *
     * @param s the system
     */
    @Benchmark
    public void pingPongRt(RtState s) {
        int n = pingPongN;
        s.run(2, ctx -> {
            PpPongHandle pong = PpPongHandle.spawn(ctx, s.name("pong"), () -> new PpPong(s.done));
            PpPingHandle ping = PpPingHandle.spawn(ctx, s.name("ping"),
                    () -> new PpPing(n, pong, s.done));
            ping.start();
        });
    }

    /**
     * Pekko: PingPong.
     *
     * @param s the system
     */
    @Benchmark
    public void pingPongPekko(PekkoState s) {
        int n = pingPongN;
        s.run(2, ctx -> {
            var pong = ctx.spawn(PekkoSavina.Pong.create(s.done), s.name("pong"));
            var ping = ctx.spawn(PekkoSavina.Ping.create(n, pong, s.done), s.name("ping"));
            ping.tell(PekkoSavina.Ping.Start.INSTANCE);
        });
    }

    /**
     * Virtual threads: PingPong.
     *
     * @param s the executor
     */
    @Benchmark
    public void pingPongVt(VtState s) {
        int n = pingPongN;
        s.run(2, executor -> {
            VtPpPong pong = VtActor.start(executor, new VtPpPong(s.done));
            VtPpPing ping = VtActor.start(executor, new VtPpPing(n, pong, s.done));
            ping.tell(VtPpPing.Msg.Start.INSTANCE);
        });
    }

    // ---- Counting ----

    /**
     * RT: Counting.
     *
     * @param s the system
     */
    @Benchmark
    public void countingRt(RtState s) {
        int n = countingN;
        s.run(2, ctx -> {
            CountCounterHandle counter = CountCounterHandle.spawn(ctx, s.name("counter"),
                    () -> new CountCounter(s.done));
            CountProducerHandle producer = CountProducerHandle.spawn(ctx, s.name("producer"),
                    () -> new CountProducer(n, counter, s.done));
            producer.increment();
        });
    }

    /**
     * Pekko: Counting.
     *
     * @param s the system
     */
    @Benchmark
    public void countingPekko(PekkoState s) {
        int n = countingN;
        s.run(2, ctx -> {
            var counter = ctx.spawn(PekkoSavina.Counter.create(s.done), s.name("counter"));
            var producer = ctx.spawn(PekkoSavina.Producer.create(n, counter, s.done),
                    s.name("producer"));
            producer.tell(PekkoSavina.Producer.Increment.INSTANCE);
        });
    }

    /**
     * Virtual threads: Counting.
     *
     * @param s the executor
     */
    @Benchmark
    public void countingVt(VtState s) {
        int n = countingN;
        s.run(2, executor -> {
            VtCountCounter counter = VtActor.start(executor, new VtCountCounter(s.done));
            VtCountProducer producer = VtActor.start(executor,
                    new VtCountProducer(n, counter, s.done));
            producer.tell(VtCountProducer.Msg.Increment.INSTANCE);
        });
    }

    // ---- ThreadRing ----

    /**
     * RT: ThreadRing.
     *
     * @param s the system
     */
    @Benchmark
    public void threadRingRt(RtState s) {
        int n = threadRingN;
        int r = threadRingR;
        s.run(n, ctx -> {
            RingNodeHandle[] ring = new RingNodeHandle[n];
            for (int i = 0; i < n; i++) {
                ring[i] = RingNodeHandle.spawn(ctx, s.name("ring"), () -> new RingNode(n, s.done));
            }
            for (int i = 0; i < n; i++) {
                ring[i].data(ring[(i + 1) % n]);
            }
            ring[0].ping(r);
        });
    }

    /**
     * Pekko: ThreadRing.
     *
     * @param s the system
     */
    @Benchmark
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void threadRingPekko(PekkoState s) {
        int n = threadRingN;
        int r = threadRingR;
        s.run(n, ctx -> {
            org.apache.pekko.actor.typed.ActorRef<PekkoSavina.Ring.Msg>[] ring =
                    new org.apache.pekko.actor.typed.ActorRef[n];
            for (int i = 0; i < n; i++) {
                ring[i] = ctx.spawn(PekkoSavina.Ring.create(n, s.done), s.name("ring"));
            }
            for (int i = 0; i < n; i++) {
                ring[i].tell(new PekkoSavina.Ring.Data(ring[(i + 1) % n]));
            }
            ring[0].tell(new PekkoSavina.Ring.PingMsg(r));
        });
    }

    /**
     * Virtual threads: ThreadRing.
     *
     * @param s the executor
     */
    @Benchmark
    public void threadRingVt(VtState s) {
        int n = threadRingN;
        int r = threadRingR;
        s.run(n, executor -> {
            VtRingNode[] ring = new VtRingNode[n];
            for (int i = 0; i < n; i++) {
                ring[i] = VtActor.start(executor, new VtRingNode(n, s.done));
            }
            for (int i = 0; i < n; i++) {
                ring[i].tell(new VtRingNode.Msg.Data(ring[(i + 1) % n]));
            }
            ring[0].tell(new VtRingNode.Msg.Ping(r));
        });
    }

    // ---- Fork-Join throughput ----

    /**
     * RT: Fork-Join throughput.
     *
     * @param s the system
     */
    @Benchmark
    public void fjThroughputRt(RtState s) {
        int a = fjThroughputA;
        int n = fjThroughputN;
        s.run(a, ctx -> {
            FjtWorkerHandle[] workers = new FjtWorkerHandle[a];
            for (int i = 0; i < a; i++) {
                workers[i] = FjtWorkerHandle.spawn(ctx, s.name("fjt"),
                        () -> new FjtWorker(n, s.done));
            }
            for (int m = 0; m < n; m++) {
                for (FjtWorkerHandle w : workers) {
                    w.work();
                }
            }
        });
    }

    /**
     * Pekko: Fork-Join throughput.
     *
     * @param s the system
     */
    @Benchmark
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void fjThroughputPekko(PekkoState s) {
        int a = fjThroughputA;
        int n = fjThroughputN;
        s.run(a, ctx -> {
            org.apache.pekko.actor.typed.ActorRef<PekkoSavina.FjtWork.Msg>[] workers =
                    new org.apache.pekko.actor.typed.ActorRef[a];
            for (int i = 0; i < a; i++) {
                workers[i] = ctx.spawn(PekkoSavina.FjtWork.create(n, s.done), s.name("fjt"));
            }
            for (int m = 0; m < n; m++) {
                for (var w : workers) {
                    w.tell(PekkoSavina.FjtWork.Work.INSTANCE);
                }
            }
        });
    }

    /**
     * Virtual threads: Fork-Join throughput.
     *
     * @param s the executor
     */
    @Benchmark
    public void fjThroughputVt(VtState s) {
        int a = fjThroughputA;
        int n = fjThroughputN;
        s.run(a, executor -> {
            VtFjtWorker[] workers = new VtFjtWorker[a];
            for (int i = 0; i < a; i++) {
                workers[i] = VtActor.start(executor, new VtFjtWorker(n, s.done));
            }
            for (int m = 0; m < n; m++) {
                for (VtFjtWorker w : workers) {
                    w.tell(VtFjtWorker.Msg.Work.INSTANCE);
                }
            }
        });
    }

    // ---- Fork-Join create ----

    /**
     * RT: Fork-Join create.
     *
     * @param s the system
     */
    @Benchmark
    public void fjCreateRt(RtState s) {
        int n = fjCreateN;
        s.run(n, ctx -> {
            for (int i = 0; i < n; i++) {
                FjcWorkerHandle.spawn(ctx, s.name("fjc"), () -> new FjcWorker(s.done)).work();
            }
        });
    }

    /**
     * Pekko: Fork-Join create.
     *
     * @param s the system
     */
    @Benchmark
    public void fjCreatePekko(PekkoState s) {
        int n = fjCreateN;
        s.run(n, ctx -> {
            for (int i = 0; i < n; i++) {
                ctx.spawn(PekkoSavina.FjcWork.create(s.done), s.name("fjc"))
                        .tell(PekkoSavina.FjcWork.Work.INSTANCE);
            }
        });
    }

    /**
     * Virtual threads: Fork-Join create.
     *
     * @param s the executor
     */
    @Benchmark
    public void fjCreateVt(VtState s) {
        int n = fjCreateN;
        s.run(n, executor -> {
            for (int i = 0; i < n; i++) {
                VtActor.start(executor, new VtFjcWorker(s.done))
                        .tell(VtFjcWorker.Msg.Work.INSTANCE);
            }
        });
    }

    // ---- Chameneos ----

    /**
     * RT: Chameneos.
     *
     * @param s the system
     */
    @Benchmark
    public void chameneosRt(RtState s) {
        int c = chameneosC;
        int m = chameneosM;
        s.run(c + 1, ctx -> {
            ChamMallHandle mall = ChamMallHandle.spawn(ctx, s.name("mall"),
                    () -> new ChamMall(m, c, s.done));
            for (int i = 0; i < c; i++) {
                Savina.Color color = Savina.Color.values()[i % 3];
                ChameneoHandle.spawn(ctx, s.name("chameneo"),
                        () -> new Chameneo(mall, color, s.done));
            }
        });
    }

    /**
     * Pekko: Chameneos.
     *
     * @param s the system
     */
    @Benchmark
    public void chameneosPekko(PekkoState s) {
        int c = chameneosC;
        int m = chameneosM;
        s.run(c + 1, ctx -> {
            var mall = ctx.spawn(PekkoSavina.Mall.create(m, c, s.done), s.name("mall"));
            for (int i = 0; i < c; i++) {
                Savina.Color color = Savina.Color.values()[i % 3];
                ctx.spawn(PekkoSavina.Cham.create(mall, color, s.done), s.name("chameneo"));
            }
        });
    }

    /**
     * Virtual threads: Chameneos.
     *
     * @param s the executor
     */
    @Benchmark
    public void chameneosVt(VtState s) {
        int c = chameneosC;
        int m = chameneosM;
        s.run(c + 1, executor -> {
            VtChamMall mall = VtActor.start(executor, new VtChamMall(m, c, s.done));
            for (int i = 0; i < c; i++) {
                Savina.Color color = Savina.Color.values()[i % 3];
                VtActor.start(executor, new VtChameneo(mall, color, s.done));
            }
        });
    }

    // ---- Big ----

    /**
     * RT: Big.
     *
     * @param s the system
     */
    @Benchmark
    public void bigRt(RtState s) {
        int w = bigW;
        int n = bigN;
        s.run(w + 1, ctx -> {
            BigSinkHandle sink = BigSinkHandle.spawn(ctx, s.name("sink"),
                    () -> new BigSink(w, s.done));
            List<BigActorHandle> actors = new ArrayList<>(w);
            for (int i = 0; i < w; i++) {
                int id = i;
                BigActorHandle actor = BigActorHandle.spawn(ctx, s.name("big"),
                        () -> new BigActor(id, n, sink, s.done));
                actors.add(actor);
            }
            List<BigActorHandle> neighbors = List.copyOf(actors);
            sink.neighbors(neighbors);
            for (BigActorHandle actor : neighbors) {
                actor.neighbors(neighbors);
            }
            for (BigActorHandle actor : neighbors) {
                actor.pong(-1);
            }
        });
    }

    /**
     * Pekko: Big.
     *
     * @param s the system
     */
    @Benchmark
    public void bigPekko(PekkoState s) {
        int w = bigW;
        int n = bigN;
        s.run(w + 1, ctx -> {
            var sink = ctx.spawn(PekkoSavina.BigSinkActor.create(w, s.done), s.name("sink"));
            List<org.apache.pekko.actor.typed.ActorRef<PekkoSavina.Big.Msg>> refs =
                    new ArrayList<>(w);
            for (int i = 0; i < w; i++) {
                refs.add(ctx.spawn(PekkoSavina.Big.create(i, n, sink, s.done), s.name("big")));
            }
            var neighbors = List.copyOf(refs);
            sink.tell(new PekkoSavina.BigSinkActor.Neighbors(neighbors));
            for (var actor : neighbors) {
                actor.tell(new PekkoSavina.Big.Neighbors(neighbors));
            }
            for (var actor : neighbors) {
                actor.tell(new PekkoSavina.Big.PongMsg(-1));
            }
        });
    }

    /**
     * Virtual threads: Big.
     *
     * @param s the executor
     */
    @Benchmark
    public void bigVt(VtState s) {
        int w = bigW;
        int n = bigN;
        s.run(w + 1, executor -> {
            VtBigSink sink = VtActor.start(executor, new VtBigSink(w, s.done));
            List<VtBigActor> actors = new ArrayList<>(w);
            for (int i = 0; i < w; i++) {
                actors.add(VtActor.start(executor, new VtBigActor(i, n, sink, s.done)));
            }
            List<VtBigActor> neighbors = List.copyOf(actors);
            sink.tell(new VtBigSink.Msg.Neighbors(neighbors));
            for (VtBigActor actor : neighbors) {
                actor.tell(new VtBigActor.Msg.Neighbors(neighbors));
            }
            for (VtBigActor actor : neighbors) {
                actor.tell(new VtBigActor.Msg.Pong(-1));
            }
        });
    }
}
