package dev.rt;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A monitor that keeps every event, for assertions. */
public final class RecordingMonitor implements Monitor {

    public final List<MonitorEvent> events = new CopyOnWriteArrayList<>();
    private final List<Waiter> waiters = new CopyOnWriteArrayList<>();

    private record Waiter(Predicate<MonitorEvent> match, CountDownLatch latch) {}

    @Override
    public void onEvent(MonitorEvent event) {
        events.add(event);
        for (Waiter w : waiters) {
            if (w.match.test(event)) {
                w.latch.countDown();
            }
        }
    }

    public <E extends MonitorEvent> List<E> all(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Waits until {@code n} events matching {@code match} have been seen (counting past ones). */
    public void await(int n, Predicate<MonitorEvent> match) throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(n);
        waiters.add(new Waiter(match, latch));
        for (MonitorEvent e : events) {
            if (match.test(e)) {
                latch.countDown();
            }
        }
        if (!latch.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("waited 30 s for " + n + " matching events; saw " + events);
        }
    }

    public void awaitStopped(String path) throws InterruptedException {
        await(1, e -> e instanceof MonitorEvent.ActorStopped s && s.path().equals(path));
    }
}
