package dev.rt.internal;

import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The engine's side of the testkit's {@code BehaviorTestKit}: a system whose cells tell a
 * {@link CellObserver} what they do, and the few things a test may do to a cell that its
 * reference does not offer. Public in a package exported to the testkit only.
 *
 * <p>Threading: any thread. What touches a cell's state runs on the actor's thread, as a
 * signal ({@link Signal.Run}), ahead of its queued messages; its outcome completes the stage
 * returned. In the testkit's system, whose executor runs each turn on the thread that schedules
 * it, that is before the method returns, unless a turn of the cell is already running or held;
 * the stage then completes when that turn comes. For a cell that has terminated the stage
 * completes at once with the value given for that case; for one that terminates before the
 * signal's turn, never.
 */
public final class KitSupport {

    private KitSupport() {}

    /**
     * Creates and starts a system whose cells tell {@code observer} what they do.
     *
     * @param name the system's name
     * @param config how it runs
     * @param observer the observer; see {@link CellObserver} for when and on which thread
     * @return the running system
     */
    public static ActorSystem system(String name, ActorSystemConfig config,
            CellObserver observer) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(config, "config");
        return new SystemCore(name, config, Objects.requireNonNull(observer, "observer"));
    }

    /**
     * The keys of the running timers of the actor behind {@code ref}.
     *
     * @param ref a reference made by RT
     * @return completes with the keys; empty once the actor has terminated
     */
    public static CompletableFuture<Set<Object>> timerKeys(ActorRef<?> ref) {
        return onActorThread(ref, ActorCell::timerKeys, Set.of());
    }

    /**
     * Fires a running timer of the actor behind {@code ref} now, as the timer service would: its
     * message is queued, behind what is already queued, and handled in the same turn. A single
     * timer ends with it (its scheduled firing is cancelled); a periodic timer's schedule does
     * not change.
     *
     * @param ref a reference made by RT
     * @param key the timer's key
     * @return completes with whether a timer ran under {@code key}
     */
    public static CompletableFuture<Boolean> fireTimer(ActorRef<?> ref, Object key) {
        return onActorThread(ref, cell -> cell.fireTimerNow(key), false);
    }

    /**
     * Tells the actor behind {@code watcher} that {@code dead} terminated, as {@code dead} itself
     * would: the same death notice, so that {@code onTerminated} runs, or the {@code watchWith}
     * message is queued, and the watch ends. Only if it watches {@code dead}; it does not tell
     * {@code dead}'s other watchers, nor {@code dead}'s parent.
     *
     * @param watcher a reference made by RT
     * @param dead the actor said to have terminated
     * @param failure why, or null for a normal stop
     * @return completes with whether {@code watcher} watched {@code dead}
     */
    public static CompletableFuture<Boolean> notifyTerminated(ActorRef<?> watcher,
            ActorRef<?> dead, Throwable failure) {
        Objects.requireNonNull(dead, "dead");
        if (!(dead instanceof CellBacked) && !(dead instanceof Watchable)) {
            return CompletableFuture.completedFuture(false); // nobody can watch it
        }
        Watchable target = Refs.watchable(dead);
        return onActorThread(watcher, cell -> cell.notifyIfWatching(target, failure), false);
    }

    private static <T> CompletableFuture<T> onActorThread(ActorRef<?> ref,
            Function<ActorCell<?, ?>, T> task, T ifTerminated) {
        ActorCell<?, ?> cell = Refs.cellOf(ref);
        if (cell.isTerminated()) {
            return CompletableFuture.completedFuture(ifTerminated);
        }
        CompletableFuture<T> outcome = new CompletableFuture<>();
        cell.sendSignal(new Signal.Run(() -> {
            try {
                outcome.complete(task.apply(cell));
            } catch (RuntimeException e) {
                outcome.completeExceptionally(e);
            }
        }));
        return outcome;
    }
}
