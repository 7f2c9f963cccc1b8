package dev.rt.cluster;

import dev.rt.ActorRef;
import dev.rt.OfferResult;
import dev.rt.Request;
import dev.rt.internal.Watchable;
import dev.rt.internal.Watcher;
import dev.rt.wire.WireCodec;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * A reference to an actor on another member: the same {@link ActorRef} that generated handles
 * wrap, so {@code CounterHandle.of(ref)} works unchanged. Sends are encoded on the caller's
 * thread by the protocol's codec (so a message that cannot travel fails there) and leave through
 * the member's outbox ({@link Peer}). It is {@link Watchable}, the runtime's seam of death
 * watch: a cell that watches it is told through the node ({@link ClusterNode}).
 *
 * <p>Two references are equal when they name the same actor of the same member incarnation.
 * Immutable; any thread may call any method.
 *
 * @param <M> the protocol
 */
final class RemoteRef<M> implements ActorRef<M>, Watchable {

    final ClusterNode node;
    final Peer peer;
    final long id;
    private final String path;
    final WireCodec<M> codec;

    RemoteRef(ClusterNode node, Peer peer, long id, String path, WireCodec<M> codec) {
        this.node = node;
        this.peer = peer;
        this.id = id;
        this.path = path;
        this.codec = codec;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** {@return the path with its member, for reports: {@code /cluster/<member>/user/...}} */
    String fullPath() {
        return peer.member.path() + path;
    }

    @Override
    public void tell(M message) {
        node.send(this, Objects.requireNonNull(message, "message"), -1);
    }

    /**
     * {@inheritDoc} For a remote actor, {@code ACCEPTED} means handed to the transport: the
     * remote mailbox's bound applies on its node, which reports what it drops.
     */
    @Override
    public OfferResult offer(M message) {
        return node.send(this, Objects.requireNonNull(message, "message"), -1)
                ? OfferResult.ACCEPTED : OfferResult.DEAD;
    }

    @Override
    public void tellWithin(M message, Duration timeToLive) {
        Objects.requireNonNull(message, "message");
        if (timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("time to live must be positive, got "
                    + timeToLive);
        }
        node.send(this, message, timeToLive.toNanos());
    }

    @Override
    public <R> CompletionStage<R> ask(Request<R> request) {
        return ask(request, node.system().config().askTimeout());
    }

    @Override
    public <R> CompletionStage<R> ask(Request<R> request, Duration timeout) {
        Objects.requireNonNull(request, "request");
        if (!codec.protocol().isInstance(request)) {
            throw new IllegalArgumentException(request.getClass().getName()
                    + " is not a message of " + codec.protocol().getName() + ", the protocol of "
                    + fullPath());
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("ask timeout must be positive, got " + timeout);
        }
        return node.ask(this, request, timeout);
    }

    @Override
    public void stop() {
        node.stopRemote(this);
    }

    @Override
    public void addWatcher(Watcher watcher) {
        node.watches.add(this, watcher);
    }

    @Override
    public void removeWatcher(Watcher watcher) {
        node.watches.remove(this, watcher);
    }

    @Override
    public ActorRef<?> ref() {
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RemoteRef<?> r && r.id == id
                && r.peer.member.incarnation().equals(peer.member.incarnation());
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id) * 31 + peer.member.incarnation().hashCode();
    }

    @Override
    public String toString() {
        return "ActorRef[" + fullPath() + "]";
    }
}
