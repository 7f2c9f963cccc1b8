package dev.rt.samples.pipeline;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.samples.Console;
import dev.rt.samples.pipeline.Records.Enriched;
import dev.rt.samples.pipeline.Records.StoreMsg;
import dev.rt.samples.pipeline.Records.Stored;
import java.util.ArrayList;
import java.util.List;

/** Keeps the enriched records. */
@ActorBehavior
public final class Store implements Actor<StoreMsg> {

    private final List<Enriched> records = new ArrayList<>();

    /** Creates the stage. */
    public Store() {}

    @Override
    public void preStart(ActorContext<StoreMsg> context) {
        context.system().topic("enriched", Enriched.class).subscribe(context.self());
    }

    void on(Enriched m) {
        records.add(m);
        Console.say("  store: %s amount %d tax %d", m.id(), m.cents(), m.taxCents());
    }

    int on(Stored m) {
        return records.size();
    }
}
