package dev.rt.cluster;

import dev.rt.wire.WireCodec;
import dev.rt.wire.WireFormatException;
import dev.rt.wire.WireReader;
import dev.rt.wire.WireWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The cluster topics of one node ({@link ClusterTopic}), and what this node knows of the other
 * members' subscriptions.
 *
 * <h2>Who has subscribers</h2>
 * Each member tells every other which topics it has subscribers for: TOPIC_INTEREST when its
 * first subscriber of a topic comes or its last goes, and its whole table (TOPIC_TABLE) to each
 * member that is new in its view, on each view change. A member that comes back after a network
 * split is new again, so the tables are exchanged again after a merge: nobody keeps a table of a
 * member from before the split. The table of a member that leaves the view is dropped.
 *
 * <h2>Concurrency</h2>
 * <ul>
 *   <li>{@link #advertise} and the tables sent on a view change run under this object's monitor,
 *       so what each member is told, and the order it is told in, follow the local subscriber
 *       counts: the last notice that a member receives from this node is the current state.
 *   <li>{@link #interest} holds concurrent sets; a publish reads them without a lock, and
 *       reaches a member whose notice it raced, or not.
 *   <li>Publishing encodes on the caller's thread and hands the envelope to the member's outbox
 *       ({@link Peer}); the member's delivery thread decodes it and publishes it to the local
 *       topic.
 * </ul>
 */
final class ClusterTopics {

    private final ClusterNode node;
    private final Map<String, ClusterTopic<?>> topics = new ConcurrentHashMap<>();
    /** By topic name: the other members that have subscribers. */
    private final Map<String, Set<UUID>> interest = new ConcurrentHashMap<>();
    /** The members that have this node's table. Guarded by this. */
    private final Set<UUID> told = new HashSet<>();
    /** TOPIC_PUBLISH envelopes handed to each member's outbox, for tests. */
    private final Map<UUID, AtomicLong> sent = new ConcurrentHashMap<>();
    /** TOPIC_PUBLISH envelopes delivered here, for tests. */
    final AtomicLong received = new AtomicLong();

    ClusterTopics(ClusterNode node) {
        this.node = node;
    }

    @SuppressWarnings("unchecked")
    <M> ClusterTopic<M> topic(String name, Class<M> type, WireCodec<? super M> codec) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(codec, "codec");
        if (!codec.protocol().isAssignableFrom(type)) {
            throw new IllegalArgumentException("the codec of " + codec.protocol().getName()
                    + " cannot write " + type.getName() + " messages");
        }
        ClusterTopic<?> t = topics.computeIfAbsent(name, n -> new ClusterTopic<>(this, n, type,
                codec, node.system().topic("cluster:" + n, type)));
        if (t.messageType() != type) {
            throw new IllegalArgumentException("cluster topic '" + name + "' carries "
                    + t.messageType().getName() + " messages, not " + type.getName());
        }
        return (ClusterTopic<M>) t;
    }

    /** Tells the other members if this node's having subscribers of {@code t} has changed. */
    synchronized void advertise(ClusterTopic<?> t) {
        boolean now = t.local.subscriberCount() > 0;
        if (now == t.advertised || node.isClosed()) {
            return;
        }
        t.advertised = now;
        for (Member m : node.members()) {
            Peer p = node.peerOf(m.incarnation());
            if (!m.equals(node.self()) && p.open()) {
                WireWriter w = node.writer(Kind.TOPIC_INTEREST);
                w.writeString(t.name());
                w.writeBoolean(now);
                node.enqueue(p, w, null, null);
            }
        }
    }

    <M> int publish(ClusterTopic<M> t, M message) {
        int reached = 0;
        if (t.local.publish(message) > 0) {
            reached++;
        }
        Set<UUID> members = interest.get(t.name());
        if (members == null) {
            return reached;
        }
        for (UUID m : members) {
            Peer p = node.peerOf(m);
            if (!p.open()) {
                continue;
            }
            WireWriter w = node.writer(Kind.TOPIC_PUBLISH);
            w.writeString(t.name());
            t.codec.encode(message, w);
            node.enqueue(p, w, message, p.member.path() + "/topic/" + t.name());
            sent.computeIfAbsent(m, k -> new AtomicLong()).incrementAndGet();
            reached++;
            if (!p.open()) {
                node.memberGoneLate(p); // it went while we queued: its flush reports this
            }
        }
        return reached;
    }

    Set<Member> members(ClusterTopic<?> t) {
        Set<Member> out = new LinkedHashSet<>();
        if (t.local.subscriberCount() > 0) {
            out.add(node.self());
        }
        for (UUID m : interest.getOrDefault(t.name(), Set.of())) {
            Peer p = node.peerOf(m);
            if (p.open()) {
                out.add(p.member);
            }
        }
        return out;
    }

    /** {@return how many publishes this node has handed to {@code member}'s outbox} */
    long sentTo(Member member) {
        AtomicLong n = sent.get(member.incarnation());
        return n == null ? 0 : n.get();
    }

    /** An envelope of the topics' kinds from {@code from}. Its delivery thread. */
    void receive(Peer from, byte kind, WireReader in) {
        switch (kind) {
            case Kind.TOPIC_INTEREST -> {
                String name = in.readString();
                boolean has = in.readBoolean();
                if (from.open()) {
                    Set<UUID> s = interest.computeIfAbsent(name,
                            n -> ConcurrentHashMap.newKeySet());
                    if (has) {
                        s.add(from.member.incarnation());
                    } else {
                        s.remove(from.member.incarnation());
                    }
                }
            }
            case Kind.TOPIC_TABLE -> {
                int n = in.readSize();
                List<String> names = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    names.add(in.readString());
                }
                if (from.open()) {
                    UUID m = from.member.incarnation();
                    for (Map.Entry<String, Set<UUID>> e : interest.entrySet()) {
                        if (!names.contains(e.getKey())) {
                            e.getValue().remove(m);
                        }
                    }
                    for (String name : names) {
                        interest.computeIfAbsent(name, k -> ConcurrentHashMap.newKeySet()).add(m);
                    }
                }
            }
            case Kind.TOPIC_PUBLISH -> {
                String name = in.readString();
                ClusterTopic<?> t = topics.get(name);
                if (t == null) {
                    throw new WireFormatException("a message for cluster topic '" + name
                            + "', which this node does not have");
                }
                received.incrementAndGet();
                deliver(t, in);
            }
            default -> throw new WireFormatException("not a topic kind: " + kind);
        }
    }

    private static <M> void deliver(ClusterTopic<M> t, WireReader in) {
        Object message = t.codec.decode(in);
        if (!t.messageType().isInstance(message)) {
            throw new WireFormatException("cluster topic '" + t.name() + "' carries "
                    + t.messageType().getName() + " messages, not "
                    + message.getClass().getName());
        }
        t.local.publish(t.messageType().cast(message)); // to no one if the last one just left
    }

    /**
     * The view has changed: drops the tables of members that left, and sends this node's table
     * to each member that is new in the view (none when this node has no subscribers: a new
     * member has no table of this one to correct). The thread that installs a view.
     */
    synchronized void viewChanged() {
        List<Member> members = node.members();
        Set<UUID> live = new HashSet<>();
        for (Member m : members) {
            live.add(m.incarnation());
        }
        for (Set<UUID> s : interest.values()) {
            s.retainAll(live);
        }
        told.retainAll(live);
        if (node.isClosed()) {
            return;
        }
        List<String> mine = new ArrayList<>();
        for (ClusterTopic<?> t : topics.values()) {
            if (t.advertised) {
                mine.add(t.name());
            }
        }
        if (mine.isEmpty()) {
            return; // a new member knows nothing of this one: nothing to correct
        }
        for (Member m : members) {
            if (m.equals(node.self()) || told.contains(m.incarnation())) {
                continue;
            }
            Peer p = node.peerOf(m.incarnation());
            if (!p.open()) {
                continue;
            }
            told.add(m.incarnation());
            WireWriter w = node.writer(Kind.TOPIC_TABLE);
            w.writeSize(mine.size());
            for (String name : mine) {
                w.writeString(name);
            }
            node.enqueue(p, w, null, null);
        }
    }
}
