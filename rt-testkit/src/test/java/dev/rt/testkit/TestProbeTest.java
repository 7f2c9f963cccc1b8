package dev.rt.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.Accounting;
import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.RecordingMonitor;
import dev.rt.Request;
import dev.rt.Terminated;
import dev.rt.testkit.Subject.SubjectDescriptor;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TestProbeTest {

    /** Short: only the failing expectations wait for it. */
    private static final Duration SHORT = Duration.ofMillis(50);

    private final ActorSystem system = ActorSystem.create("probes");

    @AfterEach
    void close() {
        system.close();
    }

    private ActorRef<Subject.Msg> subject(String name) {
        return system.spawn(name, Subject::new, SubjectDescriptor.INSTANCE);
    }

    @Test
    void recordsWhatItReceivesInOrder() {
        TestProbe<String> probe = TestProbe.create(system, "p");
        assertEquals("/user/p", probe.ref().path());
        probe.ref().tell("a");
        probe.ref().tell("b");
        probe.ref().tell("c");
        assertEquals("a", probe.expectMessage());
        assertEquals("b", probe.expectMessage("b"));
        assertEquals("c", probe.receiveMessage(Duration.ofSeconds(10)));
    }

    @Test
    void anotherMessageThanExpectedFailsClearly() {
        TestProbe<String> probe = TestProbe.create(system, "p");
        probe.ref().tell("actual");
        AssertionError e = assertThrows(AssertionError.class, () -> probe.expectMessage("wanted"));
        assertTrue(e.getMessage().contains("expected wanted (java.lang.String)"), e.getMessage());
        assertTrue(e.getMessage().contains("but got actual (java.lang.String)"), e.getMessage());
    }

    @Test
    void noMessageInTimeFailsClearly() {
        TestProbe<String> probe = TestProbe.<String>create(system, "p").defaultTimeout(SHORT);
        AssertionError e = assertThrows(AssertionError.class, () -> probe.expectMessage("x"));
        assertTrue(e.getMessage().contains("/user/p expected x"), e.getMessage());
        assertTrue(e.getMessage().contains("no message arrived"), e.getMessage());
        assertThrows(AssertionError.class, probe::expectMessage);
    }

    @Test
    void expectMessageClassChecksTheType() {
        TestProbe<Subject.Msg> probe = TestProbe.create(system, "p", Subject.Msg.class);
        probe.ref().tell(new Subject.Add(3));
        assertEquals(3, probe.expectMessageClass(Subject.Add.class).n());
        probe.ref().tell(new Subject.Tick());
        AssertionError e = assertThrows(AssertionError.class,
                () -> probe.expectMessageClass(Subject.Add.class));
        assertTrue(e.getMessage().contains("expected a " + Subject.Add.class.getName()),
                e.getMessage());
        assertTrue(e.getMessage().contains("but got Tick[]"), e.getMessage());
    }

    @Test
    void expectNoMessagePassesOnSilenceAndFailsOnAMessage() {
        TestProbe<String> probe = TestProbe.create(system, "p");
        probe.expectNoMessage(SHORT);
        probe.ref().tell("surprise");
        AssertionError e = assertThrows(AssertionError.class, () -> probe.expectNoMessage(SHORT));
        assertTrue(e.getMessage().contains("expected no message"), e.getMessage());
        assertTrue(e.getMessage().contains("surprise"), e.getMessage());
    }

    @Test
    void receiveNTakesNInOrderOrSaysWhatCame() {
        TestProbe<Integer> probe = TestProbe.create(system, "p");
        for (int i = 0; i < 5; i++) {
            probe.ref().tell(i);
        }
        assertEquals(List.of(0, 1, 2), probe.receiveN(3));
        probe.defaultTimeout(SHORT);
        AssertionError e = assertThrows(AssertionError.class, () -> probe.receiveN(3));
        assertTrue(e.getMessage().contains("expected 3 messages"), e.getMessage());
        assertTrue(e.getMessage().contains("got 2: [3, 4]"), e.getMessage());
    }

    @Test
    void aProbeIsAnActorThatOthersSendTo() {
        TestProbe<String> probe = TestProbe.create(system, "p");
        ActorRef<Subject.Msg> subject = subject("s");
        subject.tell(new Subject.Forward(probe.ref(), "hello"));
        probe.expectMessage("hello");
    }

    @Test
    void expectTerminatedWatchesAndReportsTheCause() {
        TestProbe<Object> probe = TestProbe.create(system, "p");
        ActorRef<Subject.Msg> stopped = subject("stopped");
        stopped.stop();
        Terminated normal = probe.expectTerminated(stopped);
        assertSame(stopped, normal.ref());
        assertFalse(normal.failed());

        ActorRef<Subject.Msg> failing = subject("failing");
        probe.watch(failing);
        failing.tell(new Subject.Fail("broken"));
        Terminated failed = probe.expectTerminated(failing);
        assertEquals("broken", failed.failure().orElseThrow().getMessage());
    }

    @Test
    void terminationsOfOtherActorsAreKeptForLater() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        try (ActorSystem own = ActorSystem.create("kept",
                ActorSystemConfig.builder().monitor(monitor).build())) {
            TestProbe<Object> probe = TestProbe.create(own, "p");
            ActorRef<Subject.Msg> a = own.spawn("a", Subject::new, SubjectDescriptor.INSTANCE);
            ActorRef<Subject.Msg> b = own.spawn("b", Subject::new, SubjectDescriptor.INSTANCE);
            probe.watch(a);
            probe.watch(b);
            probe.ref().tell("watching"); // handled after the watches: both are in place
            probe.expectMessage("watching");
            b.stop();
            monitor.awaitStopped("/user/b"); // b has sent its death notices
            probe.ref().tell("b is gone");   // signals go first: b's Terminated is recorded now
            probe.expectMessage("b is gone");
            a.stop();
            assertSame(a, probe.expectTerminated(a).ref()); // passes over b's
            probe.defaultTimeout(SHORT);
            assertSame(b, probe.expectTerminated(b).ref()); // kept; not watched anew
        }
    }

    @Test
    void aProbesWatchIsNotCountedAsAUserMessage() {
        ActorSystem own = ActorSystem.create("accounted");
        TestProbe<Object> probe = TestProbe.create(own, "p");
        ActorRef<Subject.Msg> a = own.spawn("a", Subject::new, SubjectDescriptor.INSTANCE);
        ActorRef<Subject.Msg> b = own.spawn("b", Subject::new, SubjectDescriptor.INSTANCE);
        probe.watch(a);
        probe.ref().tell("after the watch"); // the one message the test sends
        probe.expectMessage("after the watch");
        a.stop();
        probe.expectTerminated(a);
        b.stop();
        probe.expectTerminated(b); // watches b, then waits
        own.close();
        Accounting accounting = own.accounting();
        assertEquals(1, accounting.sentByUsers(), accounting.toString());
        assertEquals(1, accounting.processed(), accounting.toString());
    }

    @Test
    void expectTerminatedFailsClearlyWhenTheActorLives() {
        TestProbe<Object> probe = TestProbe.create(system, "p").defaultTimeout(SHORT);
        ActorRef<Subject.Msg> alive = subject("alive");
        AssertionError e = assertThrows(AssertionError.class, () -> probe.expectTerminated(alive));
        assertTrue(e.getMessage().contains("expected /user/alive to terminate"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> probe.watch(TestInbox.create("fake").ref()));
    }

    @Test
    void theTestAnswersAsks() throws Exception {
        TestProbe<Object> probe = TestProbe.create(system, "p");
        CompletionStage<Long> reply = probe.ref().ask(new Subject.Get(), Duration.ofSeconds(30));
        probe.expectMessage(new Subject.Get());
        probe.replyToNextAsk(42L);
        assertEquals(42L, reply.toCompletableFuture().get(30, TimeUnit.SECONDS));

        CompletionStage<Long> failing = probe.ref().ask(new Subject.Get(), Duration.ofSeconds(30));
        probe.failNextAsk(new IllegalStateException("no"));
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> failing.toCompletableFuture().get(30, TimeUnit.SECONDS));
        assertEquals("no", e.getCause().getMessage());

        probe.defaultTimeout(SHORT);
        AssertionError none = assertThrows(AssertionError.class, () -> probe.replyToNextAsk(1L));
        assertTrue(none.getMessage().contains("expected a request"), none.getMessage());
    }

    @Test
    void aTypedProbeChecksAsksAgainstItsProtocol() {
        TestProbe<Subject.Msg> probe = TestProbe.create(system, "typed", Subject.Msg.class);
        record Foreign() implements Request<String> {}
        @SuppressWarnings({"unchecked", "rawtypes"})
        ActorRef<Object> raw = (ActorRef) probe.ref();
        assertThrows(IllegalArgumentException.class, () -> raw.ask(new Foreign()));
        system.registry().register("typed", probe.ref());
        assertSame(probe.ref(),
                system.registry().lookup("typed", Subject.Msg.class).orElseThrow());
    }
}
