package dev.rt.internal.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * JFR event {@code dev.rt.MessageDropped}: a bounded mailbox did not keep a message. Written by
 * {@link JfrEvents} only.
 */
@Name("dev.rt.MessageDropped")
@Label("Message Dropped")
@Category("RT")
@Description("A bounded mailbox did not keep a message (mailbox overflow)")
@StackTrace(false)
final class MessageDroppedEvent extends jdk.jfr.Event {

    @Label("Path")
    @Description("The path of the actor")
    String path;

    @Label("Message Type")
    @Description("The simple class name of the message not kept")
    String messageType;

    @Label("Overflow Policy")
    @Description("The mailbox's overflow policy: REJECT, DROP_NEWEST, DROP_OLDEST or BLOCK")
    String policy;

    @Label("Capacity")
    @Description("The mailbox's capacity")
    int capacity;
}
