package dev.rt.internal.jfr;

import dev.rt.MonitorEvent;
import java.util.function.Consumer;

/**
 * Turns a system's {@link MonitorEvent}s into JFR events: the listener that {@link
 * dev.rt.internal.SystemCore} subscribes when the configuration asks for it.
 *
 * <p>Threading: {@link #report} runs on the thread that reports the event, from many threads at
 * once; it shares nothing and takes no lock. Each JFR event is committed only if {@code
 * shouldCommit()}, that is only if a recording running at that moment enables it.
 */
public final class JfrEvents {

    private JfrEvents() {}

    /** {@return the listener to subscribe to every {@link MonitorEvent}} */
    public static Consumer<MonitorEvent> listener() {
        return JfrEvents::report;
    }

    /**
     * Writes the JFR event for {@code event}, if it is of a kind that has one and a recording
     * enables it; ignores the other kinds. Any thread.
     *
     * @param event what the system reported
     */
    static void report(MonitorEvent event) {
        switch (event) {
            case MonitorEvent.ActorFailed e -> {
                ActorFailedEvent j = new ActorFailedEvent();
                if (j.shouldCommit()) {
                    j.path = e.path();
                    j.messageType = e.messageType();
                    j.causeClass = className(e.cause());
                    j.causeMessage = message(e.cause());
                    j.commit();
                }
            }
            case MonitorEvent.ActorRestarted e -> {
                ActorRestartedEvent j = new ActorRestartedEvent();
                if (j.shouldCommit()) {
                    j.path = e.path();
                    j.restarts = e.restarts();
                    j.causeClass = className(e.cause());
                    j.causeMessage = message(e.cause());
                    j.commit();
                }
            }
            case MonitorEvent.SupervisorEscalated e -> {
                SupervisorEscalatedEvent j = new SupervisorEscalatedEvent();
                if (j.shouldCommit()) {
                    j.path = e.path();
                    j.causeClass = className(e.cause());
                    j.causeMessage = message(e.cause());
                    j.commit();
                }
            }
            case MonitorEvent.DeadLetter e -> {
                DeadLetterEvent j = new DeadLetterEvent();
                if (j.shouldCommit()) {
                    j.path = e.path();
                    j.messageType = e.message().getClass().getSimpleName();
                    j.reason = e.reason();
                    j.commit();
                }
            }
            case MonitorEvent.MessageDropped e -> {
                MessageDroppedEvent j = new MessageDroppedEvent();
                if (j.shouldCommit()) {
                    j.path = e.path();
                    j.messageType = e.message().getClass().getSimpleName();
                    j.policy = e.policy().name();
                    j.capacity = e.capacity();
                    j.commit();
                }
            }
            case MonitorEvent.ActorBlocked e -> {
                ActorBlockedEvent j = new ActorBlockedEvent();
                if (j.shouldCommit()) {
                    j.path = e.path();
                    j.blocked = e.blockedMillis();
                    j.thread = e.thread();
                    j.commit();
                }
            }
            default -> { } // the other kinds have no JFR event
        }
    }

    private static String className(Throwable t) {
        return t == null ? null : t.getClass().getName();
    }

    private static String message(Throwable t) {
        return t == null ? null : t.getMessage();
    }
}
