package dev.rt.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A supervisor's children in start order: an intrusive doubly linked list of {@link
 * ChildSlot}s, so that a child that leaves is unlinked in constant time. A simple
 * one-for-one supervisor with many dynamic children that come and go would otherwise pay for a
 * scan and a shift of an array list at every exit.
 *
 * <p>Not thread-safe: confined to the supervisor's thread, like everything in {@link
 * SupervisorActor}.
 */
final class SlotList implements Iterable<ChildSlot> {

    private ChildSlot first;
    private ChildSlot last;
    private int size;

    /** {@return how many slots there are} */
    int size() {
        return size;
    }

    /** Appends a slot at the end of the start order. */
    void add(ChildSlot slot) {
        slot.prev = last;
        slot.next = null;
        if (last == null) {
            first = slot;
        } else {
            last.next = slot;
        }
        last = slot;
        size++;
    }

    /** Puts {@code fresh} where {@code old} is, and unlinks {@code old}. */
    void replace(ChildSlot old, ChildSlot fresh) {
        fresh.prev = old.prev;
        fresh.next = old.next;
        if (old.prev == null) {
            first = fresh;
        } else {
            old.prev.next = fresh;
        }
        if (old.next == null) {
            last = fresh;
        } else {
            old.next.prev = fresh;
        }
        old.prev = null;
        old.next = null;
    }

    /** Unlinks a slot; nothing happens if it is not in the list. */
    void remove(ChildSlot slot) {
        if (slot.prev == null && first != slot) {
            return;
        }
        if (slot.prev == null) {
            first = slot.next;
        } else {
            slot.prev.next = slot.next;
        }
        if (slot.next == null) {
            last = slot.prev;
        } else {
            slot.next.prev = slot.prev;
        }
        slot.prev = null;
        slot.next = null;
        size--;
    }

    /** {@return a copy of the slots from {@code from} to the end, in start order} */
    List<ChildSlot> from(ChildSlot from) {
        List<ChildSlot> out = new ArrayList<>();
        for (ChildSlot s = from; s != null; s = s.next) {
            out.add(s);
        }
        return out;
    }

    /** {@return a copy of all slots, in start order} */
    List<ChildSlot> toList() {
        return first == null ? new ArrayList<>() : from(first);
    }

    /** {@return the slots in reverse start order} */
    Iterable<ChildSlot> reversed() {
        return () -> new Walk(last, true);
    }

    @Override
    public Iterator<ChildSlot> iterator() {
        return new Walk(first, false);
    }

    /** Walks the links; the slot it has just returned may be unlinked meanwhile. */
    private static final class Walk implements Iterator<ChildSlot> {
        private ChildSlot next;
        private final boolean backwards;

        Walk(ChildSlot start, boolean backwards) {
            this.next = start;
            this.backwards = backwards;
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public ChildSlot next() {
            ChildSlot s = next;
            if (s == null) {
                throw new NoSuchElementException();
            }
            next = backwards ? s.prev : s.next;
            return s;
        }
    }
}
