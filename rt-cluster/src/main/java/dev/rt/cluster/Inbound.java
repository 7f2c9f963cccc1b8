package dev.rt.cluster;

import dev.rt.ActorRef;
import dev.rt.ActorTerminatedException;
import dev.rt.AskTimeoutException;
import dev.rt.MonitorEvent;
import dev.rt.Request;
import dev.rt.internal.RemoteSupport;
import dev.rt.wire.WireCodec;
import dev.rt.wire.WireFormatException;
import dev.rt.wire.WireReader;
import dev.rt.wire.WireSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;

/**
 * What a node does with a frame from another member: each envelope read on its own, so that one
 * that cannot be read is dropped and reported ({@link MonitorEvent.FrameDropped}, and a dead
 * letter when it held a message) while the others are delivered. Nothing that arrives can fail
 * the node: every exception of a decoder, or of a record's constructor fed bad values, ends in
 * that report.
 *
 * <p>Threading: JGroups' delivery threads, one at a time per sending member (UNICAST3), so the
 * envelopes of one member are handled in the order sent.
 */
final class Inbound {

    private final ClusterNode node;

    Inbound(ClusterNode node) {
        this.node = node;
    }

    void receive(Peer from, byte[] buf, int offset, int length) {
        if (length > node.config().maxFrameBytes()) {
            dropped(from, "a frame of " + length + " bytes, over the limit of "
                    + node.config().maxFrameBytes());
            return;
        }
        if (length < 1 || buf[offset] != Kind.MAGIC) {
            dropped(from, "not an RT frame (first byte "
                    + (length < 1 ? "missing" : Integer.toString(buf[offset])) + ")");
            return;
        }
        int pos = offset + 1;
        int end = offset + length;
        while (pos < end) {
            if (end - pos < Kind.HEADER) {
                dropped(from, "a truncated envelope header at offset " + (pos - offset));
                return;
            }
            byte kind = buf[pos];
            int size = (buf[pos + 1] & 0xFF) << 24 | (buf[pos + 2] & 0xFF) << 16
                    | (buf[pos + 3] & 0xFF) << 8 | buf[pos + 4] & 0xFF;
            int body = pos + Kind.HEADER;
            if (size < 0 || size > end - body) {
                dropped(from, "a truncated " + Kind.name(kind) + " envelope: " + size
                        + " bytes announced, " + (end - body) + " left");
                return;
            }
            if (from.state == Peer.REFUSED && kind != Kind.HELLO) {
                dropped(from, Kind.name(kind) + " from a refused member");
                if (carriesMessage(kind)) {
                    RemoteSupport.deadLetter(node.system(), from.member.path(),
                            "an undecoded message", "its member was refused: " + from.refusal);
                }
            } else {
                if (kind == Kind.HELLO && from.state == Peer.GONE) {
                    // back after a split, greeting before this node's view takes it back: the
                    // new peer reads this HELLO and every frame after it
                    from = node.revive(from, -1);
                }
                envelope(from, kind, new WireReader(buf, body, size, node.refs));
            }
            pos = body + size;
        }
    }

    private void envelope(Peer from, byte kind, WireReader in) {
        long actor = -1;
        long askId = -1;
        try {
            switch (kind) {
                case Kind.TELL, Kind.TELL_WITHIN -> {
                    actor = in.readLong();
                    long ttl = kind == Kind.TELL_WITHIN ? in.readLong() : -1;
                    NodeRefs.Export e = node.refs.export(actor);
                    if (e == null) {
                        gone(from, actor, "a message");
                        return;
                    }
                    Object message = e.codec().decode(in);
                    deliver(e.ref(), message, ttl);
                }
                case Kind.ASK -> {
                    actor = in.readLong();
                    askId = in.readLong();
                    long timeoutMillis = in.readLong();
                    NodeRefs.Export e = node.refs.export(actor);
                    if (e == null) {
                        gone(from, actor, "a request");
                        node.sendFail(from, askId, Kind.GONE,
                                new ActorTerminatedException("#" + actor, "request"));
                        return;
                    }
                    Object request = e.codec().decode(in);
                    ask(from, e, askId, request, Math.max(1, timeoutMillis));
                }
                case Kind.REPLY -> node.replied(in.readLong(), in);
                case Kind.FAIL -> {
                    long id = in.readLong();
                    int code = in.readByte();
                    String cls = in.readString();
                    String msg = in.present() ? in.readString() : null;
                    node.failed(id, code, cls, msg);
                }
                case Kind.STOP -> {
                    ActorRef<?> ref = node.refs.exported(in.readLong());
                    if (ref != null) {
                        ref.stop();
                    }
                }
                case Kind.WATCH -> node.watches.watchedBy(from, in.readLong());
                case Kind.UNWATCH -> node.watches.unwatchedBy(from, in.readLong());
                case Kind.TERMINATED -> {
                    long id = in.readLong();
                    Throwable cause = null;
                    if (in.readBoolean()) {
                        String cls = in.readString();
                        String msg = in.present() ? in.readString() : null;
                        cause = new RemoteFailureException(cls, msg, from.member.path());
                    }
                    node.watches.terminated(new RemoteRef<>(node, from, id, "", null), cause);
                }
                case Kind.RESOLVE -> resolve(from, in);
                case Kind.RESOLVED -> {
                    long id = in.readLong();
                    boolean found = in.readBoolean();
                    long target = found ? in.readLong() : -1;
                    node.names().resolved(from, id, found, target, in.readString());
                }
                case Kind.HELLO -> hello(from, in);
                case Kind.REG_PUT, Kind.REG_ACK, Kind.REG_DEL, Kind.REG_GET, Kind.REG_FOUND ->
                        node.registry.receive(from, kind, in);
                case Kind.TOPIC_INTEREST, Kind.TOPIC_TABLE, Kind.TOPIC_PUBLISH ->
                        node.topics.receive(from, kind, in);
                default -> throw new WireFormatException("unknown envelope kind " + kind
                        + " (a newer node?)");
            }
        } catch (RuntimeException e) {
            String why = Kind.name(kind) + (actor >= 0 ? " for actor #" + actor : "") + ": "
                    + (e instanceof WireFormatException ? e.getMessage()
                            : e.getClass().getName() + ": " + e.getMessage());
            dropped(from, why);
            if (carriesMessage(kind)) {
                RemoteSupport.deadLetter(node.system(), from.member.path() + " -> #" + actor,
                        "an unreadable message", why);
            }
            if (askId >= 0) {
                node.sendFail(from, askId, Kind.FAILED, e);
            }
        }
    }

