package dev.rt.bench.savina.astar;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The graph of A-Star Search, which both runtimes share as Savina's actors do: the nodes of a
 * {@code size³} grid, each linked to up to six of the next nodes of its cube, and each node's
 * parent on the path from the origin, which the workers claim with a compare-and-set. Node
 * {@code (i, j, k)} has id {@code (i * size + j) * size + k}; the origin is node 0 and the
 * target the node at 80% of each axis.
 */
public final class Grid {

    private static final int NO_PARENT = -1;

    private final int size;
    private final int[][] neighbors;
    private final AtomicIntegerArray parents;

    /**
     * Builds Savina's graph: the links are drawn from {@code java.util.Random(123456)}, in the
     * order Savina draws them.
     *
     * @param size the side of the grid
     */
    public Grid(int size) {
        this.size = size;
        int nodes = size * size * size;
        this.neighbors = new int[nodes][];
        this.parents = new AtomicIntegerArray(nodes);
        Random random = new Random(123456L);
        int[] found = new int[6];
        for (int id = 0; id < nodes; id++) {
            int ni = id / (size * size);
            int nj = id / size % size;
            int nk = id % size;
            int count = 0;
            int iteration = 0;
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    for (int k = 0; k < 2; k++) {
                        iteration++;
                        if (iteration == 1 || iteration == 8) {
                            continue;
                        }
                        boolean add = (iteration == 7 && count == 0) || random.nextBoolean();
                        if (add) {
                            int other = id(Math.min(size - 1, ni + i), Math.min(size - 1, nj + j),
                                    Math.min(size - 1, nk + k));
                            if (other != id && !contains(found, count, other)) {
                                found[count++] = other;
                            }
                        }
                    }
                }
            }
            neighbors[id] = Arrays.copyOf(found, count);
        }
        reset();
    }

    private static boolean contains(int[] a, int n, int value) {
        for (int i = 0; i < n; i++) {
            if (a[i] == value) {
                return true;
            }
        }
        return false;
    }

    private int id(int i, int j, int k) {
        return (i * size + j) * size + k;
    }

    /** Forgets every parent, for the next run. */
    public void reset() {
        for (int i = 0; i < parents.length(); i++) {
            parents.set(i, NO_PARENT);
        }
    }

    /** {@return the origin of the search} */
    public int origin() {
        return 0;
    }

    /** {@return the target of the search} */
    public int target() {
        int axis = (int) (0.80 * size);
        return id(axis, axis, axis);
    }

    /**
     * Searches breadth-first from {@code start}, as one worker does for one message: at most
     * {@code threshold} nodes, each after Savina's busy wait, claiming the parent of every
     * neighbour not claimed yet.
     *
     * @param start where the search starts
     * @param threshold nodes it processes at most
     * @return null if it reached the target; else the nodes it claimed but did not process, to
     *     be searched from next
     */
    public int[] search(int start, int threshold) {
        int target = target();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        int processed = 0;
        while (!queue.isEmpty() && processed < threshold) {
            processed++;
            busyWait();
            int node = queue.poll();
            for (int neighbor : neighbors[node]) {
                if (parents.compareAndSet(neighbor, NO_PARENT, node)) {
                    if (neighbor == target) {
                        return null;
                    }
                    queue.add(neighbor);
                }
            }
        }
        int[] rest = new int[queue.size()];
        for (int i = 0; i < rest.length; i++) {
            rest[i] = queue.poll();
        }
        return rest;
    }

    /** Savina's unit of work per node: a hundred calls of {@link Math#random()}. */
    private static void busyWait() {
        for (int i = 0; i < 100; i++) {
            Math.random();
        }
    }

    /**
     * Checks that the target was reached: that its parents lead back to the origin.
     *
     * @param runtime the runtime's name, for the message
     * @throws IllegalStateException if they do not
     */
    public void checkPath(String runtime) {
        int node = target();
        int steps = 0;
        while (node != origin()) {
            node = parents.get(node);
            if (node == NO_PARENT || ++steps > parents.length()) {
                throw new IllegalStateException("A-Star (" + runtime + "): the search did not"
                        + " reach the target " + target() + " from the origin");
            }
        }
    }
}
