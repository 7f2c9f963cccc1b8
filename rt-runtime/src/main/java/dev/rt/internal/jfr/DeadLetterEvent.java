package dev.rt.internal.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * JFR event {@code dev.rt.DeadLetter}: a message reached an actor that had stopped. Written by
 * {@link JfrEvents} only.
 */
@Name("dev.rt.DeadLetter")
@Label("Dead Letter")
@Category("RT")
@Description("A message reached an actor that had stopped, or was left "
        + "queued when it stopped")
@StackTrace(false)
final class DeadLetterEvent extends jdk.jfr.Event {

    @Label("Path")
    @Description("The path of the actor")
    String path;

    @Label("Message Type")
    @Description("The simple class name of the message")
    String messageType;

    @Label("Reason")
    @Description("Why it was not delivered")
    String reason;
}