    private static boolean carriesMessage(byte kind) {
        return kind == Kind.TELL || kind == Kind.TELL_WITHIN || kind == Kind.ASK
                || kind == Kind.TOPIC_PUBLISH;
    }

    private void deliver(ActorRef<Object> ref, Object message, long ttlNanos) {
        try {
            if (ttlNanos < 0) {
                ref.offer(message); // never blocks this thread; a full mailbox reports the drop
            } else {
                ref.tellWithin(message, Duration.ofNanos(Math.max(1, ttlNanos)));
            }
        } catch (dev.rt.MailboxFullException | IllegalStateException e) {
            // a bounded mailbox refused it, and reported it as dropped
        }
    }

    private void gone(Peer from, long actor, String what) {
        RemoteSupport.deadLetter(node.system(), node.self().path() + " #" + actor,
                what + " from " + from.member, "the actor had stopped");
    }

    @SuppressWarnings("unchecked")
    private void ask(Peer from, NodeRefs.Export e, long askId, Object request,
            long timeoutMillis) {
        if (!(request instanceof Request<?> r)) {
            throw new WireFormatException(request.getClass().getName() + " was asked but is"
                    + " not a Request");
        }
        Request<Object> asked = (Request<Object>) r;
        e.ref().ask(asked, Duration.ofMillis(timeoutMillis)).whenComplete((reply, t) -> {
            if (t == null) {
                try {
                    var w = node.writer(Kind.REPLY);
                    w.writeLong(askId);
                    e.codec().encodeReply(request, reply, w);
                    node.enqueue(from, w, null, null);
                } catch (RuntimeException failure) {
                    node.sendFail(from, askId, Kind.FAILED, failure);
                }
                return;
            }
            Throwable cause = t instanceof CompletionException && t.getCause() != null
                    ? t.getCause() : t;
            byte code = cause instanceof ActorTerminatedException ? Kind.GONE
                    : cause instanceof AskTimeoutException ? Kind.TIMED_OUT : Kind.FAILED;
            node.sendFail(from, askId, code, cause);
        });
    }

    private void resolve(Peer from, WireReader in) {
        long id = in.readLong();
        boolean byName = in.readBoolean();
        String key = in.readString();
        String protocol = in.readString();
        ActorRef<?> ref = byName ? node.published(key)
                : RemoteSupport.lookup(node.system(), key);
        var w = node.writer(Kind.RESOLVED);
        w.writeLong(id);
        if (ref != null && RemoteSupport.protocolOf(ref).getName().equals(protocol)) {
            node.refs.export(ref);
            w.writeBoolean(true);
            w.writeLong(RemoteSupport.identity(ref));
            w.writeString(ref.path());
        } else {
            w.writeBoolean(false);
            w.writeString(NodeNames.notFound(byName, key, ref, protocol));
        }
        node.enqueue(from, w, null, null);
    }

    private void hello(Peer from, WireReader in) {
        if (from.state == Peer.READY) {
            // A second HELLO from a member already met: it removed this node from its view (this
            // node was frozen or cut off, and never saw the others leave) and now meets it
            // afresh. What this node had with it is void: see ClusterNode.metAfresh.
            from = node.metAfresh(from);
        }
        String name = in.readString();
        int count = in.readSize();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String protocol = in.readString();
            String text = in.readString();
            WireCodec<?> mine = node.config().codecs().get(protocol);
            if (mine == null) {
                continue;
            }
            WireSchema theirs;
            try {
                theirs = WireSchema.parse(text);
            } catch (IllegalArgumentException e) {
                problems.add(protocol + ": its schema cannot be read: " + e.getMessage());
                continue;
            }
            for (String p : mine.schema().incompatibilitiesWith(theirs)) {
                problems.add(protocol + ": " + p);
            }
        }
        if (problems.isEmpty()) {
            if (from.state == Peer.JOINING) {
                from.state = Peer.READY;
                RemoteSupport.emit(node.system(), new MonitorEvent.MemberUp(from.member.path(),
                        from.member.incarnation().toString()));
            }
            node.handshakeMoved();
        } else {
            node.refuse(from, "(node " + name + ") speaks incompatible wire protocols: "
                    + String.join("; ", problems));
        }
    }

    private void dropped(Peer from, String reason) {
        RemoteSupport.emit(node.system(), new MonitorEvent.FrameDropped(from.member.path(),
                reason));
        ClusterNode.LOG.warn("dropped from {}: {}", from.member, reason);
    }
}
