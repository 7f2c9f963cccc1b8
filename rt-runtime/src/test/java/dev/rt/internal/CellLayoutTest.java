package dev.rt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.ClassLayout;
import org.openjdk.jol.info.FieldLayout;
import org.openjdk.jol.vm.VM;

/**
 * The cell's fields as this JVM lays them out (read with JOL): the fields that an actor's
 * thread writes for every message it handles share no cache line with the fields that its
 * senders read on every tell, wherever the cell starts in its line. See "Layout" in {@link
 * CellCore}.
 */
class CellLayoutTest {

    private static final int LINE = 64;

    /** Read (or, for {@code tail}, swapped) by every tell: see CellMailbox#send. */
    private static final List<String> SENDERS_READ =
            List.of("status", "state", "bound", "urgent", "streaming", "tail");

    /** Written by the actor's thread for every message: see ActorCell#invoke. */
    private static final List<String> HANDLER_WRITES = List.of("current", "processed");

    @Test
    void theHandlersWritesShareNoCacheLineWithWhatSendersRead() {
        assertEquals(List.of(), sharedLines(SENDERS_READ, HANDLER_WRITES), () -> "a handler's"
                + " writes would take away the line its senders read; move the fields apart (see"
                + " CellCore's Layout paragraph):\n"
                + ClassLayout.parseClass(ActorCell.class).toPrintable());
    }

    @Test
    void theCheckSeesFieldsThatShareALine() {
        // the test above must be able to fail: status and interrupts are two ints on one 8-byte
        // boundary, so they share a line at every start
        int starts = LINE / VM.current().objectAlignment();
        assertEquals(starts, sharedLines(List.of("status"), List.of("interrupts")).size());
    }

    /**
     * {@return each pair of a field in {@code reads} and one in {@code writes} that share a cache
     * line, with the place in the line where the cell starts, for every start the JVM's object
     * alignment allows}
     */
    private static List<String> sharedLines(List<String> reads, List<String> writes) {
        Map<String, FieldLayout> fields = new TreeMap<>();
        for (FieldLayout f : ClassLayout.parseClass(ActorCell.class).fields()) {
            fields.put(f.name(), f);
        }
        for (List<String> names : List.of(reads, writes)) {
            for (String name : names) {
                assertTrue(fields.containsKey(name), "the cell has no field " + name
                        + " (renamed?); update this test's lists and CellCore's Layout paragraph");
            }
        }
        List<String> shared = new ArrayList<>();
        for (int start = 0; start < LINE; start += VM.current().objectAlignment()) {
            for (String read : reads) {
                for (String written : writes) {
                    if (shareALine(start, fields.get(read), fields.get(written))) {
                        shared.add(read + " and " + written + " for a cell at " + start
                                + " bytes into a line");
                    }
                }
            }
        }
        return shared;
    }

    private static boolean shareALine(int start, FieldLayout a, FieldLayout b) {
        long aFirst = (start + a.offset()) / LINE;
        long aLast = (start + a.offset() + a.size() - 1) / LINE;
        long bFirst = (start + b.offset()) / LINE;
        long bLast = (start + b.offset() + b.size() - 1) / LINE;
        return aFirst <= bLast && bFirst <= aLast;
    }
}
