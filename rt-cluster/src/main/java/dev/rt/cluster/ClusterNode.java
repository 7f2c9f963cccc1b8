package dev.rt.cluster;

import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.AskTimeoutException;
import dev.rt.Cancellable;
import dev.rt.MonitorEvent;
import dev.rt.Request;
import dev.rt.internal.RemoteSupport;
import dev.rt.wire.WireCodec;
import dev.rt.wire.WireWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.UnaryOperator;
import dev.rt.cluster.internal.SecretGate;
import org.jgroups.Address;
import org.jgroups.BytesMessage;
import org.jgroups.JChannel;
import org.jgroups.Message;
import org.jgroups.Receiver;
import org.jgroups.View;
import org.jgroups.protocols.VERIFY_SUSPECT2;
import org.jgroups.stack.ProtocolStack;
import org.jgroups.util.NameCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link ActorSystem} as a member of a cluster: references to its actors can travel to other
 * members, and references from them work here with the generated handles unchanged.
 *
 * <pre>{@code
 * ClusterNode node = ClusterNode.join(system, ClusterConfig.builder("orders")
 *         .bindPort(7800).initialMembers("127.0.0.1:7800", "127.0.0.1:7801")
 *         .codecs(CounterMsgCodec.INSTANCE).build());
 * node.publish("counter", counter.ref());                      // on one member
 * CounterHandle remote = CounterHandle.of(
 *         node.lookup(member, "counter", CounterMsgCodec.INSTANCE).toCompletableFuture().join());
 * remote.add(5);                                               // on another
 * }</pre>
 *
 * <p>Transport, membership and failure detection are JGroups' ({@link ClusterConfig.Transport}).
 * Each start of a node is a new {@link Member} incarnation. When members meet they exchange the
 * schemas of their wire protocols; a member whose protocols cannot talk to this node's is
 * refused ({@link IncompatibleProtocolException} for the one that joined later, {@link
 * MonitorEvent.MemberRefused} on both). With a cluster secret ({@link
 * ClusterConfig.Builder#secret}) only nodes that prove it join ({@link
 * ClusterAuthenticationException} for the others, {@link MonitorEvent.MemberRejected} on the
 * cluster). With a quorum rule ({@link ClusterConfig.Builder#quorum}) a node that sees fewer than
 * a majority of the cluster's size applies its {@link SplitPolicy} ({@link
 * MonitorEvent.QuorumLost}, {@link QuorumLostException}).
 *
 * <p>Guarantees: messages from one sender thread to one remote actor are handled in the order
 * sent; a message either reaches the remote node (and is accounted for there, in that system's
 * buckets) or is reported on this node as a dead letter (a member gone or refused, an actor gone
 * by the time it arrives is reported there); a member's departure is reported ({@link
 * MonitorEvent.MemberLeft}), fails the asks waiting for it at once ({@link NodeDownException}),
 * and tells the watchers of its actors ({@link dev.rt.Terminated} with that cause). What was in
 * flight to a member when it crashed is lost with it, and that report covers it.
 *
 * <p>Threading: any thread may call any method. Sends encode on the caller's thread; one sender
 * thread per node hands frames to JGroups; JGroups' threads decode and deliver, one at a time
 * per sending member.
 */
public final class ClusterNode implements AutoCloseable {

    static final Logger LOG = LoggerFactory.getLogger(ClusterNode.class);

    private record PendingAsk(CompletableFuture<Object> future, Object request,
            WireCodec<Object> codec, RemoteRef<?> target, Duration timeout, Cancellable timer) {}


