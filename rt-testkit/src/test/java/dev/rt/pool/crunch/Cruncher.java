package dev.rt.pool.crunch;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.Request;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A pool worker in a package of its own, laid out as the processor lays out a behavior: the
 * behavior, its protocol and its handle ({@link CruncherHandle}) are public, its descriptor
 * ({@link CruncherDescriptor}) is package-private. A test in another package can then start a
 * pool of it only through the handle's child spec.
 */
public final class Cruncher implements Actor<Cruncher.Msg> {

    /** The protocol. */
    public sealed interface Msg {}

    /** Adds {@code n} to the count. */
    public record Add(long n) implements Msg {}

    /** Replies with the count. */
    public record Count() implements Msg, Request<Long> {}

    /** Throws. */
    public record Crash(String why) implements Msg {}

    private final AtomicInteger starts;
    long count;

    /**
     * Creates a worker.
     *
     * @param starts counts the starts of every worker made with it, restarts included
     */
    public Cruncher(AtomicInteger starts) {
        this.starts = starts;
    }

    @Override
    public void preStart(ActorContext<Msg> context) {
        starts.incrementAndGet();
    }
}
