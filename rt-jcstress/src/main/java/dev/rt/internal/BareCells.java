package dev.rt.internal;

import dev.rt.ActorSystemConfig;

/**
 * Cells with no actor, for the races that need a real cell's status word ({@link
 * CellCore#claimStatus}, {@link CellCore#releaseStatus}, {@link CellCore#idle}). A bare cell is
 * never scheduled: its turn does nothing, and the system it names runs none of its turns.
 */
final class BareCells {

    /** The system the cells name as theirs: one per JVM, idle for as long as it runs. */
    private static final SystemCore SYSTEM =
            new SystemCore("jcstress-bare", ActorSystemConfig.defaults());

    /** Their parent: never told anything, since a bare cell never terminates. */
    private static final Parent ROOT = new Parent() {
        @Override
        public String path() {
            return "/jcstress";
        }

        @Override
        public void childTerminated(ActorCell<?, ?> child, Throwable failure) {}
    };

    private BareCells() {}

    /** {@return a cell with no actor, IDLE} */
    static CellCore make() {
        return new Bare();
    }

    private static final class Bare extends CellCore {

        Bare() {
            super(SYSTEM, ROOT, "bare", false);
        }

        @Override
        boolean turn(CarrierThread carrier) {
            return false;
        }

        @Override
        boolean hasWorkAfterTurn() {
            return false;
        }

        @Override
        void turnRefused() {}
    }
}
