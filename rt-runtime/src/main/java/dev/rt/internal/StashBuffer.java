package dev.rt.internal;

import dev.rt.Stash;
import dev.rt.StashOverflowException;
import java.util.ArrayDeque;

/**
 * An actor's {@link Stash}: the messages it set aside, and those it unstashed and has not handled
 * yet, which its mailbox layer hands out before the mailbox ({@link CellMailbox#nextMessage}).
 * Created by the actor's first {@code context.stash()}; an actor that never stashes has none.
 *
 * <p>Concurrency: confined to the actor's thread (the one running its turn), but for {@link
 * #count}, which other threads read for the accounting and the snapshot: written by the actor's
 * thread after each change, read with a volatile read, so a reader sees a recent count, exact once
 * the actor is quiet (the accounting's promise).
 */
final class StashBuffer implements Stash {
    private final ActorCell<?, ?> cell;
    private final int capacity;
    private final ArrayDeque<Object> stashed = new ArrayDeque<>();
    private final ArrayDeque<Object> replay = new ArrayDeque<>();
    /** Whether {@link #nextReplay}, asked at the cell's last take, returned a message. */
    private boolean lastReplayed;
    /** {@code stashed.size() + replay.size()}, for other threads. */
    private volatile int count;

    StashBuffer(ActorCell<?, ?> cell, int capacity) {
        this.cell = cell;
        this.capacity = capacity;
    }

    @Override
    public void stash() {
        cell.checkOnActorThread("stash().stash");
        Object current = cell.takeCurrentForStash();
        if (stashed.size() + replay.size() >= capacity) {
            cell.restoreCurrent(current);
            throw new StashOverflowException(cell.path(), capacity,
                    ActorCell.payload(current).getClass().getSimpleName());
        }
        stashed.addLast(current);
        count = stashed.size() + replay.size();
    }

    @Override
    public int unstashAll() {
        cell.checkOnActorThread("stash().unstashAll");
        return unstashAllOnActorThread();
    }

    /** As {@link #unstashAll()}, from the runtime, on the actor's thread: at a restart. */
    int unstashAllOnActorThread() {
        int n = stashed.size();
        replay.addAll(stashed);
        stashed.clear();
        return n;
    }

    @Override
    public int size() {
        return count;
    }

    @Override
    public int capacity() {
        return capacity;
    }

    /** {@return whether unstashed messages wait} The actor's thread. */
    boolean replaying() {
        return !replay.isEmpty();
    }

    /** {@return the next unstashed message (a message or an ask promise), or null} */
    Object nextReplay() {
        Object m = replay.pollFirst();
        lastReplayed = m != null;
        if (m != null) {
            count = stashed.size() + replay.size();
        }
        return m;
    }

    /** {@return whether the last take of the cell was an unstashed message} */
    boolean lastWasReplayed() {
        return lastReplayed;
    }

    /** Puts the unstashed message just taken back at the head; see {@link #lastWasReplayed}. */
    void putBackReplayed(Object m) {
        replay.addFirst(m);
        lastReplayed = false;
        count = stashed.size() + replay.size();
    }

    /** Reports every message, unstashed ones first, as a dead letter; the actor's thread. */
    void drain(SystemCore system, String path, String reason) {
        Object m;
        while ((m = replay.pollFirst()) != null || (m = stashed.pollFirst()) != null) {
            count = stashed.size() + replay.size();
            system.deadLetter(path, m, reason + ", with the message stashed");
        }
    }

    @Override
    public String toString() {
        return "Stash[" + cell.path() + ", " + count + " of " + capacity + "]";
    }
}
