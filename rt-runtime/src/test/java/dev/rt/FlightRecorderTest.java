package dev.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.annotation.Overflow;
import dev.rt.annotation.Strategy;
import dev.rt.supervision.ChildSpec;
import dev.rt.supervision.Supervisor;
import dev.rt.supervision.SupervisorSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ActorSystemConfig.Builder#flightRecorder}: the RT events in a real JFR recording, read
 * back from its file, with their fields.
 */
class FlightRecorderTest {

    private static final List<String> RT_EVENTS = List.of("dev.rt.ActorFailed",
            "dev.rt.ActorRestarted", "dev.rt.SupervisorEscalated", "dev.rt.DeadLetter",
            "dev.rt.MessageDropped", "dev.rt.ActorBlocked");

    @TempDir
    Path dir;

    private static Recording recording() {
        Recording r = new Recording();
        for (String name : RT_EVENTS) {
            r.enable(name);
        }
        r.start();
        return r;
    }

    /** Stops the recording, dumps it and reads back its RT events, by name. */
    private Map<String, List<RecordedEvent>> read(Recording r, String file) throws Exception {
        r.stop();
        Path out = dir.resolve(file);
        r.dump(out);
        r.close();
        assertTrue(Files.size(out) > 0);
        return RecordingFile.readAllEvents(out).stream()
                .filter(e -> e.getEventType().getName().startsWith("dev.rt."))
                .collect(Collectors.groupingBy(e -> e.getEventType().getName()));
    }

    /**
     * Opens on the first event of {@code type}: a subscriber added after the system's own JFR
     * listener (installed when the system is created), so told after the JFR event is written.
     */
    private static CountDownLatch after(ActorSystem system, Class<? extends MonitorEvent> type) {
        CountDownLatch latch = new CountDownLatch(1);
        system.events().subscribe(type, e -> latch.countDown());
        return latch;
    }

    @Test
    void failuresRestartsDropsAndDeadLettersAreRecordedWithTheirFields() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        Recording recording = recording();
        try (ActorSystem system = ActorSystem.create("jfr", ActorSystemConfig.builder()
                .flightRecorder(true).monitor(monitor).build())) {
            Supervisor sup = Supervisor.start(system, "sup",
                    SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                            .child(ChildSpec.worker("a", Counter::new,
                                    Counter.CounterDescriptor.INSTANCE))
                            .build());
            ActorRef<Counter.Msg> a = sup.child("a");
            CountDownLatch restarted = after(system, MonitorEvent.ActorRestarted.class);
            a.tell(new Counter.Fail("boom"));
            assertTrue(restarted.await(30, TimeUnit.SECONDS));

            // a mailbox of one, its actor held: the second message waiting is dropped
            ActorRef<Counter.Msg> small = system.spawn("small", Counter::new,
                    Counter.CounterDescriptor.INSTANCE, Mailbox.bounded(1, Overflow.DROP_NEWEST));
            CountDownLatch entered = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            small.tell(new Counter.Block(entered, release));
            assertTrue(entered.await(30, TimeUnit.SECONDS));
            small.tell(new Counter.Add(1));
            small.tell(new Counter.Add(2)); // dropped
            release.countDown();

            ActorRef<Counter.Msg> gone = Counter.spawn(system, "gone");
            gone.stop();
            monitor.awaitStopped(gone.path());
            gone.tell(new Counter.Add(3)); // a dead letter
        }
        Map<String, List<RecordedEvent>> events = read(recording, "rt.jfr");

        RecordedEvent failed = events.get("dev.rt.ActorFailed").get(0);
        assertEquals("/user/sup/a", failed.getString("path"));
        assertEquals("Fail", failed.getString("messageType"));
        assertEquals(IllegalStateException.class.getName(), failed.getString("causeClass"));
        assertEquals("boom", failed.getString("causeMessage"));
        assertEquals(List.of("RT"), failed.getEventType().getCategoryNames());

        RecordedEvent restarted = events.get("dev.rt.ActorRestarted").get(0);
        assertEquals("/user/sup/a", restarted.getString("path"));
        assertEquals(1, restarted.getInt("restarts"));
        assertEquals("boom", restarted.getString("causeMessage"));

        RecordedEvent dropped = events.get("dev.rt.MessageDropped").get(0);
        assertEquals("/user/small", dropped.getString("path"));
        assertEquals("Add", dropped.getString("messageType"));
        assertEquals("DROP_NEWEST", dropped.getString("policy"));
        assertEquals(1, dropped.getInt("capacity"));
        assertEquals(1, events.get("dev.rt.MessageDropped").size());

        RecordedEvent dead = events.get("dev.rt.DeadLetter").stream()
                .filter(e -> e.getString("path").equals("/user/gone")).findFirst().orElseThrow();
        assertEquals("Add", dead.getString("messageType"));
        assertTrue(!dead.getString("reason").isEmpty());
    }

    @Test
    void anEscalationIsRecorded() throws Exception {
        Recording recording = recording();
        ActorSystem system = ActorSystem.create("jfr-escalation",
                ActorSystemConfig.builder().flightRecorder(true).build());
        Supervisor sup = Supervisor.start(system, "sup", SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                .intensity(0, Duration.ofMinutes(1))
                .child(ChildSpec.worker("a", Counter::new, Counter.CounterDescriptor.INSTANCE))
                .build());
        ActorRef<Counter.Msg> a = sup.child("a");
        a.tell(new Counter.Fail("once is too many"));
        assertThrows(ExecutionException.class,
                () -> system.whenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS));
        Map<String, List<RecordedEvent>> events = read(recording, "escalation.jfr");
        RecordedEvent escalated = events.get("dev.rt.SupervisorEscalated").get(0);
        assertEquals("/user/sup", escalated.getString("path"));
        assertTrue(escalated.getString("causeClass").startsWith("dev.rt."),
                escalated.getString("causeClass"));
    }

    @Test
    void aBlockedTurnIsRecorded() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        Recording recording = recording();
        try (ActorSystem system = ActorSystem.create("jfr-blocked", ActorSystemConfig.builder()
                .flightRecorder(true).monitor(monitor)
                .blockedThreshold(Duration.ofMillis(20)).build())) {
            CountDownLatch reported = after(system, MonitorEvent.ActorBlocked.class);
            ActorRef<Counter.Msg> c = Counter.spawn(system, "c");
            CountDownLatch entered = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            c.tell(new Counter.Block(entered, release));
            assertTrue(entered.await(30, TimeUnit.SECONDS));
            assertTrue(reported.await(30, TimeUnit.SECONDS));
            release.countDown();
        }
        Map<String, List<RecordedEvent>> events = read(recording, "blocked.jfr");
        RecordedEvent blocked = events.get("dev.rt.ActorBlocked").get(0);
        assertEquals("/user/c", blocked.getString("path"));
        MonitorEvent.ActorBlocked reported = monitor.all(MonitorEvent.ActorBlocked.class).get(0);
        assertEquals(Duration.ofMillis(reported.blockedMillis()), blocked.getDuration("blocked"));
        assertEquals(reported.thread(), blocked.getString("thread"));
    }

    @Test
    void withoutTheSwitchNothingIsRecorded() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        Recording recording = recording();
        try (ActorSystem system = ActorSystem.create("no-jfr",
                ActorSystemConfig.builder().monitor(monitor).build())) {
            ActorRef<Counter.Msg> c = Counter.spawn(system, "c");
            c.tell(new Counter.Fail("unrecorded"));
            monitor.awaitStopped(c.path());
            c.tell(new Counter.Add(1));
        }
        assertEquals(Map.of(), read(recording, "none.jfr"));
    }
}
