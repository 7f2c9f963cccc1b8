/**
 * The third column of the side-by-side benchmarks: the same workloads as RT and Pekko, written
 * with plain Java 21 virtual threads and no actor library, as a Java user who has none would write
 * them.
 *
 * <p>The virtual-thread way, here: an actor is an object with a mailbox and one virtual thread
 * of its own ({@link VtActor}). The thread loops: {@code take()} the next message from the
 * mailbox, blocking (the virtual thread parks and leaves its carrier) while it is empty, then
 * handle it with a pattern-matching {@code switch} over the actor's sealed interface of message
 * records. A tell is a {@code put} on the other actor's mailbox. An ask is a request record that
 * carries a {@link java.util.concurrent.CompletableFuture}, which the actor completes. An actor
 * stops when a message makes it leave its loop (or when its thread is interrupted, which is how
 * an executor's {@code shutdownNow} stops the actors it started); its thread then ends. Threads
 * are started by an {@link java.util.concurrent.ExecutorService} of one virtual thread per task
 * ({@link java.util.concurrent.Executors#newVirtualThreadPerTaskExecutor()}), which keeps the
 * set of its live threads, so that closing it stops and waits for every actor it started: the
 * only supervision there is. There is no scheduler, dispatcher, batching or name of our own: the
 * JDK's virtual-thread scheduler (a {@link java.util.concurrent.ForkJoinPool} with one carrier per
 * core) runs whichever actor has a message.
 *
 * <p>Why {@link java.util.concurrent.LinkedTransferQueue}: it is the JDK's unbounded blocking
 * queue for many producers and one consumer without a lock. A {@code put} links a node with one
 * compare-and-set and, when the consumer is already waiting in {@code take()}, hands the message
 * straight to it and unparks it; {@code take()} parks the virtual thread only when the queue is
 * empty, after a short spin that it skips when its carrier has other work queued. {@link
 * java.util.concurrent.LinkedBlockingQueue} takes a lock on every put and take, and {@link
 * java.util.concurrent.ConcurrentLinkedQueue} cannot block. {@link
 * java.util.concurrent.ArrayBlockingQueue} is bounded: it would be the choice only where a bound
 * is part of the workload, and none of these workloads has one.
 *
 * <p>Each actor here is the twin of an RT behavior in {@code dev.rt.bench} or {@code
 * dev.rt.bench.savina}, with the same state, messages and work; it counts {@link
 * dev.rt.bench.Done} down where the RT actor does, in {@link VtActor#postStop} for the Savina
 * actors. {@link VtState} is the twin of {@link dev.rt.bench.RtState}.
 */
package dev.rt.bench.vt;
