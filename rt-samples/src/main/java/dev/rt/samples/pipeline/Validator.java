package dev.rt.samples.pipeline;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.Topic;
import dev.rt.annotation.ActorBehavior;
import dev.rt.samples.pipeline.Records.Raw;
import dev.rt.samples.pipeline.Records.Valid;
import dev.rt.samples.pipeline.Records.ValidatorMsg;

/** Parses {@code id,amount} lines; a malformed line makes it fail, and its supervisor restarts it. */
@ActorBehavior
public final class Validator implements Actor<ValidatorMsg> {

    private Topic<Valid> out;

    /** Creates the stage. */
    public Validator() {}

    @Override
    public void preStart(ActorContext<ValidatorMsg> context) {
        context.system().topic("raw", Raw.class).subscribe(context.self()); // idempotent
        out = context.system().topic("valid", Valid.class);
    }

    void on(Raw m) {
        String[] fields = m.line().split(",");
        if (fields.length != 2) {
            throw new IllegalArgumentException("malformed record '" + m.line()
                    + "': expected id,amount");
        }
        out.publish(new Valid(fields[0].trim(), Long.parseLong(fields[1].trim())));
    }
}
