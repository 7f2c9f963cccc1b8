package dev.rt.cluster;

import java.util.concurrent.atomic.AtomicBoolean;
import org.jctools.queues.varhandle.MpscUnboundedVarHandleArrayQueue;
import org.jgroups.Address;

/**
 * Another member as this node sees it: its state in the handshake, and its outbox.
 *
 * <h2>Ordering</h2>
 * Senders encode on their own thread and add the envelope to the outbox, a lock-free MPSC queue
 * (so the envelopes of one sender thread stay in its order). At most one flush per peer runs at
 * a time, on the node's sender thread: {@link #flushing} moves from false to true by CAS, and
 * only the winner submits a flush. The flush drains the outbox into frames of up to the frame
 * limit, in queue order, and hands each to JGroups, whose UNICAST3 delivers frames from one
 * member to another reliably and in order. So messages from one sender thread to one remote
 * actor are handled in the order sent, as locally. Envelopes queued while a flush runs go out in
 * the same frame or the next: under load many messages share a frame, with no timer.
 *
 * <h2>Departure</h2>
 * When the member leaves, {@link #state} becomes {@link #GONE} before the outbox is drained
 * into dead letters; a sender that queued concurrently sees GONE after its offer and schedules
 * a flush, which drains it too. So an envelope either leaves or is reported.
 */
final class Peer {

    /** Joined; its HELLO has not arrived yet. Traffic flows (UNICAST3 orders HELLO first). */
    static final int JOINING = 0;
    /** Its HELLO arrived and its protocols can talk to this node's. */
    static final int READY = 1;
    /** Its HELLO showed protocols that cannot talk to this node's: no traffic either way. */
    static final int REFUSED = 2;
    /** It left the cluster. */
    static final int GONE = 3;

    final Member member;
    final Address address;
    /** Its position in the view when it was first seen: lower joined earlier. */
    final int rank;
    volatile int state = JOINING;
    /** Why it was refused, for the dead letters; set before {@link #REFUSED}. */
    volatile String refusal;
    final MpscUnboundedVarHandleArrayQueue<Outgoing> outbox =
            new MpscUnboundedVarHandleArrayQueue<>(256);
    final AtomicBoolean flushing = new AtomicBoolean();

    Peer(Member member, Address address, int rank) {
        this.member = member;
        this.address = address;
        this.rank = rank;
    }

    /** {@return whether messages to this member are still sent} */
    boolean open() {
        int s = state;
        return s == JOINING || s == READY;
    }

    /** {@return why nothing is sent to it any more} */
    String closedReason() {
        return state == REFUSED ? "member " + member + " was refused: " + refusal
                : "member " + member + " has left the cluster";
    }

    @Override
    public String toString() {
        return member.toString();
    }
}
