package dev.rt.internal;

import java.util.Arrays;

/**
 * Decides, once per look of the {@link CarrierMonitor}, whether one carrier runs every turn
 * (<i>solo</i>) or every carrier of the pool does (<i>spread</i>), by measuring which of the two
 * handles more messages and signals: a hill climb over two settings of the pool's width.
 *
 * <p>Why: actors that talk to each other a lot and do little per message (a hub and its spokes, or
 * many actors that message each other at random) run several times faster on one core than on two,
 * because on two every message moves cache lines from one core to the other (on this project's
 * 2-core machine Savina's Chameneos took 46 ms solo against 153 to 163 ms spread, Big 240 against
 * 714 to 756 ms; see docs/benchmarks.md, change 13). Independent work (pairs that keep to
 * themselves, actors that compute) needs every core. Nothing in a message says which kind a
 * workload is, so the monitor measures it: it counts the messages and signals that the carriers
 * handle per millisecond in the mode it is in, period by period, then tries the other mode for
 * {@link #PROBE} periods, and compares the median of the probe's periods with the median of the
 * last {@link #KEPT} periods of the mode it was in: solo is kept only while it beats spread by the
 * factor {@link #GAIN}, whichever of the two was probed. With no clear gain the carriers spread, so
 * a second carrier stays at hand for a tell that would otherwise wait behind a busy one (a first
 * version kept whichever mode it was in unless the other won by the gain, and a workload that both
 * modes served alike could stay solo: a tell's median latency beside one busy pair went from 5 to
 * 154 µs). Medians, not means: a workload that comes in short bursts has periods with a pause in
 * them, which would otherwise decide.
 *
 * <p>A rate, not a count per period: a period is the monitor's pause between two looks, a
 * millisecond while carriers are busy, but the monitor's thread wakes only when the system gives
 * it a core. Spread, every core runs a carrier and the look comes late; solo, a core is free and
 * it comes on time. Counted per look, spread's periods were four to five times longer than solo's
 * with 4 senders telling 1 actor on 2 cores (13 M messages/s spread, 55 M solo, yet 50,000 to
 * 70,000 a look either way), so solo lost probes it should have won (docs/benchmarks.md, change
 * 19).
 *
 * <p>Signals count as well as messages: a turn that starts, stops or tells an actor of a death
 * did work for it, and a burst of them is the same kind of work. A parent that spawns 10,000
 * children sends one message and 10,000 starts; counted as messages only, the burst looked like
 * an idle system and spread, and each start then moved the child's cell to the other core: the
 * spawn of 10,000 took 5.7 to 6.3 ms spread against 2.1 to 2.4 on one carrier (change 16 in
 * docs/benchmarks.md).
 *
 * <ul>
 *   <li>The first period after each switch is not counted: carriers are still handing over work.
 *   <li>A probe that loses doubles the time until the next one, from {@link #FIRST_EPOCH} up to
 *       {@link #MAX_EPOCH} periods, so a workload that is better spread runs on a one-carrier
 *       pool for a third of its first periods, and about one period in thirty once backed off;
 *       and a workload that changes is found out within {@link #MAX_EPOCH} periods. A probe that
 *       wins starts the count again.
 *   <li>Nothing handled for two looks in a row while no carrier runs a turn (the system is
 *       idle) makes it spread; the mode it learned comes back with the next busy look, so work
 *       that comes in bursts of the same kind does not learn again each time. A look with
 *       nothing handled while a carrier runs a turn counts neither way: the turns under way have
 *       not ended (the carriers count what they handled at the end of each turn). Such looks
 *       used to count as idle: a receiver stranded behind a sender's long handler (until the
 *       monitor takes it from the slot, a look later) made two of them, which spread the
 *       carriers and ended the probe under way, so with 4 senders telling 1 actor some runs
 *       never finished a probe of solo and stayed spread, four times slower (change 20 in
 *       docs/benchmarks.md). A solo carrier held by a long handler hands the solo role on
 *       instead ({@link CarrierMonitor}).
 * </ul>
 *
 * <p>Concurrency: none. The monitor's thread only; the carriers read the outcome through {@link
 * CarrierMonitor#standsAside}.
 */
