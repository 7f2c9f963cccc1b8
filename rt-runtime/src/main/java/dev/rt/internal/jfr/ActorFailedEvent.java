package dev.rt.internal.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * JFR event {@code dev.rt.ActorFailed}: a handler, preStart, onTerminated or the factory threw.
 * Written by {@link JfrEvents} only.
 */
@Name("dev.rt.ActorFailed")
@Label("Actor Failed")
@Category("RT")
@Description("A handler, preStart, onTerminated or the factory of an actor threw")
@StackTrace(false)
final class ActorFailedEvent extends jdk.jfr.Event {

    @Label("Path")
    @Description("The path of the actor")
    String path;

    @Label("Message Type")
    @Description("The simple class name of the message being handled, or the step that threw")
    String messageType;

    @Label("Cause Class")
    @Description("The class of the exception")
    String causeClass;

    @Label("Cause Message")
    @Description("The message of the exception, or null")
    String causeMessage;
}