    private final ActorSystem system;
    private final ClusterConfig config;
    private final String nodeName;
    private final JChannel channel;
    final NodeRefs refs = new NodeRefs(this);
    final RemoteWatches watches = new RemoteWatches(this);
    final ClusterRegistry registry = new ClusterRegistry(this);
    final ClusterTopics topics = new ClusterTopics(this);
    private final Map<Address, Peer> peers = new ConcurrentHashMap<>();
    private final Map<UUID, Peer> byIncarnation = new ConcurrentHashMap<>();
    private final Map<Long, PendingAsk> asks = new ConcurrentHashMap<>();
    private final NodeNames names = new NodeNames(this);
    private final AtomicLong ids = new AtomicLong();
    private final ExecutorService sender;
    /**
     * Runs the flushes: {@link #sender}, or a test's wrapper of it (see {@link #join(ActorSystem,
     * ClusterConfig, UnaryOperator)}).
     */
    private final Executor flushes;
    private final ThreadLocal<WireWriter> writers;
    private final Inbound inbound = new Inbound(this);
    private final Object handshakes = new Object();
    private volatile Member self;
    private volatile Peer selfPeer;
    private volatile boolean closed;
    private final QuorumRule quorum;
    private final Object viewLock = new Object();
    /** The number of the last view applied. Guarded by {@link #viewLock}. */
    private long lastViewId = -1;

