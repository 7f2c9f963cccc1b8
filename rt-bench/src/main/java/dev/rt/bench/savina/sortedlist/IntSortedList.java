package dev.rt.bench.savina.sortedlist;

/**
 * A singly linked list of ints kept in ascending order, duplicates included, with the costs of
 * Savina's {@code SortedLinkedList}: insertion walks to the place, {@link #contains} walks until
 * it finds the value (it does not stop early on a larger one), and {@link #size} counts the nodes.
 */
final class IntSortedList {

    /** One element. */
    private static final class Node {
        final int value;
        Node next;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }
    }

    private Node head;

    /** Creates an empty list. */
    IntSortedList() {}

    /**
     * Inserts a value after every element not larger than it.
     *
     * @param value the value
     */
    void add(int value) {
        if (head == null || value < head.value) {
            head = new Node(value, head);
            return;
        }
        Node before = head;
        while (before.next != null && before.next.value <= value) {
            before = before.next;
        }
        before.next = new Node(value, before.next);
    }

    /**
     * {@return whether the list holds the value}
     *
     * @param value the value
     */
    boolean contains(int value) {
        for (Node n = head; n != null; n = n.next) {
            if (n.value == value) {
                return true;
            }
        }
        return false;
    }

    /** {@return the number of elements, counted node by node} */
    int size() {
        int count = 0;
        for (Node n = head; n != null; n = n.next) {
            count++;
        }
        return count;
    }

    /** {@return whether the elements are in ascending order} */
    boolean isSorted() {
        for (Node n = head; n != null && n.next != null; n = n.next) {
            if (n.next.value < n.value) {
                return false;
            }
        }
        return true;
    }
}
