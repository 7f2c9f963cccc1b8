package dev.rt.cluster;

import dev.rt.ActorRef;
import dev.rt.ActorTerminatedException;
import dev.rt.Cancellable;
import dev.rt.MonitorEvent;
import dev.rt.internal.RemoteSupport;
import dev.rt.internal.Watcher;
import dev.rt.wire.WireCodec;
import dev.rt.wire.WireFormatException;
import dev.rt.wire.WireReader;
import dev.rt.wire.WireWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The cluster-wide registry of a {@link ClusterNode}, from {@link ClusterNode#registry()}: a
 * name registered on one member is found from every member, and is held by one actor in the
 * whole cluster.
 *
 * <pre>{@code
 * node.registry().register("orders", orders.ref()).toCompletableFuture().join();   // member a
 * OrderBookHandle book = OrderBookHandle.of(node.registry()                         // any member
 *         .lookup("orders", OrderMsgCodec.INSTANCE).toCompletableFuture().join());
 * }</pre>
 *
 * <h2>Design</h2>
 * <ul>
 *   <li><b>One owner per name</b> decides it: the member of the current view with the highest
 *       rendezvous weight for the name ({@link #ownerOf}), a hash of the name and the member's
 *       incarnation. Every member that sees the same view computes the same owner, with no
 *       message; a view change moves only the names whose owner joined or left.
 *   <li><b>Registrations live on the owner</b>, and each member keeps its own registrations
 *       too. On every view change each member sends all of its registrations to their (perhaps
 *       new) owners, and each owner drops the entries of members that left the view and of
 *       names it no longer owns. No state moves between owners: what the registrants re-send is
 *       the state.
 *   <li><b>A name is freed</b> when its actor terminates (its member watches it and tells the
 *       owner), on {@link #unregister}, or when its member leaves the view.
 *   <li><b>A conflict</b> can only arise when a view change (a healed network split, or a
 *       registration that raced an owner change) brings two registrations of one name to the
 *       owner. The owner keeps the one whose member has the <em>lower incarnation</em> ({@link
 *       UUID#compareTo}), and tells the other member: its node emits {@link
 *       MonitorEvent.RegistrationLost} (and fails its {@link #register} with {@link
 *       NameTakenException} if that had not completed yet), and stops re-registering the name.
 *       The rule depends on nothing but the two registrations, so every owner, in any view,
 *       at any time, picks the same winner; the order of a merged view would depend on which
 *       coordinator led the merge. A plain {@link #register} of a name that another live member
 *       holds fails instead: it never takes a name away.
 * </ul>
 *
 * <p>Threading: any thread may call any method; none blocks. The registry's state is guarded
 * by its monitor, held for a few map operations; futures complete and events are emitted
 * outside it, on the thread that learnt the outcome (the caller's for a name this node owns,
 * JGroups' delivery thread of the owner's member otherwise). Memory consistency: on this node,
 * actions before {@link #register} happen-before the owner handles the registration (through
 * the owner's monitor when this node owns the name, through the member's outbox otherwise), and
 * so before any lookup that the owner answers with it.
 *
 * <p>Limits: during a view change, until every member has re-sent its registrations, a lookup
 * may fail with {@link NoSuchElementException} for a name that is registered; a registration
 * of a member that refused another is still computed over the view each member sees.
 */
public final class ClusterRegistry {

    /** In REG_ACK: the owner holds this registration. */
    static final byte OK = 0;
    /** In REG_ACK: a fresh registration of a name that another live member holds. */
    static final byte TAKEN = 1;
    /** In REG_ACK: a registration lost to another by the conflict rule. */
    static final byte LOST = 2;

    /** A registration of this node's own, re-sent to its owner on each view change. */
    private static final class Own {
        final String name;
        final ActorRef<?> ref;
        final long actor;
        final String protocol;
        final CompletableFuture<Void> done = new CompletableFuture<>();
        Watcher watcher;

        Own(String name, ActorRef<?> ref, long actor, String protocol) {
            this.name = name;
            this.ref = ref;
            this.actor = actor;
            this.protocol = protocol;
        }
    }

    /**
     * A registration held by this node as the owner of its name.
     *
     * @param member the registrant
     * @param actor the actor's id on that member
     * @param path the actor's path there
     * @param protocol the class name of the actor's protocol
     */
    record Entry(Member member, long actor, String path, String protocol) {}

    private record PendingLookup(CompletableFuture<ActorRef<?>> future, WireCodec<?> codec,
            Member owner, String name, Cancellable timer) {}

    private final ClusterNode node;
    /** This node's registrations, by name. Guarded by this. */
    private final Map<String, Own> own = new HashMap<>();
    /** The registrations of the names this node owns. Guarded by this. */
    private final Map<String, Entry> owned = new HashMap<>();
    private final Map<Long, PendingLookup> lookups = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    ClusterRegistry(ClusterNode node) {
        this.node = node;
    }

    // =========================================================================================
    // The owner rule

    /**
     * The member that decides {@code name} in the view this node sees now.
     *
     * @param name the name
     * @return its owner
     */
    public Member ownerOf(String name) {
        return owner(name, node.members());
    }

    /**
     * Rendezvous (highest-random-weight) hashing: the member whose weight for {@code name} is
     * highest, ties to the lower incarnation. The weight mixes the name's 64-bit FNV-1a hash
     * with the incarnation's bits (MurmurHash3's finalizer), so it is the same on every JVM.
     */
    static Member owner(String name, Collection<Member> members) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xFF)) * 0x100000001b3L;
        }
        Member best = null;
        long bestWeight = 0;
        for (Member m : members) {
            UUID u = m.incarnation();
            long w = mix(h ^ mix(u.getMostSignificantBits() ^ mix(u.getLeastSignificantBits())));
            if (best == null || Long.compareUnsigned(w, bestWeight) > 0
                    || w == bestWeight && u.compareTo(best.incarnation()) < 0) {
                best = m;
                bestWeight = w;
            }
        }
        if (best == null) {
            throw new IllegalStateException("no member to own \"" + name + "\"");
        }
        return best;
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    /** Of two registrations of one name from different members, whether {@code a} wins. */
    static boolean wins(Entry a, Entry b) {
        return a.member().incarnation().compareTo(b.member().incarnation()) < 0;
    }

    // =========================================================================================
    // The API

    /**
     * Registers a local actor under a cluster-wide name. Registering the same actor under the
     * same name again returns the first registration's stage.
     *
     * @param name the name; not blank
     * @param localRef an actor of this node whose protocol has a codec here
     * @param <M> the protocol
     * @return completes when the name's owner holds the registration; fails with {@link
     *     NameTakenException} if an actor of another live member (or another live actor of this
     *     one) holds the name, with {@link ActorTerminatedException} if the actor terminates
     *     first, with {@link TimeoutException} after the system's ask timeout (the registration
     *     is then withdrawn), with {@link IllegalStateException} if this node has left
     * @throws IllegalArgumentException if {@code localRef} is not a local actor, or its
     *     protocol has no codec here
     */
    public <M> CompletionStage<Void> register(String name, ActorRef<M> localRef) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(localRef, "localRef");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a cluster-wide name must not be blank");
        }
        if (!RemoteSupport.isLocal(localRef)) {
            throw new IllegalArgumentException(localRef + " is not a local actor: register it"
                    + " on its own member");
        }
        NodeRefs.Export export = node.refs.export(localRef); // checks the codec
        if (node.isClosed()) {
            return CompletableFuture.failedFuture(left("register \"" + name + "\""));
        }
        long actor = RemoteSupport.identity(localRef);
        Own o;
        synchronized (this) {
            Own held = own.get(name);
            if (held != null) {
                if (held.actor == actor) {
                    return held.done.copy();
                }
                return CompletableFuture.failedFuture(new NameTakenException(name, node.self(),
                        held.ref.path()));
            }
            o = new Own(name, localRef, actor, export.codec().protocol().getName());
            own.put(name, o);
        }
        Duration timeout = node.system().config().askTimeout();
        Cancellable timer = node.system().timers().schedule(timeout, () -> {
            if (o.done.completeExceptionally(new TimeoutException("the owner of \"" + name
                    + "\" did not confirm its registration within " + timeout))) {
                withdraw(o);
            }
        });
        o.done.whenComplete((v, t) -> timer.cancel());
        node.clusterActor(localRef); // stopped if this node loses its quorum
        o.watcher = (dead, failure) -> terminated(o);
        RemoteSupport.watchable(localRef).addWatcher(o.watcher); // soon if it has terminated
        if (RemoteSupport.lookup(node.system(), localRef.path()) == null) {
            terminated(o); // terminated already: nothing is sent
        }
        put(o, true);
        return o.done.copy();
    }

    /**
     * Frees a name that this node registered; a registration still waiting for its owner fails
     * with {@link IllegalStateException}.
     *
     * @param name the name
     * @return whether this node held it
     */
    public boolean unregister(String name) {
        Objects.requireNonNull(name, "name");
        Own o;
        synchronized (this) {
            o = own.remove(name);
        }
        if (o == null) {
            return false;
        }
        RemoteSupport.watchable(o.ref).removeWatcher(o.watcher);
        o.done.completeExceptionally(new IllegalStateException("\"" + name + "\" was"
                + " unregistered before its owner confirmed it"));
        delete(o);
        return true;
    }

    /**
     * A reference to the actor registered under {@code name}, by whichever member: a local
     * reference if it is this node's, otherwise a remote one. Either works with the generated
     * handle ({@code XHandle.of(ref)}).
     *
     * @param name the name
     * @param codec the codec of the actor's protocol
     * @param <M> the protocol
     * @return completes with the reference; fails with {@link NoSuchElementException} if no
     *     actor is registered under {@code name} or it speaks another protocol, with {@link
     *     NodeDownException} if the name's owner leaves before it answers, with {@link
     *     TimeoutException} after the system's ask timeout, with {@link IllegalStateException}
     *     if this node has left
     */
    @SuppressWarnings("unchecked")
    public <M> CompletionStage<ActorRef<M>> lookup(String name, WireCodec<M> codec) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(codec, "codec");
        if (node.isClosed()) {
            return CompletableFuture.failedFuture(left("look \"" + name + "\" up"));
        }
        Member owner = ownerOf(name);
        CompletableFuture<ActorRef<?>> future = new CompletableFuture<>();
        if (owner.equals(node.self())) {
            Entry e = held(name);
            try {
                future.complete(reference(name, e, codec));
            } catch (NoSuchElementException missing) {
                future.completeExceptionally(missing);
            }
            return future.thenApply(r -> (ActorRef<M>) r);
        }
        Peer p = node.peerOf(owner.incarnation());
        long id = ids.incrementAndGet();
        Duration timeout = node.system().config().askTimeout();
        Cancellable timer = node.system().timers().schedule(timeout, () -> {
            PendingLookup l = lookups.remove(id);
            if (l != null) {
                l.future().completeExceptionally(new TimeoutException("the lookup of \"" + name
                        + "\" had no answer from its owner " + owner + " within " + timeout));
            }
        });
        lookups.put(id, new PendingLookup(future, codec, owner, name, timer));
        WireWriter w = node.writer(Kind.REG_GET);
        w.writeLong(id);
        w.writeString(name);
        w.writeString(codec.protocol().getName());
        node.enqueue(p, w, null, null);
        if (!p.open()) {
            ownerGone(id, owner);
        }
        return future.thenApply(r -> (ActorRef<M>) r);
    }

    /** {@return a snapshot of this node's registrations that are held or on their way} */
    public Map<String, ActorRef<?>> localRegistrations() {
        Map<String, ActorRef<?>> out = new TreeMap<>();
        synchronized (this) {
            own.forEach((name, o) -> out.put(name, o.ref));
        }
        return out;
    }

    /** {@return a snapshot of the registrations this node holds as their names' owner} */
    synchronized Map<String, Entry> ownedSnapshot() {
        return new TreeMap<>(owned);
    }

    @Override
    public String toString() {
        synchronized (this) {
            return "ClusterRegistry[" + node.self() + ", " + own.size() + " own, " + owned.size()
                    + " owned]";
        }
    }

    private IllegalStateException left(String what) {
        return new IllegalStateException("node " + node.self() + " has left the cluster: cannot "
                + what);
    }

    private ActorRef<?> reference(String name, Entry e, WireCodec<?> codec) {
        if (e == null) {
            throw new NoSuchElementException("no actor is registered as \"" + name + "\" in the"
                    + " cluster");
        }
        if (!e.protocol().equals(codec.protocol().getName())) {
            throw new NoSuchElementException("the actor registered as \"" + name + "\", "
                    + e.path() + " on " + e.member() + ", speaks " + e.protocol() + ", not "
                    + codec.protocol().getName());
        }
        return reference(e.member().incarnation(), e.actor(), e.path(), codec, name);
    }

    private ActorRef<?> reference(UUID member, long actor, String path, WireCodec<?> codec,
            String name) {
        if (member.equals(node.self().incarnation())) {
            ActorRef<?> local = node.refs.exported(actor);
            if (local == null) {
                throw new NoSuchElementException("the actor registered as \"" + name + "\", "
                        + path + ", has terminated");
            }
            return local;
        }
        return new RemoteRef<>(node, node.peerOf(member), actor, path, codec);
    }

    // =========================================================================================
    // The registrant's side

    /**
     * Sends a registration of this node's to its owner (itself, perhaps), unless it has ended.
     * Any thread. The registration's own monitor orders this with {@link #delete(Own)}: a
     * registration is removed from {@link #own} before its REG_DEL is queued, and this checks
     * {@link #own} before it queues a REG_PUT, so no REG_PUT follows the REG_DEL to the owner.
     * Lock order: a registration's monitor, then the registry's.
     */
    private void put(Own o, boolean fresh) {
        synchronized (o) {
            if (!current(o)) {
                return;
            }
            Member owner = ownerOf(o.name);
            if (owner.equals(node.self())) {
                put(node.self(), o.name, o.actor, o.ref.path(), o.protocol, fresh);
                return;
            }
            Peer p = node.peerOf(owner.incarnation());
            if (!p.open()) {
                return; // it is leaving: the view change that says so re-sends this
            }
            WireWriter w = node.writer(Kind.REG_PUT);
            w.writeString(o.name);
            w.writeLong(o.actor);
            w.writeString(o.ref.path());
            w.writeString(o.protocol);
            w.writeBoolean(fresh);
            node.enqueue(p, w, null, null);
        }
    }

    private synchronized boolean current(Own o) {
        return own.get(o.name) == o;
    }

    /** Tells the owner that a registration of this node's, removed from {@link #own}, ended. */
    private void delete(Own o) {
        synchronized (o) {
            Member owner = ownerOf(o.name);
            if (owner.equals(node.self())) {
                delete(node.self(), o.name, o.actor);
                return;
            }
            Peer p = node.peerOf(owner.incarnation());
            if (p.open()) {
                WireWriter w = node.writer(Kind.REG_DEL);
                w.writeString(o.name);
                w.writeLong(o.actor);
                node.enqueue(p, w, null, null);
            }
        }
    }

    /** The actor of a registration has terminated. Any thread. */
    private void terminated(Own o) {
        synchronized (this) {
            if (!own.remove(o.name, o)) {
                return;
            }
        }
        o.done.completeExceptionally(new ActorTerminatedException(o.ref.path(),
                "register \"" + o.name + "\""));
        delete(o);
    }

    /** A registration timed out before its owner confirmed it. */
    private void withdraw(Own o) {
        synchronized (this) {
            if (!own.remove(o.name, o)) {
                return;
            }
        }
        RemoteSupport.watchable(o.ref).removeWatcher(o.watcher);
        delete(o);
    }

    /** The owner's answer to a registration of this node's. */
    private void acked(String name, long actor, byte outcome, Member holder, String holderPath) {
        Own o;
        synchronized (this) {
            o = own.get(name);
            if (o == null || o.actor != actor) {
                return; // withdrawn meanwhile
            }
            if (outcome != OK) {
                own.remove(name);
            }
        }
        if (outcome == OK) {
            o.done.complete(null);
            return;
        }
        RemoteSupport.watchable(o.ref).removeWatcher(o.watcher);
        NameTakenException taken = new NameTakenException(name, holder, holderPath);
        boolean told = o.done.completeExceptionally(taken);
        if (outcome == LOST || !told) {
            RemoteSupport.emit(node.system(), new MonitorEvent.RegistrationLost(o.ref.path(),
                    name, holder.path() + holderPath));
            ClusterNode.LOG.warn("the registration of \"{}\" by {} was lost to {} on {}", name,
                    o.ref.path(), holderPath, holder);
        }
    }

    // =========================================================================================
    // The owner's side

    /** A registration arrives at its owner (this node). Any thread. */
    private void put(Member from, String name, long actor, String path, String protocol,
            boolean fresh) {
        Entry incoming = new Entry(from, actor, path, protocol);
        Entry holder;
        Entry loser = null;
        byte outcome;
        synchronized (this) {
            Entry held = owned.get(name);
            if (held == null || same(held.member(), from) || !live(held.member())) {
                owned.put(name, incoming);
                outcome = OK;
                holder = incoming;
            } else if (fresh) {
                outcome = TAKEN;
                holder = held;
            } else if (wins(incoming, held)) {
                owned.put(name, incoming);
                outcome = OK;
                holder = incoming;
                loser = held;
            } else {
                outcome = LOST;
                holder = held;
            }
        }
        ack(from, name, actor, outcome, holder);
        if (loser != null) {
            ack(loser.member(), name, loser.actor(), LOST, incoming);
        }
    }

    private void delete(Member from, String name, long actor) {
        synchronized (this) {
            Entry held = owned.get(name);
            if (held != null && same(held.member(), from) && held.actor() == actor) {
                owned.remove(name);
            }
        }
    }

    /** The registration of {@code name} held here, if its member has not left. */
    private Entry held(String name) {
        Entry e;
        synchronized (this) {
            e = owned.get(name);
        }
        return e == null || live(e.member()) ? e : null; // its view change is on its way
    }

    private boolean live(Member m) {
        return same(m, node.self()) || node.peerOf(m.incarnation()).open();
    }

    /** Members are the same start of a node when their incarnations are (names may differ). */
    private static boolean same(Member a, Member b) {
        return a.incarnation().equals(b.incarnation());
    }

    private void ack(Member to, String name, long actor, byte outcome, Entry holder) {
        if (same(to, node.self())) {
            acked(name, actor, outcome, holder.member(), holder.path());
            return;
        }
        Peer p = node.peerOf(to.incarnation());
        if (!p.open()) {
            return;
        }
        WireWriter w = node.writer(Kind.REG_ACK);
        w.writeString(name);
        w.writeLong(actor);
        w.writeByte(outcome);
        if (outcome != OK) {
            w.writeUuid(holder.member().incarnation());
            w.writeString(holder.member().name());
            w.writeString(holder.path());
        }
        node.enqueue(p, w, null, null);
    }

    // =========================================================================================
    // From other members (their delivery threads)

    /** An envelope of the registry's kinds from {@code from}. */
    void receive(Peer from, byte kind, WireReader in) {
        switch (kind) {
            case Kind.REG_PUT -> {
                String name = in.readString();
                long actor = in.readLong();
                String path = in.readString();
                String protocol = in.readString();
                boolean fresh = in.readBoolean();
                if (from.open()) {
                    put(from.member, name, actor, path, protocol, fresh);
                }
            }
            case Kind.REG_ACK -> {
                String name = in.readString();
                long actor = in.readLong();
                byte outcome = in.readByte();
                if (outcome == OK) {
                    acked(name, actor, OK, null, null);
                } else if (outcome == TAKEN || outcome == LOST) {
                    UUID holder = in.readUuid();
                    String holderName = in.readString();
                    acked(name, actor, outcome, new Member(holderName, holder), in.readString());
                } else {
                    throw new WireFormatException("unknown registration outcome " + outcome);
                }
            }
            case Kind.REG_DEL -> {
                String name = in.readString();
                delete(from.member, name, in.readLong());
            }
            case Kind.REG_GET -> get(from, in.readLong(), in.readString(), in.readString());
            case Kind.REG_FOUND -> found(in);
            default -> throw new WireFormatException("not a registry kind: " + kind);
        }
    }

    private void get(Peer from, long id, String name, String protocol) {
        Entry e = held(name);
        WireWriter w = node.writer(Kind.REG_FOUND);
        w.writeLong(id);
        if (e != null && e.protocol().equals(protocol)) {
            w.writeBoolean(true);
            w.writeUuid(e.member().incarnation());
            w.writeLong(e.actor());
            w.writeString(e.path());
        } else {
            w.writeBoolean(false);
            w.writeString(e == null ? "no actor is registered as \"" + name + "\" in the cluster"
                    + " (asked its owner " + node.self() + ")"
                    : "the actor registered as \"" + name + "\", " + e.path() + " on "
                            + e.member() + ", speaks " + e.protocol() + ", not " + protocol);
        }
        if (from.open()) {
            node.enqueue(from, w, null, null);
        }
    }

    private void found(WireReader in) {
        long id = in.readLong();
        boolean found = in.readBoolean();
        UUID member = found ? in.readUuid() : null;
        long actor = found ? in.readLong() : -1;
        String pathOrReason = in.readString();
        PendingLookup l = lookups.remove(id);
        if (l == null) {
            return; // timed out, or its owner left: the caller has its answer
        }
        l.timer().cancel();
        if (!found) {
            l.future().completeExceptionally(new NoSuchElementException(pathOrReason));
            return;
        }
        try {
            l.future().complete(reference(member, actor, pathOrReason, l.codec(), l.name()));
        } catch (NoSuchElementException e) {
            l.future().completeExceptionally(e);
        }
    }

    private void ownerGone(long id, Member owner) {
        PendingLookup l = lookups.remove(id);
        if (l != null) {
            l.timer().cancel();
            l.future().completeExceptionally(new NodeDownException(owner, "the lookup of \""
                    + l.name() + "\""));
        }
    }

    // =========================================================================================
    // View changes

    /**
     * The view has changed (or this node has left): drops the entries of members that left and
     * of names this node no longer owns, fails the lookups whose owner left, and re-sends every
     * registration of this node's to its owner. The thread that installs a view.
     */
    void viewChanged() {
        List<Member> members = node.members();
        Set<UUID> live = new HashSet<>();
        for (Member m : members) {
            live.add(m.incarnation());
        }
        Member self = node.self();
        boolean closed = node.isClosed();
        List<Own> mine;
        synchronized (this) {
            owned.entrySet().removeIf(e -> closed
                    || !live.contains(e.getValue().member().incarnation())
                    || !owner(e.getKey(), members).equals(self));
            mine = new ArrayList<>(own.values());
        }
        for (Map.Entry<Long, PendingLookup> l : lookups.entrySet()) {
            if (closed || !live.contains(l.getValue().owner().incarnation())) {
                ownerGone(l.getKey(), l.getValue().owner());
            }
        }
        if (closed) {
            for (Own o : mine) {
                o.done.completeExceptionally(left("register \"" + o.name + "\""));
            }
            return;
        }
        for (Own o : mine) {
            put(o, !o.done.isDone()); // one still waiting may not take a name from its holder
        }
    }
}
