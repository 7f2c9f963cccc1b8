package dev.rt.internal.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * JFR event {@code dev.rt.SupervisorEscalated}: a supervisor gave up and failed to its parent.
 * Written by {@link JfrEvents} only.
 */
@Name("dev.rt.SupervisorEscalated")
@Label("Supervisor Escalated")
@Category("RT")
@Description("A supervisor gave up and failed to its parent")
@StackTrace(false)
final class SupervisorEscalatedEvent extends jdk.jfr.Event {

    @Label("Path")
    @Description("The path of the actor")
    String path;

    @Label("Cause Class")
    @Description("The class of the exception")
    String causeClass;

    @Label("Cause Message")
    @Description("The message of the exception, or null")
    String causeMessage;
}
