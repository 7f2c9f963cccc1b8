package dev.rt.bench.vt;

/** Twin of {@link dev.rt.bench.Blaster}: sends bursts of hits to one tally. */
public final class VtBlaster extends VtActor<VtBlaster.Msg> {

    /** The blaster's protocol. */
    public sealed interface Msg {
        /**
         * Sends {@code hits} hits to the target.
         *
         * @param hits how many
         */
        record Go(int hits) implements Msg {}
    }

    private final VtTally target;

    /**
     * Creates a blaster.
     *
     * @param target where the hits go
     */
    public VtBlaster(VtTally target) {
        this.target = target;
    }

    @Override
    protected void receive(Msg message) {
        switch (message) {
            case Msg.Go(int hits) -> {
                for (int i = hits; i > 0; i--) {
                    target.tell(VtTally.Msg.Hit.INSTANCE);
                }
            }
        }
    }
}