    private ClusterNode(ActorSystem system, ClusterConfig config,
            UnaryOperator<Executor> flushVia) throws Exception {
        this.system = system;
        this.config = config;
        this.nodeName = config.nodeName().isEmpty() ? system.name() : config.nodeName();
        this.writers = ThreadLocal.withInitial(() -> new WireWriter(refs, 256));
        this.sender = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rt-cluster-" + nodeName + "-send");
            t.setDaemon(true);
            return t;
        });
        this.flushes = flushVia.apply(sender);
        this.quorum = new QuorumRule(system, config, nodeName, () -> self().path());
        this.channel = new JChannel(stack(config));
        channel.setName(nodeName);
        if (config.secret() != null) {
            ClusterSecurity.secure(channel, config, system);
        }
        if (channel.getProtocolStack().findProtocol(VERIFY_SUSPECT2.class) != null) {
            channel.getProtocolStack().insertProtocol(new SuspectTap(this::suspected),
                    ProtocolStack.Position.ABOVE, VERIFY_SUSPECT2.class);
        }
        channel.setReceiver(new Receiver() {
            @Override
            public void receive(Message msg) {
                inbound.receive(peerFor(msg.getSrc()), msg.getArray(), msg.getOffset(),
                        msg.getLength());
            }

            @Override
            public void viewAccepted(View view) {
                onView(view);
            }
        });
    }

    /**
     * Joins {@code system} to the cluster that {@code config} names, and returns once this node
     * has exchanged protocol schemas with every member it found. The node leaves when the system
     * terminates, or on {@link #close()}.
     *
     * @param system the system whose actors other members may reach
     * @param config the cluster, the address, the initial members and the codecs
     * @return the node
     * @throws IncompatibleProtocolException if a member speaks a wire protocol this node would
     *     misread, or that would misread this node's; this node then leaves
     * @throws ClusterAuthenticationException if this node and the cluster do not share the
     *     cluster secret ({@link ClusterConfig.Builder#secret})
     * @throws IllegalStateException if the node cannot bind its address or port, or the
     *     handshakes do not finish within the join timeout; the node then leaves
     */
    public static ClusterNode join(ActorSystem system, ClusterConfig config) {
        return join(system, config, UnaryOperator.identity());
    }

    /**
     * {@link #join(ActorSystem, ClusterConfig)}, with the node's flushes run through {@code
     * flushVia}'s wrapper of its sender thread: a test holds them there to order a send after
     * something the node reads (see {@code HandshakeTest}). Tests only.
     */
    static ClusterNode join(ActorSystem system, ClusterConfig config,
            UnaryOperator<Executor> flushVia) {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(config, "config");
        ClusterNode node;
        try {
            node = new ClusterNode(system, config, flushVia);
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the JGroups stack of node "
                    + config.nodeName() + ": " + e.getMessage(), e);
        }
        try {
            node.channel.connect(config.clusterName());
        } catch (SecurityException e) {
            node.close();
            throw new ClusterAuthenticationException("node " + node.nodeName + " cannot join"
                    + " cluster " + config.clusterName() + ": " + (config.secret() == null
                    ? "the cluster requires a cluster secret and this node has none"
                    : SecretGate.COORDINATOR_WITHOUT_SECRET.equals(e.getMessage())
                    ? "this node has a cluster secret and the cluster's coordinator has none"
                    : "this node's cluster secret is not the cluster's") + " (JGroups: "
                    + e.getMessage() + "). Set the same cluster secret on every member"
                    + " (ClusterConfig.Builder.secret)", e);
        } catch (Exception e) {
            node.close();
            throw new IllegalStateException("node " + node.nodeName + " cannot join cluster "
                    + config.clusterName() + " on " + config.bindAddress() + ":"
                    + config.bindPort() + ": " + e.getMessage() + " (is the port taken?)", e);
        }
        node.awaitHandshakes();
        system.whenTerminated().thenRun(node::close);
        return node;
    }

    private static InputStream stack(ClusterConfig config) {
        String xml = config.jgroupsXml();
        if (xml == null) {
            String name = config.transport() == ClusterConfig.Transport.TCP ? "tcp.xml"
                    : "in-jvm.xml";
            try (InputStream in = ClusterNode.class.getResourceAsStream(name)) {
                xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<String> hosts = new ArrayList<>();
        for (String hp : config.initialMembers()) {
            int colon = hp.lastIndexOf(':');
            hosts.add(hp.substring(0, colon) + "[" + hp.substring(colon + 1) + "]");
        }
        if (hosts.isEmpty()) {
            hosts.add(config.bindAddress() + "[" + config.bindPort() + "]");
        }
        xml = xml.replace("${rt.bind_addr}", config.bindAddress())
                .replace("${rt.bind_port}", Integer.toString(config.bindPort()))
                .replace("${rt.fd_port}", Integer.toString(config.bindPort() + 100))
                .replace("${rt.initial_hosts}", String.join(",", hosts));
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    private void awaitHandshakes() {
        long deadline = System.nanoTime() + config.joinTimeout().toNanos();
        onView(channel.getView()); // the members found, even before JGroups calls us with them
        synchronized (handshakes) { // joining only, never on a message's path
            while (true) {
                List<Address> view = channel.getView().getMembers();
                int mine = view.indexOf(channel.getAddress());
                List<Peer> waiting = new ArrayList<>();
                for (Peer p : peers.values()) {
                    // one read of the state per pass: read twice, a HELLO handled in between
                    // moves the peer from JOINING to REFUSED unseen by both checks
                    int state = p.state;
                    // of two members that refuse each other, the one that joined later leaves
                    if (state == Peer.REFUSED && view.indexOf(p.address) < mine) {
                        awaitSent(p, deadline); // our HELLO, so that it refuses us too
                        close();
                        throw new IncompatibleProtocolException("node " + nodeName + " cannot"
                                + " join cluster " + config.clusterName() + ": member " + p.member
                                + " " + p.refusal);
                    }
                    if (state == Peer.JOINING) {
                        waiting.add(p);
                    }
                }
                if (waiting.isEmpty()) {
                    return;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    close();
                    throw new IllegalStateException("node " + nodeName + " joined cluster "
                            + config.clusterName() + " but " + waiting + " did not complete the"
                            + " protocol handshake within " + config.joinTimeout());
                }
                try {
                    handshakes.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    close();
                    throw new IllegalStateException("interrupted while joining", e);
                }
            }
        }
    }

    void handshakeMoved() {
        synchronized (handshakes) {
            handshakes.notifyAll();
        }
    }

    // =========================================================================================
    // Membership

    /** {@return this node as a member} */
    public Member self() {
        Member m = self;
        if (m == null) {
            m = new Member(nodeName, uuid(channel.getAddress()));
            self = m;
        }
        return m;
    }

    /** {@return the members this node sees, itself included, oldest first} */
    public List<Member> members() {
        List<Member> out = new ArrayList<>();
        out.add(self());
        peers.values().stream().filter(Peer::open).sorted(Comparator.comparingInt(p -> p.rank))
                .forEach(p -> out.add(p.member));
        return out;
    }

    /** {@return the system this node serves} */
    public ActorSystem system() {
        return system;
    }

    /** {@return the node's configuration} */
    public ClusterConfig config() {
        return config;
    }

    Peer selfPeer() {
        Peer p = selfPeer;
        if (p == null) {
            p = new Peer(self(), channel.getAddress(), -1);
            p.state = Peer.GONE;
            selfPeer = p;
        }
        return p;
    }

    private static UUID uuid(Address a) {
        org.jgroups.util.UUID u = (org.jgroups.util.UUID) a;
        return new UUID(u.getMostSignificantBits(), u.getLeastSignificantBits());
    }

    /** The peer of a member's address, made (and greeted) on first sight. Any thread. */
    Peer peerFor(Address address) {
        Peer p = peers.get(address);
        if (p != null) {
            return p;
        }
        View view = channel.getView();
        return peerFor(address, view == null ? -1 : view.getMembers().indexOf(address));
    }

    /** As {@link #peerFor(Address)}, with its position in the view being installed. */
    private Peer peerFor(Address address, int rank) {
        Peer p = peers.get(address);
        if (p != null) {
            return p;
        }
        String name = NameCache.get(address);
        Peer fresh = new Peer(new Member(name == null ? address.toString() : name,
                uuid(address)), address, rank < 0 ? Integer.MAX_VALUE : rank);
        p = peers.putIfAbsent(address, fresh);
        if (p != null) {
            return p;
        }
        byIncarnation.put(fresh.member.incarnation(), fresh);
        hello(fresh); // first in its outbox: UNICAST3 delivers it before anything else
        return fresh;
    }

    /** The peer of a member's incarnation; for one this node never saw, a departed one. */
    Peer peerOf(UUID incarnation) {
        Peer p = byIncarnation.get(incarnation);
        if (p != null) {
            return p;
        }
        Peer unknown = new Peer(new Member("unknown", incarnation),
                new org.jgroups.util.UUID(incarnation.getMostSignificantBits(),
                        incarnation.getLeastSignificantBits()), Integer.MAX_VALUE);
        unknown.state = Peer.GONE;
        return unknown;
    }

    private void onView(View view) {
        synchronized (viewLock) { // views only
            // join() applies the view it finds while JGroups may deliver a newer one: an older
            // view than the last one applied changes nothing
            if (view.getViewId().getId() < lastViewId) {
                return;
            }
            lastViewId = view.getViewId().getId();
        }
        List<Address> members = view.getMembers();
        Address me = channel.getAddress();
        for (int i = 0; i < members.size(); i++) {
            Address a = members.get(i);
            if (a.equals(me)) {
                continue;
            }
            Peer old = peers.get(a);
            if (old != null && old.state == Peer.GONE) {
                revive(old, i); // back after a split healed, and the view came before its HELLO
            } else {
                peerFor(a, i);
            }
        }
        for (Peer p : peers.values()) {
            if (p.state != Peer.GONE && !members.contains(p.address)) {
                memberGone(p);
            }
        }
        if (!closed) {
            quorum.viewOf(members.size());
        }
        handshakeMoved();
        registry.viewChanged();
        topics.viewChanged();
    }

    /**
     * A member this node saw leave is back, after a split healed (a merge): the same incarnation,
     * met again. The gone peer stays gone, so references made before the split stay dead; a new
     * peer greets it afresh ({@code MemberUp} follows its HELLO). Whichever comes first makes the
     * new peer: the merged view, or the member's HELLO (then every frame after that HELLO goes to
     * the new peer too). The view's thread or the member's delivery thread.
     *
     * @param gone the peer of the member as it was before the split
     * @param rank its position in the merged view, or -1 when its HELLO came first
     * @return the peer that replaces it
     */
    Peer revive(Peer gone, int rank) {
        if (closed) {
            return gone;
        }
        synchronized (gone) { // membership changes only: one revival per gone peer
            Peer p = peers.get(gone.address);
            if (p != gone) {
                return p != null ? p : gone; // revived already
            }
            peers.remove(gone.address, gone);
            byIncarnation.remove(gone.member.incarnation(), gone);
        }
        return rank < 0 ? peerFor(gone.address) : peerFor(gone.address, rank);
    }

    // =========================================================================================
    // Quorum

    /** {@return whether this node sees a quorum; always true without a quorum rule} */
    public boolean hasQuorum() {
        return quorum.hasQuorum();
    }

    /**
     * Records a local actor as a cluster actor: one that this node stops when it loses its
     * quorum under {@link SplitPolicy#STOP_CLUSTER_ACTORS}, until it terminates. {@link
     * #publish} calls it, and so does the cluster registry. Any thread.
     */
    void clusterActor(ActorRef<?> ref) {
        quorum.clusterActor(ref);
    }

    /** {@return why a remote send must be refused for want of a quorum now, or null} */
    QuorumLostException quorumRefusal(String what) {
        return quorum.refusal(what);
    }

    /** The JGroups channel, for tests that cut the network. */
    JChannel channel() {
        return channel;
    }

    /** JGroups' failure detector has confirmed a suspicion. A JGroups thread. */
    private void suspected(Address address) {
        Peer p = peers.get(address);
        if (p != null && p.state != Peer.GONE) {
            RemoteSupport.emit(system, new MonitorEvent.MemberUnreachable(p.member.path(),
                    p.member.incarnation().toString()));
        }
    }

    /**
     * A member already met greeted this node again: it had removed this node from its view (this
     * node was frozen, or cut off, while the others went on without it) and meets it now as a new
     * member. This node cannot act as a member of the old view: it treats the member as gone
     * (its asks fail, the watchers of its actors are told, {@code MemberLeft}), then meets it
     * afresh, with a new peer whose {@code MemberUp} follows the HELLO. References made before
     * stay dead, on both sides. The peer's delivery thread.
     *
     * @param old the peer that greeted again
     * @return the peer that replaces it, to read the HELLO with
     */
    Peer metAfresh(Peer old) {
        LOG.warn("member {} met this node afresh: it had removed this node from its view (this"
                + " node was frozen or cut off); what was pending with it has failed, and"
                + " references from before stay dead", old.member);
        memberGone(old);
        peers.remove(old.address, old);
        byIncarnation.remove(old.member.incarnation(), old);
        return peerFor(old.address, old.rank);
    }

    /** A member has left: see the class comment. Any thread; once per member. */
    private void memberGone(Peer p) {
        synchronized (p) { // membership changes only
            if (p.state == Peer.GONE) {
                return;
            }
            p.state = Peer.GONE;
        }
        RemoteSupport.emit(system, new MonitorEvent.MemberLeft(p.member.path(),
                p.member.incarnation().toString()));
        watches.memberGone(p);
        asks.values().removeIf(a -> {
            if (a.target().peer == p) {
                a.timer().cancel();
                a.future().completeExceptionally(new NodeDownException(p.member, "the ask "
                        + a.request().getClass().getSimpleName() + " to " + a.target().path()));
                return true;
            }
            return false;
        });
        names.memberGone(p);
        scheduleFlush(p); // drains its outbox into dead letters
    }

    /** A member's HELLO showed incompatible protocols. Its delivery thread. */
    void refuse(Peer p, String reason) {
        p.refusal = reason;
        p.state = Peer.REFUSED;
        RemoteSupport.emit(system, new MonitorEvent.MemberRefused(p.member.path(), reason));
        LOG.error("member {} refused: {}", p.member, reason);
        scheduleFlush(p);
        handshakeMoved();
    }

    // =========================================================================================
    // Names

    /**
     * Makes a local actor reachable by name from other members ({@link #lookup}), until it
     * terminates or is unpublished. Each member answers for its own names here; for a name that
     * holds across the cluster, see {@link #registry()}. The actor becomes a cluster actor: under
     * {@link SplitPolicy#STOP_CLUSTER_ACTORS} it is stopped when this node loses its quorum.
     *
     * @param name the name
     * @param ref a local actor whose protocol has a codec on this node
     * @param <M> the protocol
     * @throws IllegalArgumentException if the protocol has no codec here, or {@code ref} is not
     *     a local actor's
     */
    public <M> void publish(String name, ActorRef<M> ref) {
        names.publish(name, ref);
    }

    /**
     * Removes a published name.
     *
     * @param name the name
     */
    public void unpublish(String name) {
        names.unpublish(name);
    }

    /** {@return the actor published under {@code name} on this node, or null} */
    ActorRef<?> published(String name) {
        return names.published(name);
    }

    /** {@return the names and lookups of this node} */
    NodeNames names() {
        return names;
    }

    /**
     * A reference to the actor that {@code member} published under {@code name}.
     *
     * @param member a member of the cluster
     * @param name the name
     * @param codec the codec of the actor's protocol
     * @param <M> the protocol
     * @return completes with the reference; with {@link NoSuchElementException} if nothing is
     *     published under that name or its protocol is another; with {@link NodeDownException}
     *     if the member leaves; with {@link TimeoutException} after the system's ask timeout
     */
    public <M> CompletionStage<ActorRef<M>> lookup(Member member, String name,
            WireCodec<M> codec) {
        return names.resolve(member, true, name, codec);
    }

    /**
     * A reference to the actor at {@code path} on {@code member}.
     *
     * @param member a member of the cluster
     * @param path such as {@code /user/counter}
     * @param codec the codec of the actor's protocol
     * @param <M> the protocol
     * @return as {@link #lookup}
     */
    public <M> CompletionStage<ActorRef<M>> resolve(Member member, String path,
            WireCodec<M> codec) {
        return names.resolve(member, false, path, codec);
    }

    // =========================================================================================
    // The cluster-wide registry and topics

    /** {@return the cluster-wide registry: one name, one actor, in the whole cluster} */
    public ClusterRegistry registry() {
        return registry;
    }

    /**
     * The cluster topic of that name, created on first use: what any member publishes reaches
     * the subscribers of every member.
     *
     * @param name the topic's name
     * @param type the type of the messages published
     * @param codec the codec of the protocol that {@code type} belongs to (the same on every
     *     member)
     * @param <M> the type of the messages published
     * @return the topic, the same for the same name
     * @throws IllegalArgumentException if the topic exists with another message type, or the
     *     codec's protocol does not include {@code type}
     */
    public <M> ClusterTopic<M> topic(String name, Class<M> type, WireCodec<? super M> codec) {
        return topics.topic(name, type, codec);
    }

    // =========================================================================================
    // Sending (any thread)

    /** A writer of this thread, reset, with an envelope of {@code kind} begun. */
    WireWriter writer(byte kind) {
        WireWriter w = writers.get();
        w.reset();
        w.writeByte(kind);
        w.beginBody();
        return w;
    }

    /** Ends the envelope in {@code w} and queues it for {@code p}. */
    void enqueue(Peer p, WireWriter w, Object message, String path) {
        w.endBody(1);
        int size = w.size();
        if (size + 1 > config.maxFrameBytes()) {
            throw new MessageTooLargeException(message == null ? "a cluster control message"
                    : message.getClass().getName(), size, config.maxFrameBytes());
        }
        p.outbox.offer(new Outgoing(w.toByteArray(), message, path));
        scheduleFlush(p);
    }

    private void scheduleFlush(Peer p) {
        if (p.flushing.compareAndSet(false, true)) {
            try {
                flushes.execute(() -> flush(p));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                flush(p); // closed: drains into dead letters on this thread
            }
        }
    }

    /** Sends a peer's outbox, in frames up to the limit. The sender thread; see {@link Peer}. */
    private void flush(Peer p) {
        do {
            List<Outgoing> frame = new ArrayList<>();
            int size = 1;
            Outgoing o;
            while ((o = p.outbox.poll()) != null) {
                if (closed || !p.open() && !helloToRefused(p, o)) {
                    deadLetter(o, p.open() ? "this node has left the cluster" : p.closedReason());
                    continue;
                }
                if (size + o.bytes().length > config.maxFrameBytes()) {
                    send(p, frame, size);
                    frame = new ArrayList<>();
                    size = 1;
                }
                frame.add(o);
                size += o.bytes().length;
            }
            if (!frame.isEmpty()) {
                send(p, frame, size);
            }
            p.flushing.set(false);
        } while (!p.outbox.isEmpty() && p.flushing.compareAndSet(false, true));
    }

    /**
     * {@return whether the envelope is this node's HELLO to a member it has refused} It is still
     * sent: the member learns from it that this node cannot talk to it, and reports the refusal
     * too. Without it, a member whose HELLO this node read before its own went out never heard
     * of the refusal and saw this node only leave.
     */
    private static boolean helloToRefused(Peer p, Outgoing o) {
        return p.state == Peer.REFUSED && o.bytes()[0] == Kind.HELLO;
    }

    /**
     * Waits, until the deadline at most, until what was queued for a refused member, this
     * node's HELLO among it, has been handed to the channel. The joining thread, before it
     * leaves.
     */
    private void awaitSent(Peer p, long deadline) {
        scheduleFlush(p);
        while ((!p.outbox.isEmpty() || p.flushing.get()) && deadline - System.nanoTime() > 0) {
            LockSupport.parkNanos(100_000); // joining only, never on a message's path
        }
    }

    private void send(Peer p, List<Outgoing> envelopes, int size) {
        byte[] frame = new byte[size];
        frame[0] = Kind.MAGIC;
        int at = 1;
        for (Outgoing o : envelopes) {
            System.arraycopy(o.bytes(), 0, frame, at, o.bytes().length);
            at += o.bytes().length;
        }
        try {
            channel.send(new BytesMessage(p.address, frame));
        } catch (Exception e) {
            for (Outgoing o : envelopes) {
                deadLetter(o, "JGroups could not send to " + p.member + ": " + e);
            }
        }
    }

    private void deadLetter(Outgoing o, String reason) {
        if (o.message() != null) {
            RemoteSupport.deadLetter(system, o.path(), o.message(), reason);
        }
    }

    void memberGoneLate(Peer p) {
        scheduleFlush(p); // it went while we queued: the flush reports what we queued
    }

    /**
     * Sends a message (a tell, or with a time to live) to a remote actor.
     *
     * @return whether it was handed to the outbox; false if it became a dead letter here
     */
    boolean send(RemoteRef<?> to, Object message, long ttlNanos) {
        QuorumLostException refused = to.peer == selfPeer ? null : quorum.refusal("the message "
                + message.getClass().getSimpleName() + " to " + to.path());
        if (refused != null) {
            RemoteSupport.deadLetter(system, to.fullPath(), message, refused.getMessage());
            return false;
        }
        if (!to.peer.open()) {
            undeliverable(to, message);
            return false;
        }
        WireWriter w = writer(ttlNanos < 0 ? Kind.TELL : Kind.TELL_WITHIN);
        w.writeLong(to.id);
        if (ttlNanos >= 0) {
            w.writeLong(ttlNanos);
        }
        encode(to, message, w);
        enqueue(to.peer, w, message, to.fullPath());
        if (!to.peer.open()) {
            memberGoneLate(to.peer);
        }
        return true;
    }

    /** A message for a member that is gone or refused, or for a local actor that has gone. */
    private void undeliverable(RemoteRef<?> to, Object message) {
        RemoteSupport.deadLetter(system, to.fullPath(), message, to.peer == selfPeer
                ? "the actor had stopped" : to.peer.closedReason());
    }

    @SuppressWarnings("unchecked")
    private static void encode(RemoteRef<?> to, Object message, WireWriter w) {
        ((WireCodec<Object>) to.codec).encode(message, w);
    }

    @SuppressWarnings("unchecked")
    <R> CompletionStage<R> ask(RemoteRef<?> to, Request<R> request, Duration timeout) {
        CompletableFuture<Object> future = new CompletableFuture<>();
        String type = request.getClass().getSimpleName();
        QuorumLostException refused = to.peer == selfPeer ? null
                : quorum.refusal("the ask " + type + " to " + to.path());
        if (refused != null) {
            RemoteSupport.deadLetter(system, to.fullPath(), request, refused.getMessage());
            future.completeExceptionally(refused);
            return (CompletionStage<R>) future;
        }
        if (!to.peer.open()) {
            undeliverable(to, request);
            future.completeExceptionally(to.peer == selfPeer
                    ? new dev.rt.ActorTerminatedException(to.path(), type)
                    : new NodeDownException(to.peer.member, "the ask " + type + " to "
                            + to.path()));
            return (CompletionStage<R>) future;
        }
        long id = ids.incrementAndGet();
        WireWriter w = writer(Kind.ASK);
        w.writeLong(to.id);
        w.writeLong(id);
        w.writeLong(timeout.toMillis());
        encode(to, request, w);
        Cancellable timer = system.timers().schedule(timeout, () -> {
            PendingAsk a = asks.remove(id);
            if (a != null) {
                a.future().completeExceptionally(new AskTimeoutException(to.fullPath(), type,
                        timeout));
            }
        });
        asks.put(id, new PendingAsk(future, request, (WireCodec<Object>) to.codec, to, timeout,
                timer));
        enqueue(to.peer, w, request, to.fullPath());
        if (!to.peer.open()) { // it went meanwhile, perhaps before its departure saw this ask
            PendingAsk a = asks.remove(id);
            if (a != null) {
                timer.cancel();
                future.completeExceptionally(new NodeDownException(to.peer.member, "the ask "
                        + type + " to " + to.path()));
            }
            memberGoneLate(to.peer);
        }
        return (CompletionStage<R>) future;
    }

    /** A REPLY arrived: decodes it with the request's codec. The peer's delivery thread. */
    void replied(long id, dev.rt.wire.WireReader in) {
        PendingAsk a = asks.remove(id);
        if (a == null) {
            return; // timed out already: its caller has its answer
        }
        a.timer().cancel();
        try {
            a.future().complete(a.codec().decodeReply(a.request(), in));
        } catch (RuntimeException e) {
            a.future().completeExceptionally(e);
            throw e;
        }
    }

    /** A FAIL arrived. The peer's delivery thread. */
    void failed(long id, int code, String remoteClass, String remoteMessage) {
        PendingAsk a = asks.remove(id);
        if (a == null) {
            return;
        }
        a.timer().cancel();
        String type = a.request().getClass().getSimpleName();
        a.future().completeExceptionally(switch (code) {
            case Kind.GONE -> new dev.rt.ActorTerminatedException(a.target().fullPath(), type);
            case Kind.TIMED_OUT -> new AskTimeoutException(a.target().fullPath(), type,
                    a.timeout());
            default -> new RemoteFailureException(remoteClass, remoteMessage,
                    a.target().fullPath());
        });
    }

    void stopRemote(RemoteRef<?> to) {
        if (to.peer.open()) {
            sendControl(to.peer, Kind.STOP, to.id);
        }
    }

    void sendControl(Peer p, byte kind, long actor) {
        WireWriter w = writer(kind);
        w.writeLong(actor);
        enqueue(p, w, null, null);
    }

    void sendTerminated(Peer p, long actor, Throwable failure) {
        if (!p.open()) {
            return;
        }
        WireWriter w = writer(Kind.TERMINATED);
        w.writeLong(actor);
        w.writeBoolean(failure != null);
        if (failure != null) {
            w.writeString(failure.getClass().getName());
            if (w.present(failure.getMessage())) {
                w.writeString(failure.getMessage());
            }
        }
        enqueue(p, w, null, null);
    }

    void sendFail(Peer p, long askId, byte code, Throwable cause) {
        if (!p.open()) {
            return;
        }
        WireWriter w = writer(Kind.FAIL);
        w.writeLong(askId);
        w.writeByte(code);
        w.writeString(cause.getClass().getName());
        if (w.present(cause.getMessage())) {
            w.writeString(cause.getMessage());
        }
        enqueue(p, w, null, null);
    }

    private void hello(Peer p) {
        WireWriter w = writer(Kind.HELLO);
        w.writeString(nodeName);
        w.writeSize(config.codecs().size());
        for (WireCodec<?> c : config.codecs().values()) {
            w.writeString(c.protocol().getName());
            w.writeString(c.schema().text());
        }
        enqueue(p, w, null, null);
    }

    // =========================================================================================
    // Leaving

    /**
     * Leaves the cluster: every member sees this one leave; asks waiting for other members fail
     * and watches of their actors fire ({@link NodeDownException}). The system keeps running.
     * Idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Peer p : peers.values()) {
            memberGone(p);
        }
        if (channel.getAddress() != null) { // it never had one if its join failed early
            registry.viewChanged();
            topics.viewChanged();
        }
        channel.close();
        sender.shutdown();
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public String toString() {
        return "ClusterNode[" + nodeName + " in " + config.clusterName() + "]";
    }
}
