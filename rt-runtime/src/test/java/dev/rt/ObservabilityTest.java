package dev.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.annotation.Strategy;
import dev.rt.supervision.ChildSpec;
import dev.rt.supervision.Directive;
import dev.rt.supervision.Supervisor;
import dev.rt.supervision.SupervisorSpec;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Event subscriptions and the live tree snapshot. */
class ObservabilityTest {

    @Test
    void subscribersGetTheEventsOfTheirTypeUntilTheyClose() throws Exception {
        try (ActorSystem system = ActorSystem.create("events")) {
            List<MonitorEvent.ActorFailed> failures = new CopyOnWriteArrayList<>();
            CountDownLatch aStopped = new CountDownLatch(1);
            CountDownLatch bStopped = new CountDownLatch(1);
            EventStream.Subscription f =
                    system.events().subscribe(MonitorEvent.ActorFailed.class, failures::add);
            system.events().subscribe(MonitorEvent.ActorStopped.class,
                    e -> (e.path().equals("/user/a") ? aStopped : bStopped).countDown());
            ActorRef<Counter.Msg> a = Counter.spawn(system, "a");
            a.tell(new Counter.Fail("first"));
            assertTrue(aStopped.await(30, TimeUnit.SECONDS));
            f.close();
            ActorRef<Counter.Msg> b = Counter.spawn(system, "b");
            b.tell(new Counter.Fail("second"));
            assertTrue(bStopped.await(30, TimeUnit.SECONDS));
            assertEquals(List.of("first"),
                    failures.stream().map(e -> e.cause().getMessage()).toList());
        }
    }

    @Test
    void theSnapshotShowsTheTreeWithRestartsDepthsAndCounts() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        try (ActorSystem system = ActorSystem.create("tree",
                ActorSystemConfig.builder().monitor(monitor).build())) {
            Supervisor sup = Supervisor.start(system, "sup",
                    SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                            .child(ChildSpec.worker("a", Counter::new, Counter.CounterDescriptor.INSTANCE))
                            .child(ChildSpec.worker("b", Counter::new, Counter.CounterDescriptor.INSTANCE))
                            .build());
            ActorRef<Counter.Msg> a = sup.child("a");
            ActorRef<Counter.Msg> b = sup.child("b");
            a.tell(new Counter.Fail("x"));
            monitor.await(1, e -> e instanceof MonitorEvent.ActorRestarted);
            for (int i = 0; i < 5; i++) {
                a.tell(new Counter.Add(1));
            }
            assertEquals(5L, a.ask(new Counter.Get()).toCompletableFuture().get(30, TimeUnit.SECONDS));
            CountDownLatch entered = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            // the Get is counted after its reply: hold a in its next handler, so that the count
            // of 6 is settled when the snapshot reads it
            CountDownLatch aEntered = new CountDownLatch(1);
            a.tell(new Counter.Block(aEntered, release));
            assertTrue(aEntered.await(30, TimeUnit.SECONDS));
            b.tell(new Counter.Block(entered, release));
            assertTrue(entered.await(30, TimeUnit.SECONDS));
            for (int i = 0; i < 3; i++) {
                b.tell(new Counter.Add(1));
            }

            TreeSnapshot snap = system.snapshot();
            ActorInfo supInfo = snap.find("/user/sup").orElseThrow();
            assertEquals("Supervisor", supInfo.behavior());
            assertEquals(List.of("a", "b"), supInfo.children().stream().map(ActorInfo::name).toList());
            ActorInfo aInfo = snap.find("/user/sup/a").orElseThrow();
            assertEquals(1, aInfo.restarts());
            assertEquals(6, aInfo.processed(), "5 Adds and Get; the failed message is not processed");
            assertEquals("Counter", aInfo.behavior());
            assertEquals(ActorInfo.State.RUNNING, aInfo.state());
            ActorInfo bInfo = snap.find("/user/sup/b").orElseThrow();
            assertEquals(3, bInfo.mailboxDepth());
            String text = snap.render();
            assertTrue(text.contains("└─ sup [Supervisor] RUNNING"), text);
            assertTrue(text.contains("├─ a [Counter] RUNNING restarts=1 mailbox=0 processed=6"), text);
            assertTrue(text.contains("└─ b [Counter] RUNNING restarts=0 mailbox=3"), text);
            release.countDown();
        }
    }

    @Test
    void aFailedMessageIsNotCountedAsProcessed() throws Exception {
        try (ActorSystem system = ActorSystem.create("failed")) {
            Supervisor sup = Supervisor.start(system, "sup",
                    SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                            .decider(cause -> Directive.RESUME) // the same instance goes on
                            .child(ChildSpec.worker("a", Counter::new,
                                    Counter.CounterDescriptor.INSTANCE))
                            .build());
            ActorRef<Counter.Msg> a = sup.child("a");
            a.tell(new Counter.Add(1));
            a.tell(new Counter.Fail("told"));
            ExecutionException asked = assertThrows(ExecutionException.class, () -> a.ask(
                    new Counter.FailAsk("asked")).toCompletableFuture().get(30, TimeUnit.SECONDS));
            assertEquals("asked", asked.getCause().getMessage());
            a.tell(new Counter.Add(1));
            CountDownLatch entered = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            a.tell(new Counter.Block(entered, release));
            try {
                assertTrue(entered.await(30, TimeUnit.SECONDS)); // all before Block is counted
                ActorInfo info = system.snapshot().find("/user/sup/a").orElseThrow();
                assertEquals(0, info.restarts());
                assertEquals(2, info.processed(), "the two Adds; the two failed messages are not");
                assertEquals(2, system.accounting().failed());
            } finally {
                release.countDown();
            }
        }
    }
}
