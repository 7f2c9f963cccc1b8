package dev.rt.cluster;

import dev.rt.ActorRef;
import dev.rt.Cancellable;
import dev.rt.internal.RemoteSupport;
import dev.rt.wire.WireCodec;
import dev.rt.wire.WireWriter;
import java.time.Duration;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A node's member-local names and its lookups of other members' actors: what {@link
 * ClusterNode#publish} makes reachable here, and the pending {@link ClusterNode#lookup} and
 * {@link ClusterNode#resolve} requests to other members, answered by their RESOLVED envelopes,
 * failed when their member leaves or after the ask timeout.
 *
 * <p>Threading: any thread may call any method; the maps are concurrent, and each pending
 * request completes once (the first of its answer, its member's departure and its timer removes
 * it from the map).
 */
final class NodeNames {

    private record PendingResolve(CompletableFuture<ActorRef<?>> future, WireCodec<?> codec,
            Peer peer, String what, Cancellable timer) {}

    private final ClusterNode node;
    private final Map<Long, PendingResolve> resolves = new ConcurrentHashMap<>();
    private final Map<String, ActorRef<?>> published = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    NodeNames(ClusterNode node) {
        this.node = node;
    }

    /** See {@link ClusterNode#publish}. */
    <M> void publish(String name, ActorRef<M> ref) {
        Objects.requireNonNull(name, "name");
        if (!RemoteSupport.isLocal(ref)) {
            throw new IllegalArgumentException(ref + " is not a local actor: publish it on its"
                    + " own member");
        }
        node.refs.export(ref);
        published.put(name, ref);
        RemoteSupport.watchable(ref).addWatcher((dead, failure) -> published.remove(name, ref));
        node.clusterActor(ref);
    }

    /** See {@link ClusterNode#unpublish}. */
    void unpublish(String name) {
        published.remove(name);
    }

    /** {@return the actor published under {@code name} on this node, or null} */
    ActorRef<?> published(String name) {
        return published.get(name);
    }

    /** Fails the lookups waiting for a member that has left. */
    void memberGone(Peer p) {
        resolves.values().removeIf(r -> {
            if (r.peer() == p) {
                r.timer().cancel();
                r.future().completeExceptionally(new NodeDownException(p.member, r.what()));
                return true;
            }
            return false;
        });
    }

    @SuppressWarnings("unchecked")
    <M> CompletionStage<ActorRef<M>> resolve(Member member, boolean byName, String key,
            WireCodec<M> codec) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(codec, "codec");
        CompletableFuture<ActorRef<?>> future = new CompletableFuture<>();
        String what = (byName ? "the lookup of " : "the resolution of ") + key + " on " + member;
        if (member.equals(node.self())) {
            ActorRef<?> ref = byName ? published.get(key) : RemoteSupport.lookup(node.system(), key);
            if (ref == null || !RemoteSupport.protocolOf(ref).equals(codec.protocol())) {
                future.completeExceptionally(new NoSuchElementException(notFound(byName, key,
                        ref, codec.protocol().getName())));
            } else {
                future.complete(ref);
            }
            return future.thenApply(r -> (ActorRef<M>) r);
        }
        Peer p = node.peerOf(member.incarnation());
        QuorumLostException refused = node.quorumRefusal(what);
        if (refused != null) {
            future.completeExceptionally(refused);
            return future.thenApply(r -> (ActorRef<M>) r);
        }
        if (!p.open()) {
            future.completeExceptionally(new NodeDownException(member, what));
            return future.thenApply(r -> (ActorRef<M>) r);
        }
        long id = ids.incrementAndGet();
        Duration timeout = node.system().config().askTimeout();
        Cancellable timer = node.system().timers().schedule(timeout, () -> {
            PendingResolve r = resolves.remove(id);
            if (r != null) {
                r.future().completeExceptionally(new TimeoutException(what + " had no answer"
                        + " within " + timeout));
            }
        });
        resolves.put(id, new PendingResolve(future, codec, p, what, timer));
        WireWriter w = node.writer(Kind.RESOLVE);
        w.writeLong(id);
        w.writeBoolean(byName);
        w.writeString(key);
        w.writeString(codec.protocol().getName());
        node.enqueue(p, w, null, null);
        if (!p.open()) {
            node.memberGoneLate(p);
        }
        return future.thenApply(r -> (ActorRef<M>) r);
    }

    static String notFound(boolean byName, String key, ActorRef<?> found, String protocol) {
        if (found == null) {
            return byName ? "no actor is published as \"" + key + "\""
                    : "no live actor at " + key;
        }
        return (byName ? "the actor published as \"" + key + "\"" : key) + " speaks "
                + RemoteSupport.protocolOf(found).getName() + ", not " + protocol;
    }

    /** A RESOLVED arrived. The peer's delivery thread. */
    void resolved(Peer p, long id, boolean found, long actor, String pathOrReason) {
        PendingResolve r = resolves.remove(id);
        if (r == null) {
            return; // timed out already: the caller has its answer
        }
        r.timer().cancel();
        if (found) {
            r.future().complete(new RemoteRef<>(node, p, actor, pathOrReason, r.codec()));
        } else {
            r.future().completeExceptionally(new NoSuchElementException(pathOrReason + " on "
                    + p.member));
        }
    }
}