final class Consolidation {

    /** Periods in a mode before the first probe of the other one. */
    static final int FIRST_EPOCH = 16;
    /** Periods a probe lasts; its first one is not counted. */
    static final int PROBE = 8;
    /** How many of the last periods of the mode in force a probe is compared with, at most. */
    static final int KEPT = 16;
    /** The most periods between two probes. */
    static final int MAX_EPOCH = 256;
    /** How many times more messages and signals a probe must handle per period to win. */
    static final double GAIN = 1.15;

    /** The mode learned: solo or spread. */
    private boolean preferSolo;
    /** Whether the mode in force is solo. */
    private boolean solo;
    private boolean probing;
    private int epoch = FIRST_EPOCH;
    /** Periods counted since the mode in force began. */
    private int periods;
    private int idleLooks;
    /** The rates of the last periods of the mode in force: a ring of {@link #KEPT}. */
    private final long[] kept = new long[KEPT];
    private int keptCount;
    /** The rates of the counted periods of the probe under way. */
    private final long[] tried = new long[PROBE - 1];
    private int triedCount;
    /** Set by tests: the mode to prefer instead of measuring, or null. */
    private Boolean forced;

    /**
     * One look.
     *
     * @param handled messages and signals that the carriers handled since the last look
     * @param elapsedNanos the time since the last look
     * @param busy whether a carrier was in a turn at this look
     * @return whether one carrier should run every turn until the next look
     */
    boolean look(long handled, long elapsedNanos, boolean busy) {
        if (handled <= 0) {
            if (busy) {
                idleLooks = 0;
                return solo; // turns under way that have not ended: not idle, and no measure
            }
            return ++idleLooks >= 2 ? idle() : solo;
        }
        long rate = handled * 1_000_000 / Math.max(elapsedNanos, 1); // per millisecond
        idleLooks = 0;
        if (forced != null) {
            solo = forced;
            return solo;
        }
        periods++;
        if (!probing) {
            if (solo != preferSolo) { // busy again after an idle spell: the mode it learned
                return begin(preferSolo);
            }
            if (periods > 1) {
                kept[keptCount++ % KEPT] = rate;
            }
            if (periods >= epoch && keptCount > 0) {
                probing = true;
                triedCount = 0;
                periods = 0;
                solo = !preferSolo;
            }
            return solo;
        }
        if (periods > 1) {
            tried[triedCount++] = rate;
        }
        if (periods >= PROBE) {
            probing = false;
            periods = 0;
            double probed = median(tried, triedCount);
            double held = median(kept, Math.min(keptCount, KEPT));
            // solo must beat spread by the gain, whichever of the two was probed: with no clear
            // gain the carriers spread, which keeps a second carrier at hand for latency
            boolean soloWins = solo ? probed > GAIN * held : held > GAIN * probed;
            if (soloWins != preferSolo) {
                preferSolo = soloWins; // the probed mode stays in force
                epoch = FIRST_EPOCH;
                System.arraycopy(tried, 0, kept, 0, triedCount);
                keptCount = triedCount;
            } else {
                epoch = Math.min(epoch * 2, MAX_EPOCH);
                keptCount = 0;
                solo = preferSolo;
            }
        }
        return solo;
    }

    /** {@return whether the mode learned is solo} */
    boolean prefersSolo() {
        return preferSolo;
    }

    /** {@return how many periods the next probe waits for, counted in the mode learned} */
    int epoch() {
        return epoch;
    }

    /**
     * Prefers one mode instead of measuring, or measures again; tests only. The idle rule still
     * applies.
     *
     * @param solo the mode, or null to measure
     */
    void force(Boolean solo) {
        forced = solo;
        if (solo != null) {
            preferSolo = solo;
        }
    }

    private boolean begin(boolean mode) {
        solo = mode;
        periods = 0;
        keptCount = 0;
        return solo;
    }

    private boolean idle() {
        probing = false;
        return begin(false);
    }

    /** {@return the median of the first {@code n} values} A copy is sorted; n is at most 16. */
    private static double median(long[] values, int n) {
        long[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
