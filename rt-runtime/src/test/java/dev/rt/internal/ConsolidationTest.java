package dev.rt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The decision of {@link Consolidation}, driven look by look with made-up message counts and
 * times: no threads and no clock. Each look is fed the count of the mode that the look before
 * chose, as the monitor's carriers would have handled it; looks are a millisecond apart unless a
 * test says otherwise.
 */
class ConsolidationTest {

    /** The monitor's busy period. */
    private static final long MS = 1_000_000;

    /**
     * Feeds looks: each one gets the count of the mode in force since the last, and that mode's
     * time between looks (a millisecond unless a test sets another).
     */
    private static final class Feed {
        final Consolidation c = new Consolidation();
        boolean solo;
        long spread;
        long alone;
        long spreadNanos = MS;
        long aloneNanos = MS;
        int soloLooks;

        Feed(long spread, long alone) {
            this.spread = spread;
            this.alone = alone;
        }

        /** Runs {@code looks} busy looks; returns the mode in force after the last. */
        boolean run(int looks) {
            for (int i = 0; i < looks; i++) {
                solo = solo ? c.look(alone, aloneNanos, true) : c.look(spread, spreadNanos, true);
                if (solo) {
                    soloLooks++;
                }
            }
            return solo;
        }
    }

    @Test
    void startsSpreadAndProbesSoloAfterTheFirstEpoch() {
        Feed f = new Feed(1_000, 1_000);
        assertFalse(f.run(Consolidation.FIRST_EPOCH - 1), "spread during the first epoch");
        assertEquals(0, f.soloLooks);
        assertTrue(f.run(1), "the probe of solo starts after the first epoch");
    }

    @Test
    void keepsSoloWhenItHandlesMoreMessages() {
        Feed f = new Feed(1_000, 3_000);
        f.run(Consolidation.FIRST_EPOCH + Consolidation.PROBE);
        assertTrue(f.c.prefersSolo(), "solo handled three times as many: kept");
        f.soloLooks = 0;
        assertTrue(f.run(1_000));
        // the probes of spread lose and come further and further apart, 16, 32, 64, 128, 256
        // and 256 looks after the one before: six in 1,000 looks
        assertEquals(1_000 - 6 * Consolidation.PROBE, f.soloLooks);
        assertEquals(Consolidation.MAX_EPOCH, f.c.epoch());
    }

    @Test
    void staysSpreadWhenSoloHandlesFewerAndBacksOff() {
        Feed f = new Feed(2_000, 1_000);
        assertFalse(f.run(Consolidation.FIRST_EPOCH + Consolidation.PROBE));
        assertFalse(f.c.prefersSolo());
        assertEquals(2 * Consolidation.FIRST_EPOCH, f.c.epoch(), "a lost probe doubles the wait");
        f.soloLooks = 0;
        f.run(10_000);
        assertEquals(Consolidation.MAX_EPOCH, f.c.epoch());
        // probes of PROBE looks each, one per MAX_EPOCH + PROBE looks once backed off: about
        // 39 in 10,000 looks
        assertTrue(f.soloLooks <= 40 * Consolidation.PROBE,
                "solo for " + f.soloLooks + " of 10,000 looks");
    }

    @Test
    void aProbeMustWinByTheGain() {
        Feed f = new Feed(1_000, 1_100); // 10% more: below the gain
        f.run(Consolidation.FIRST_EPOCH + Consolidation.PROBE);
        assertFalse(f.c.prefersSolo(), "a gain of 10% does not switch");
        Feed g = new Feed(1_000, 1_200); // 20% more: above it
        g.run(Consolidation.FIRST_EPOCH + Consolidation.PROBE);
        assertTrue(g.c.prefersSolo(), "a gain of 20% switches");
    }

    @Test
    void theRateDecidesNotTheCountPerLook() {
        // tell 4 -> 1 on 2 cores: spread handles 13,000 a millisecond, but with both cores busy
        // the monitor looks only every 5 ms (65,000 a look); solo handles 55,000 a millisecond
        // and leaves a core free, so its looks come on time (55,000 a look)
        Feed f = new Feed(65_000, 55_000);
        f.spreadNanos = 5 * MS;
        assertTrue(f.run(Consolidation.FIRST_EPOCH + Consolidation.PROBE));
        assertTrue(f.c.prefersSolo(), "solo handles four times as many a millisecond: kept");
    }

