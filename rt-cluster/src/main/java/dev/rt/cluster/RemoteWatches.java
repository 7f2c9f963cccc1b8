package dev.rt.cluster;

import dev.rt.ActorRef;
import dev.rt.internal.RemoteSupport;
import dev.rt.internal.Watchable;
import dev.rt.internal.Watcher;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Death watch across members, both ways.
 *
 * <ul>
 *   <li><b>Local watchers of remote actors.</b> The first watcher of a remote actor sends WATCH
 *       to its member; the last to leave sends UNWATCH. TERMINATED from that member, or the
 *       member leaving, tells every watcher ({@link Watcher#watchedTerminated}), which turns it
 *       into a signal on its own thread. A watch of an actor whose member is gone fires at once.
 *   <li><b>Remote watchers of local actors.</b> WATCH from a member adds one watcher per member
 *       and actor to the local actor ({@link PeerWatcher}), which sends TERMINATED back when the
 *       actor ends; the member leaving removes its watchers.
 * </ul>
 *
 * <p>Threading: any thread, through concurrent maps. A notice may arrive twice when a member
 * leaves while its TERMINATED is on the way; the watching cell ignores a notice for an actor it
 * no longer watches, so each watcher sees one {@code Terminated}.
 */
final class RemoteWatches {

    private record Watch(RemoteRef<?> ref, Set<Watcher> watchers) {}

    private record Key(UUID member, long id) {}

    private final ClusterNode node;
    private final Map<RemoteRef<?>, Watch> watching = new ConcurrentHashMap<>();
    private final Map<Key, PeerWatcher> watchedBy = new ConcurrentHashMap<>();

    RemoteWatches(ClusterNode node) {
        this.node = node;
    }

    // =========================================================================================
    // Local watchers of remote actors

    void add(RemoteRef<?> ref, Watcher watcher) {
        boolean[] first = {false};
        watching.compute(ref, (k, w) -> {
            if (w == null) {
                w = new Watch(ref, ConcurrentHashMap.newKeySet());
                first[0] = true;
            }
            w.watchers().add(watcher);
            return w;
        });
        if (!ref.peer.open()) { // gone already, or went while we added: tell at once
            terminated(ref, new NodeDownException(ref.peer.member, "watching " + ref.path()));
        } else if (first[0]) {
            node.sendControl(ref.peer, Kind.WATCH, ref.id);
        }
    }

    void remove(RemoteRef<?> ref, Watcher watcher) {
        boolean[] last = {false};
        watching.computeIfPresent(ref, (k, w) -> {
            w.watchers().remove(watcher);
            if (w.watchers().isEmpty()) {
                last[0] = true;
                return null;
            }
            return w;
        });
        if (last[0] && ref.peer.open()) {
            node.sendControl(ref.peer, Kind.UNWATCH, ref.id);
        }
    }

    /** A watched remote actor has terminated, or its member has gone. Any thread. */
    void terminated(RemoteRef<?> key, Throwable cause) {
        Watch w = watching.remove(key);
        if (w != null) {
            for (Watcher watcher : w.watchers()) {
                watcher.watchedTerminated(w.ref(), cause);
            }
        }
    }

    // =========================================================================================
    // Remote watchers of local actors

    /** {@code peer} watches the local actor {@code id}. The peer's delivery thread. */
    void watchedBy(Peer peer, long id) {
        ActorRef<?> local = node.refs.exported(id);
        if (local == null) { // gone already (or never ours): say so at once
            node.sendTerminated(peer, id, null);
            return;
        }
        Key key = new Key(peer.member.incarnation(), id);
        PeerWatcher fresh = new PeerWatcher(peer, id, RemoteSupport.watchable(local));
        if (watchedBy.putIfAbsent(key, fresh) == null) {
            fresh.target.addWatcher(fresh);
        }
    }

    /** {@code peer} no longer watches the local actor {@code id}. */
    void unwatchedBy(Peer peer, long id) {
        PeerWatcher w = watchedBy.remove(new Key(peer.member.incarnation(), id));
        if (w != null) {
            w.target.removeWatcher(w);
        }
    }

    /** A member has left: its watches of local actors end; local watches of its actors fire. */
    void memberGone(Peer peer) {
        UUID gone = peer.member.incarnation();
        for (RemoteRef<?> ref : watching.keySet()) {
            if (ref.peer.member.incarnation().equals(gone)) {
                terminated(ref, new NodeDownException(peer.member, "watching " + ref.path()));
            }
        }
        watchedBy.entrySet().removeIf(e -> {
            if (e.getKey().member().equals(gone)) {
                e.getValue().target.removeWatcher(e.getValue());
                return true;
            }
            return false;
        });
    }

    /** The watcher that a member's WATCH adds to a local actor. */
    private final class PeerWatcher implements Watcher {
        final Peer peer;
        final long id;
        final Watchable target;

        PeerWatcher(Peer peer, long id, Watchable target) {
            this.peer = peer;
            this.id = id;
            this.target = target;
        }

        @Override
        public void watchedTerminated(Watchable dead, Throwable failure) {
            if (watchedBy.remove(new Key(peer.member.incarnation(), id), this)) {
                node.sendTerminated(peer, id, failure);
            }
        }
    }
}
