package dev.rt.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a supervisor's cell holds besides what every cell holds: its children's references by id,
 * and the outcome of its first start.
 *
 * <p>Concurrency: {@link #childRefs} is written by the supervisor's thread and read by any
 * thread. {@link #started} is completed once, by the supervisor's thread (or by the termination
 * of its cell); what the supervisor did before it completes happens-before what a thread does
 * after seeing it complete. {@link #startingChild} is written by the supervisor's thread and read
 * by any thread, for error messages only. {@link #startAwaited} is written before the supervisor
 * is started, which orders it before every read on the supervisor's thread or its parent's.
 */
final class SupervisorState {

    /** The children's current references, by id. */
    final ConcurrentHashMap<String, LocalRef<?>> childRefs = new ConcurrentHashMap<>();

    /**
     * Completes once every static child has started for the first time, or exceptionally with
     * a {@link dev.rt.supervision.SupervisorStartException} when the start failed or the
     * supervisor stopped first.
     */
    final CompletableFuture<Void> started = new CompletableFuture<>();

    /**
     * For a top-level supervisor: completes once it has terminated and its name is free again
     * (completed by the system, after it forgets the name).
     */
    final CompletableFuture<Void> released = new CompletableFuture<>();

    /** The id of the static child whose first start is under way, or null. */
    volatile String startingChild;

    /**
     * A caller waits for the start ({@link dev.rt.supervision.Supervisor#startAndWait}) and
     * takes its failure: a top-level supervisor's failed start then does not close the system.
     */
    volatile boolean startAwaited;
}
