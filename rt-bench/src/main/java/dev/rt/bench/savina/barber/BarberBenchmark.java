package dev.rt.bench.savina.barber;

import dev.rt.bench.RtState;
import dev.rt.bench.pekko.PekkoState;
import dev.rt.bench.savina.BusyWait;
import dev.rt.bench.savina.PseudoRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Savina Sleeping Barber, RT against Pekko: a customer factory makes one customer actor per
 * haircut, busy-waiting a random time between two; a waiting room of W seats turns customers away
 * when full (the factory sends them back) and wakes the barber, who busy-waits a random time per
 * haircut. Savina's defaults ({@code SleepingBarberConfig}): N = 5,000 haircuts, W = 1,000 seats,
 * average production rate 1,000 and average haircut rate 1,000 (busy-wait steps; see {@link
 * dev.rt.bench.savina.BusyWait}).
 *
 * <p>One operation spawns the barber, the waiting room and the factory from the driver, starts the
 * factory, and ends when they and every customer (children of the factory) have stopped. The run
 * is checked: the barber must have given N haircuts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BarberBenchmark {

    /** Haircuts, one customer each. */
    @Param({"5000"})
    public int barberN;
    /** Seats in the waiting room. */
    @Param({"1000"})
    public int barberW;
    /** Average production rate: the busy wait between two customers is in [10, 10 + this). */
    @Param({"1000"})
    public int barberApr;
    /** Average haircut rate: the busy wait of one haircut is in [10, 10 + this). */
    @Param({"1000"})
    public int barberAhr;

    /** Haircuts the barber reported in the last run; written before its actor stops. */
    private int haircuts;

    /** Creates the benchmark; JMH instantiates it. */
    public BarberBenchmark() {}

    /**
     * RT: Sleeping Barber.
     *
     * @param s the system
     */
    @Benchmark
    public void barberRt(RtState s) {
        int n = barberN;
        haircuts = -1;
        s.run(n + 3, ctx -> {
            BarberHandle barber = BarberHandle.spawn(ctx, s.name("barber"),
                    () -> new Barber(barberAhr, count -> haircuts = count, s.done));
            WaitingRoomHandle room = WaitingRoomHandle.spawn(ctx, s.name("room"),
                    () -> new WaitingRoom(barberW, barber, s.done));
            CustomerFactoryHandle factory = CustomerFactoryHandle.spawn(ctx, s.name("factory"),
                    () -> new CustomerFactory(n, barberApr, room, s.done));
            factory.start();
        });
        check();
    }

    /**
     * No runtime: the barber's N haircuts, the same busy waits in the same order as the barber
     * draws them, back to back on the benchmark's thread. No run of the benchmark can be shorter:
     * the one barber gives every haircut, and the factory's waits can only overlap them.
     *
     * @return the last haircut's length, so that the draws cannot be dropped
     */
    @Benchmark
    public int barberSerial() {
        PseudoRandom random = new PseudoRandom(PseudoRandom.DEFAULT_SEED); // as the barber's
        int length = 0;
        for (int i = 0; i < barberN; i++) {
            length = random.nextInt(barberAhr) + 10;
            BusyWait.spin(length);
        }
        return length;
    }

    /**
     * Pekko: Sleeping Barber.
     *
     * @param s the system
     */
    @Benchmark
    public void barberPekko(PekkoState s) {
        int n = barberN;
        haircuts = -1;
        s.run(n + 3, ctx -> {
            var barber = ctx.spawn(
                    PekkoBarber.Cutter.create(barberAhr, count -> haircuts = count, s.done),
                    s.name("barber"));
            var room = ctx.spawn(PekkoBarber.Room.create(barberW, barber, s.done),
                    s.name("room"));
            var factory = ctx.spawn(PekkoBarber.Factory.create(n, barberApr, room, s.done),
                    s.name("factory"));
            factory.tell(PekkoBarber.Factory.Start.INSTANCE);
        });
        check();
    }

    /** Fails the run unless every customer had a haircut. */
    private void check() {
        if (haircuts != barberN) {
            throw new IllegalStateException("Sleeping Barber: expected " + barberN
                    + " haircuts, the barber gave " + haircuts);
        }
    }
}
