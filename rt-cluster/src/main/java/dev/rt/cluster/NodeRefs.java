package dev.rt.cluster;

import dev.rt.ActorRef;
import dev.rt.internal.RemoteSupport;
import dev.rt.internal.Watchable;
import dev.rt.internal.Watcher;
import dev.rt.wire.RefCodec;
import dev.rt.wire.WireCodec;
import dev.rt.wire.WireReader;
import dev.rt.wire.WireWriter;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How references cross this node's edge, and which local actors other members can reach.
 *
 * <p>On the wire a reference is its member's incarnation (two longs), the actor's id and its
 * path. Writing a local reference <em>exports</em> its actor: other members can then send to it
 * by id, until it terminates (a watcher removes the export). Reading a reference of this node
 * gives the local reference back (or, for an actor that has gone, a reference whose sends are
 * dead letters); of another member, a {@link RemoteRef}.
 *
 * <p>Threading: any thread; the maps are concurrent.
 */
final class NodeRefs implements RefCodec {

    /** A local actor that other members can reach, with the codec of its protocol. */
    record Export(ActorRef<Object> ref, WireCodec<Object> codec) {}

    private final ClusterNode node;
    private final Map<Long, Export> exports = new ConcurrentHashMap<>();

    NodeRefs(ClusterNode node) {
        this.node = node;
    }

    /**
     * Makes a local actor reachable by its id.
     *
     * @param ref a local reference
     * @return its export
     * @throws IllegalArgumentException if its protocol has no codec on this node
     */
    @SuppressWarnings("unchecked")
    Export export(ActorRef<?> ref) {
        long id = RemoteSupport.identity(ref);
        Export e = exports.get(id);
        if (e != null) {
            return e;
        }
        Class<?> protocol = RemoteSupport.protocolOf(ref);
        WireCodec<?> codec = node.config().codec(protocol);
        if (codec == null) {
            throw new IllegalArgumentException("the protocol of " + ref.path() + ", "
                    + protocol.getName() + ", has no wire codec on this node: annotate it with"
                    + " @WireProtocol and add its generated " + protocol.getSimpleName()
                    + "Codec.INSTANCE to ClusterConfig.Builder.codecs");
        }
        Export fresh = new Export((ActorRef<Object>) ref, (WireCodec<Object>) codec);
        e = exports.putIfAbsent(id, fresh);
        if (e != null) {
            return e;
        }
        Watchable w = RemoteSupport.watchable(ref);
        w.addWatcher(new Watcher() { // fires at once if it has terminated already
            @Override
            public void watchedTerminated(Watchable dead, Throwable failure) {
                exports.remove(id, fresh);
            }
        });
        return fresh;
    }

    /** {@return the live local actor exported under {@code id}, or null} */
    ActorRef<?> exported(long id) {
        Export e = exports.get(id);
        return e == null ? null : e.ref();
    }

    /** {@return the export under {@code id}, or null} */
    Export export(long id) {
        return exports.get(id);
    }

    @Override
    public void writeRef(ActorRef<?> ref, WireWriter out) {
        if (ref instanceof RemoteRef<?> r) {
            write(out, r.peer.member.incarnation(), r.id, r.path());
        } else if (RemoteSupport.isLocal(ref)) {
            export(ref);
            write(out, node.self().incarnation(), RemoteSupport.identity(ref), ref.path());
        } else {
            throw new IllegalArgumentException(ref + " cannot travel: only references made by RT"
                    + " (spawn, supervisors, pools) or received from another node can");
        }
    }

    private static void write(WireWriter out, UUID member, long id, String path) {
        out.writeLong(member.getMostSignificantBits());
        out.writeLong(member.getLeastSignificantBits());
        out.writeLong(id);
        out.writeString(path);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <M> ActorRef<M> readRef(WireReader in, WireCodec<M> codec) {
        UUID member = new UUID(in.readLong(), in.readLong());
        long id = in.readLong();
        String path = in.readString();
        if (member.equals(node.self().incarnation())) {
            Export e = exports.get(id);
            if (e != null && codec.protocol().equals(e.codec().protocol())) {
                return (ActorRef<M>) e.ref();
            }
            return new RemoteRef<>(node, node.selfPeer(), id, path, codec); // gone: dead letters
        }
        return new RemoteRef<>(node, node.peerOf(member), id, path, codec);
    }
}
