package dev.rt;

/**
 * Receives the runtime's {@link MonitorEvent}s: lifecycle, failures and dead letters.
 *
 * <p>Set one with {@link ActorSystemConfig.Builder#monitor}. The default, {@link #NONE}, is
 * recognised by the runtime, which then builds no event at all, so it costs nothing.
 *
 * <p>Threading: the runtime calls {@link #onEvent} from many threads at once, often from an
 * actor's thread in the middle of its turn. Implementations are thread-safe, fast, and never
 * block or throw; an exception thrown by a monitor is logged and dropped.
 */
@FunctionalInterface
public interface Monitor {

    /** The monitor that ignores everything, and costs nothing. */
    Monitor NONE = event -> {};

    /**
     * Receives one event.
     *
     * @param event what happened
     */
    void onEvent(MonitorEvent event);
}
