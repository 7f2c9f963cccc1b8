package dev.rt.internal.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * JFR event {@code dev.rt.ActorBlocked}: an actor held a carrier thread in one turn longer than
 * the blocked threshold. Written by {@link JfrEvents} only.
 */
@Name("dev.rt.ActorBlocked")
@Label("Actor Blocked")
@Category("RT")
@Description("An actor not declared blocking held a carrier thread in one "
        + "turn longer than the blocked threshold")
@StackTrace(false)
final class ActorBlockedEvent extends jdk.jfr.Event {

    @Label("Path")
    @Description("The path of the actor")
    String path;

    @Label("Blocked For")
    @Description("How long the turn had lasted when it was reported")
    @Timespan(Timespan.MILLISECONDS)
    long blocked;

    @Label("Carrier Thread")
    @Description("The name of the carrier thread held")
    String thread;
}
