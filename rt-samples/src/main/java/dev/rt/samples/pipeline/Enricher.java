package dev.rt.samples.pipeline;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.Topic;
import dev.rt.annotation.ActorBehavior;
import dev.rt.samples.pipeline.Records.Enriched;
import dev.rt.samples.pipeline.Records.EnricherMsg;
import dev.rt.samples.pipeline.Records.Valid;

/** Adds the tax to each valid record. */
@ActorBehavior
public final class Enricher implements Actor<EnricherMsg> {

    private Topic<Enriched> out;

    /** Creates the stage. */
    public Enricher() {}

    @Override
    public void preStart(ActorContext<EnricherMsg> context) {
        context.system().topic("valid", Valid.class).subscribe(context.self());
        out = context.system().topic("enriched", Enriched.class);
    }

    void on(Valid m) {
        out.publish(new Enriched(m.id(), m.cents(), m.cents() / 5));
    }
}