    @Test
    void aLateLookOfTheSameRateIsNoGain() {
        // the same rate either way; spread's looks come late, so each counts more
        Feed f = new Feed(60_000, 20_000);
        f.spreadNanos = 3 * MS;
        f.run(Consolidation.FIRST_EPOCH + Consolidation.PROBE);
        assertFalse(f.c.prefersSolo(), "the same rate in both modes: spread");
    }

    @Test
    void looksWithNothingHandledWhileTurnsRunAreNotIdle() {
        // 4 senders telling 1 actor, spread at 13,000 a millisecond: twice in every 5 looks the
        // receiver waits behind a sender's long handler, and nothing is handled while turns run.
        // Counted as idle, each pair of such looks spread the carriers and ended the probe of
        // solo (55,000 a millisecond), which then never finished.
        Consolidation c = new Consolidation();
        boolean solo = false;
        for (int look = 0; look < 10 * (Consolidation.FIRST_EPOCH + Consolidation.PROBE); look++) {
            if (!solo && look % 5 >= 3) {
                solo = c.look(0, MS, true);
            } else {
                solo = c.look(solo ? 55_000 : 13_000, MS, true);
            }
        }
        assertTrue(c.prefersSolo(), "the probes of solo finish, and solo wins");
    }

    @Test
    void periodsWithAPauseInThemDoNotDecide() {
        // work in bursts: spread handles 40,000 a period, but every third period has a pause;
        // solo would handle 32,000. The mean of spread's periods (27,000) would lose to solo.
        Consolidation c = new Consolidation();
        boolean solo = false;
        for (int look = 0; look < 2_000; look++) {
            long handled = solo ? 32_000 : look % 3 == 2 ? 1_000 : 40_000;
            solo = c.look(handled, MS, true);
            assertFalse(c.prefersSolo(), "switched to solo at look " + look);
        }
    }

    @Test
    void goesBackToSpreadWhenTheWorkChanges() {
        Feed f = new Feed(1_000, 3_000);
        f.run(Consolidation.FIRST_EPOCH + Consolidation.PROBE);
        assertTrue(f.c.prefersSolo());
        f.alone = 1_000; // the work now needs both carriers: spread handles twice as many
        f.spread = 2_000;
        f.run(2 * Consolidation.MAX_EPOCH);
        assertFalse(f.c.prefersSolo(), "the next probe of spread wins");
    }

    @Test
    void soloMustKeepWinningByTheGainOrTheCarriersSpread() {
        Feed f = new Feed(1_000, 3_000);
        f.run(Consolidation.FIRST_EPOCH + Consolidation.PROBE);
        assertTrue(f.c.prefersSolo());
        f.alone = 1_000; // the work changes: both modes now handle the same
        f.run(Consolidation.FIRST_EPOCH + Consolidation.PROBE);
        assertFalse(f.c.prefersSolo(), "no gain from solo: spread again");
        assertFalse(f.solo);
    }

    @Test
    void anIdleSpellSpreadsAndBusyLooksBringTheLearnedModeBack() {
        Feed f = new Feed(1_000, 3_000);
        f.run(Consolidation.FIRST_EPOCH + Consolidation.PROBE);
        assertTrue(f.solo);
        assertTrue(f.c.look(0, MS, false), "one look without messages keeps the mode");
        assertFalse(f.c.look(0, MS, false), "two in a row: spread");
        assertFalse(f.c.look(0, MS, false));
        assertTrue(f.c.look(1_000, MS, true), "busy again: solo, as learned");
        assertTrue(f.c.prefersSolo());
    }

    @Test
    void aForcedModeStillYieldsToIdleness() {
        Consolidation c = new Consolidation();
        c.force(true);
        assertTrue(c.look(10, MS, true));
        assertTrue(c.look(0, MS, false));
        assertFalse(c.look(0, MS, false), "idle: spread even when solo is forced");
        assertTrue(c.look(10, MS, true), "and solo comes back with work");
        c.force(null);
        assertTrue(c.look(10, MS, true), "measuring again starts from the mode last preferred");
    }
}
