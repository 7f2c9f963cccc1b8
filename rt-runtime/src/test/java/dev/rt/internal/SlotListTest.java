package dev.rt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The supervisor's start order, checked against a plain list under random edits. */
class SlotListTest {

    private static ChildSlot slot() {
        return new ChildSlot(null, true);
    }

    private static List<ChildSlot> forwards(SlotList list) {
        List<ChildSlot> out = new ArrayList<>();
        list.forEach(out::add);
        return out;
    }

    private static List<ChildSlot> backwards(SlotList list) {
        List<ChildSlot> out = new ArrayList<>();
        list.reversed().forEach(out::add);
        return out;
    }

    @Test
    void randomEditsKeepTheSameOrderAsAnArrayList() {
        Random random = new Random(42);
        SlotList list = new SlotList();
        List<ChildSlot> model = new ArrayList<>();
        for (int step = 0; step < 20_000; step++) {
            int op = random.nextInt(4);
            if (op == 0 || model.isEmpty()) {
                ChildSlot s = slot();
                list.add(s);
                model.add(s);
            } else if (op == 1) {
                ChildSlot s = model.remove(random.nextInt(model.size()));
                list.remove(s);
                list.remove(s); // a second removal is a no-op
            } else if (op == 2) {
                int at = random.nextInt(model.size());
                ChildSlot fresh = slot();
                list.replace(model.get(at), fresh);
                model.set(at, fresh);
            } else {
                int at = random.nextInt(model.size());
                assertEquals(model.subList(at, model.size()), list.from(model.get(at)));
            }
            assertEquals(model.size(), list.size());
        }
        assertEquals(model, forwards(list));
        assertEquals(model, list.toList());
        List<ChildSlot> reversed = new ArrayList<>(model);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, backwards(list));
    }

    @Test
    void removingTheOnlySlotEmptiesTheList() {
        SlotList list = new SlotList();
        ChildSlot only = slot();
        list.add(only);
        list.remove(only);
        assertEquals(0, list.size());
        assertEquals(List.of(), forwards(list));
        assertEquals(List.of(), backwards(list));
        list.add(only);
        assertEquals(List.of(only), forwards(list));
    }
}
