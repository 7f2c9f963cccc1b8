package dev.rt.internal.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * JFR event {@code dev.rt.ActorRestarted}: a supervisor restarted an actor in place. Written by
 * {@link JfrEvents} only.
 */
@Name("dev.rt.ActorRestarted")
@Label("Actor Restarted")
@Category("RT")
@Description("A supervisor restarted an actor in place: a fresh instance, "
        + "the same mailbox")
@StackTrace(false)
final class ActorRestartedEvent extends jdk.jfr.Event {

    @Label("Path")
    @Description("The path of the actor")
    String path;

    @Label("Restarts")
    @Description("How many times the actor has been restarted, this one included")
    int restarts;

    @Label("Cause Class")
    @Description("The class of the exception")
    String causeClass;

    @Label("Cause Message")
    @Description("The message of the exception, or null")
    String causeMessage;
}
