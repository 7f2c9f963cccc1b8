package dev.rt.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.ActorContext;
import dev.rt.ActorInfo;
import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.Mailbox;
import dev.rt.ManualClock;
import dev.rt.Request;
import dev.rt.Terminated;
import dev.rt.spi.BehaviorDescriptor;
import dev.rt.spi.Replier;
import dev.rt.supervision.Directive;
import dev.rt.testkit.Subject.SubjectDescriptor;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BehaviorTestKitTest {

    private final List<String> journal = new CopyOnWriteArrayList<>();

    private BehaviorTestKit<Subject, Subject.Msg> kit() {
        return BehaviorTestKit.create(new Subject(journal), SubjectDescriptor.INSTANCE);
    }

    @Test
    void handlesTellsAndAsksOnTheCallingThread() {
        BehaviorTestKit<Subject, Subject.Msg> kit = kit();
        assertEquals(List.of("preStart"), journal);
        kit.tell(new Subject.Add(2));
        kit.tell(new Subject.Add(3));
        assertEquals(5L, kit.behavior().count); // handled before tell returned
        assertEquals(5L, kit.ask(new Subject.Get()));
        kit.expectNoEffects();
    }

    @Test
    void aHandlersExceptionIsRethrownAsThrown() {
        // One kit per failure: the fake kept the actor running after a failure, which a system
        // does not do; now, as in a system (and as in Pekko's BehaviorTestKit), the failure
        // stops the actor, and the next tell would throw IllegalStateException instead.
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> kit().tell(new Subject.Fail("bad")));
        assertEquals("bad", e.getMessage());
        IOException checked = assertThrows(IOException.class,
                () -> kit().tell(new Subject.FailChecked("io")));
        assertEquals("io", checked.getMessage());
        assertThrows(IllegalArgumentException.class, () -> kit().ask(new Subject.FailAsk("no")));
    }

    @Test
    void withoutADeciderAFailureStopsTheActorAsInASystem() {
        BehaviorTestKit<Subject, Subject.Msg> kit = kit();
        kit.tell(new Subject.StartTick(Duration.ofSeconds(1)));
        kit.tell(new Subject.SpawnChild("c"));
        kit.retrieveEffects();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> kit.tell(new Subject.Fail("bad")));
        assertTrue(kit.isStopped());
        kit.expectEffect(new Effect.Stopped(Optional.of(e)));
        assertEquals(List.of("preStart", "postStop"), journal);
        assertEquals(Set.of(), kit.activeTimers());
        assertTrue(kit.childInbox("c").isStopped());
        assertThrows(IllegalStateException.class, () -> kit.tell(new Subject.Add(1)));
    }

    @Test
    void aReplyStageMustBeCompleteForAskAndMayBeOpenForAskStage() {
        BehaviorTestKit<Subject, Subject.Msg> kit = kit();
        assertEquals(7L, kit.ask(new Subject.Later(CompletableFuture.completedFuture(7L))));
        AssertionError open = assertThrows(AssertionError.class,
                () -> kit.ask(new Subject.Later(new CompletableFuture<>())));
        assertTrue(open.getMessage().contains("not complete"), open.getMessage());

        CompletableFuture<Long> later = new CompletableFuture<>();
        CompletionStage<Long> stage = kit.askStage(new Subject.Later(later));
        assertFalse(stage.toCompletableFuture().isDone());
        later.complete(9L);
        assertEquals(9L, stage.toCompletableFuture().join());

        IllegalStateException failed = assertThrows(IllegalStateException.class, () -> kit.ask(
                new Subject.Later(CompletableFuture.failedFuture(new IllegalStateException("x")))));
        assertEquals("x", failed.getMessage());
    }

    @Test
    void askChecksTheProtocol() {
        BehaviorTestKit<Subject, Subject.Msg> kit = kit();
        record Foreign() implements Request<String> {}
        @SuppressWarnings("rawtypes")
        BehaviorTestKit raw = kit;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> raw.ask(new Foreign()));
        assertTrue(e.getMessage().contains(Subject.Msg.class.getName()), e.getMessage());
    }

    @Test
    void recordsChildrenAndWhatWasSentToThem() {
        BehaviorTestKit<Subject, Subject.Msg> kit = kit();
        kit.tell(new Subject.SpawnChild("worker"));
        kit.expectEffect(new Effect.Spawned("worker", SubjectDescriptor.INSTANCE,
                Mailbox.UNBOUNDED));
        TestInbox<Subject.Msg> child = kit.childInbox("worker");
        child.expectMessage(new Subject.Add(1));
        assertEquals("/user/test/worker", child.ref().path());

        kit.tell(new Subject.StopChild("worker"));
        kit.expectEffect(new Effect.ChildStopped("worker"));
        assertTrue(child.isStopped());
        kit.tell(new Subject.SpawnChild("worker")); // the name is free again
        assertEquals(Effect.Spawned.class, kit.expectEffectClass(Effect.Spawned.class).getClass());
        AssertionError none = assertThrows(AssertionError.class, () -> kit.childInbox("nobody"));
        assertTrue(none.getMessage().contains("[worker]"), none.getMessage());
    }

    @Test
    void recordsWatchesAndDeliversTerminatedWhenTold() {
        BehaviorTestKit<Subject, Subject.Msg> kit = kit();
        TestInbox<String> other = TestInbox.create("other");
        TestInbox<String> tagged = TestInbox.create("tagged");
        kit.tell(new Subject.Watch(other.ref()));
        kit.tell(new Subject.WatchWith(tagged.ref(), "gone"));
        assertEquals(List.of(new Effect.Watched(other.ref()),
                new Effect.WatchedWith(tagged.ref(), new Subject.Tagged("gone"))),
                kit.retrieveEffects());

        IllegalStateException cause = new IllegalStateException("crashed");
        assertTrue(kit.terminated(other.ref(), cause));
        assertSame(other.ref(), kit.behavior().lastTerminated.ref());
        assertSame(cause, kit.behavior().lastTerminated.failure().orElseThrow());
        assertFalse(kit.terminated(other.ref(), null), "a watch fires once");

        assertTrue(kit.terminated(tagged.ref(), null));
        assertEquals("gone", kit.behavior().lastTag);

        kit.tell(new Subject.Watch(other.ref()));
        kit.tell(new Subject.Unwatch(other.ref()));
        assertEquals(List.of(new Effect.Watched(other.ref()), new Effect.Unwatched(other.ref())),
                kit.retrieveEffects());
        assertFalse(kit.terminated(other.ref(), null));
    }

    @Test
    void timersAreRecordedAndFiredByTheTest() {
        BehaviorTestKit<Subject, Subject.Msg> kit = kit();
        kit.tell(new Subject.StartTick(Duration.ofSeconds(1)));
        kit.expectEffect(new Effect.TimerStarted("tick", new Subject.Tick(), Duration.ofSeconds(1),
                true));
        assertEquals(Set.of("tick"), kit.activeTimers());
        kit.fireTimer("tick");
        kit.fireTimer("tick");
        assertEquals(2, kit.behavior().ticks);
        kit.tell(new Subject.CancelTick());
        kit.expectEffect(new Effect.TimerCancelled("tick"));
        assertEquals(Set.of(), kit.activeTimers());
        AssertionError e = assertThrows(AssertionError.class, () -> kit.fireTimer("tick"));
        assertTrue(e.getMessage().contains("no timer runs under key tick"), e.getMessage());

        kit.tell(new Subject.StartOnce(Duration.ofMinutes(1)));
        kit.fireTimer("once");
        assertEquals(10L, kit.behavior().count);
        assertEquals(Set.of(), kit.activeTimers(), "a single timer ends with its firing");
    }

    @Test
    void aManualClockFiresTimers() {
        ManualClock clock = new ManualClock();
        BehaviorTestKit<Subject, Subject.Msg> kit = BehaviorTestKit
                .builder(SubjectDescriptor.INSTANCE).clock(clock).build(() -> new Subject(journal));
        kit.tell(new Subject.StartTick(Duration.ofSeconds(1)));
        kit.tell(new Subject.StartOnce(Duration.ofMillis(1500)));
        clock.advance(Duration.ofMillis(3500));
        assertEquals(3, kit.behavior().ticks);
        assertEquals(10L, kit.behavior().count);
        kit.tell(new Subject.CancelTick());
        clock.advance(Duration.ofSeconds(10));
        assertEquals(3, kit.behavior().ticks, "a cancelled timer never fires");
        assertEquals(0, clock.pending());
    }

    @Test
    void timersRejectANegativeDelayAsTheSystemDoes() {
        // One kit per refusal: the refusal fails the handler, which now stops the actor, as in
        // a system (the fake kept it running). They are the system's own timers now.
        BehaviorTestKit<Subject, Subject.Msg> once = kit();
        IllegalArgumentException single = assertThrows(IllegalArgumentException.class,
                () -> once.tell(new Subject.StartOnce(Duration.ofSeconds(-1))));
        assertTrue(single.getMessage().contains("single timer 'once'"), single.getMessage());
        assertTrue(single.getMessage().contains("Duration.ZERO"), single.getMessage());
        BehaviorTestKit<Subject, Subject.Msg> tick = kit();
        IllegalArgumentException periodic = assertThrows(IllegalArgumentException.class,
                () -> tick.tell(new Subject.StartTick(Duration.ZERO)));
        assertTrue(periodic.getMessage().contains("periodic timer 'tick'"),
                periodic.getMessage());
        assertEquals(Set.of(), tick.activeTimers());

        BehaviorTestKit<Subject, Subject.Msg> kit = kit();
        kit.tell(new Subject.StartOnce(Duration.ZERO)); // as soon as possible: allowed
        kit.fireTimer("once");
        assertEquals(10L, kit.behavior().count);
    }

    @Test
    @SuppressWarnings("deprecation") // selfInbox(), which stays empty now
    void messagesToSelfAreHandledAtOnceAsInASystem() {
        // The fake kept them in selfInbox() until runSelfMessages(); the behavior's self() is
        // now its real reference, so they go to its real mailbox and are handled as its next
        // messages, before the tell that caused them returns.
        BehaviorTestKit<Subject, Subject.Msg> kit = kit();
        kit.tell(new Subject.TellSelf(4));
        assertEquals(4L, kit.behavior().count);
        assertFalse(kit.selfInbox().hasMessages());
        assertEquals(0, kit.runSelfMessages());
        assertEquals("/user/test", kit.self().path());

        kit.self().tell(new Subject.Add(1)); // the test may use the real reference too
        assertEquals(5L, kit.behavior().count);
    }

    @Test
    void aBehaviorThatKeepsSendingItselfMessagesFailsTheCallInsteadOfHanging() {
        BehaviorTestKit<Subject, Subject.Msg> kit = kit();
        AssertionError runaway = assertThrows(AssertionError.class,
                () -> kit.tell(new Subject.Loop()));
        assertTrue(runaway.getMessage().contains("keep sending itself messages"),
                runaway.getMessage());
        assertThrows(AssertionError.class, kit::runSelfMessages); // it goes on, and on
        kit.stop(); // a signal: it goes ahead of the queued Loop, which is a dead letter
        assertTrue(kit.isStopped());
        kit.expectEffect(new Effect.Stopped(Optional.empty()));
    }

    @Test
    void stoppingRunsPostStopAndEndsTheBehavior() {
        BehaviorTestKit<Subject, Subject.Msg> kit = kit();
        kit.tell(new Subject.StartTick(Duration.ofSeconds(1)));
        kit.tell(new Subject.SpawnChild("c"));
        kit.retrieveEffects();
        kit.tell(new Subject.StopSelf());
        kit.expectEffect(new Effect.Stopped(Optional.empty()));
        assertTrue(kit.isStopped());
        assertEquals(List.of("preStart", "postStop"), journal);
        assertEquals(Set.of(), kit.activeTimers());
        assertTrue(kit.childInbox("c").isStopped());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> kit.tell(new Subject.Add(1)));
        assertTrue(e.getMessage().contains("dead letter"), e.getMessage());
    }

    @Test
    void aDeciderRestartsWithAFreshInstance() {
        BehaviorTestKit<Subject, Subject.Msg> kit = BehaviorTestKit
                .builder(SubjectDescriptor.INSTANCE).name("supervised")
                .decider(cause -> Directive.RESTART).build(() -> new Subject(journal));
        Subject first = kit.behavior();
        kit.tell(new Subject.Add(5));
        kit.tell(new Subject.StartTick(Duration.ofSeconds(1)));
        kit.retrieveEffects();
        kit.tell(new Subject.Fail("boom")); // not rethrown: decided
        Effect.Restarted restarted = kit.expectEffectClass(Effect.Restarted.class);
        assertEquals("boom", restarted.cause().getMessage());
        assertNotSame(first, kit.behavior());
        assertEquals(0L, kit.behavior().count);
        assertEquals(Set.of(), kit.activeTimers(), "timers are cancelled on restart");
        assertEquals(List.of("preStart", "preRestart:boom", "preStart"), journal);

        // an ask's caller sees the failure whatever the decision
        assertThrows(IllegalArgumentException.class, () -> kit.ask(new Subject.FailAsk("q")));
        assertEquals(Effect.Restarted.class, kit.retrieveEffects().get(0).getClass());
    }

    @Test
    void aDeciderResumesStopsOrEscalates() {
        BehaviorTestKit<Subject, Subject.Msg> resuming = BehaviorTestKit
                .builder(SubjectDescriptor.INSTANCE).decider(cause -> Directive.RESUME)
                .build(Subject::new);
        resuming.tell(new Subject.Add(3));
        resuming.tell(new Subject.Fail("ignored"));
        assertEquals(Effect.Resumed.class, resuming.expectEffectClass(Effect.Resumed.class)
                .getClass());
        assertEquals(3L, resuming.ask(new Subject.Get()), "state kept");

        BehaviorTestKit<Subject, Subject.Msg> stopping = BehaviorTestKit
                .builder(SubjectDescriptor.INSTANCE).decider(cause -> Directive.STOP)
                .build(Subject::new);
        stopping.tell(new Subject.Fail("fatal")); // not rethrown: decided
        Effect.Stopped stopped = stopping.expectEffectClass(Effect.Stopped.class);
        assertEquals("fatal", stopped.failure().orElseThrow().getMessage());
        assertTrue(stopping.isStopped());

        BehaviorTestKit<Subject, Subject.Msg> escalating = BehaviorTestKit
                .builder(SubjectDescriptor.INSTANCE).decider(c -> Directive.ESCALATE)
                .build(Subject::new);
        IllegalStateException up = assertThrows(IllegalStateException.class,
                () -> escalating.tell(new Subject.Fail("up")));
        assertTrue(escalating.isStopped(), "the escalation reached the root of the kit's system");
        escalating.expectEffect(new Effect.Stopped(Optional.of(up)));
    }

    @Test
    void theContextIsTheRuntimesOwn() {
        // The fake's context threw UnsupportedOperationException from system(); the context is
        // now the runtime's, in the kit's own system, with the runtime's checks.
        List<ActorContext<Subject.Msg>> seen = new ArrayList<>();
        BehaviorTestKit<Subject, Subject.Msg> kit = BehaviorTestKit.create(new Subject() {
            @Override
            public void preStart(ActorContext<Subject.Msg> ctx) {
                seen.add(ctx);
            }
        }, SubjectDescriptor.INSTANCE);
        ActorContext<Subject.Msg> ctx = seen.get(0);
        assertSame(kit.self(), ctx.self());
        ActorSystem system = ctx.system();
        assertEquals(List.of("/user/test"),
                system.snapshot().actors().stream().map(ActorInfo::path).toList());
        IllegalStateException offThread = assertThrows(IllegalStateException.class,
                ctx::timers); // the test's thread is not running the actor now
        assertTrue(offThread.getMessage().contains("only the actor's own thread"),
                offThread.getMessage());
        assertFalse(kit.isStopped());
    }

    @Test
    void aBlockingBehaviorRunsOnTheCallingThreadToo() {
        BehaviorDescriptor<Subject, Subject.Msg> blocking = new BehaviorDescriptor<>() {
            @Override
            public Class<Subject.Msg> protocol() {
                return Subject.Msg.class;
            }

            @Override
            public boolean blocking() {
                return true;
            }

            @Override
            public void dispatch(Subject a, Subject.Msg m, ActorContext<Subject.Msg> ctx,
                    Replier replier) throws Exception {
                SubjectDescriptor.INSTANCE.dispatch(a, m, ctx, replier);
            }
        };
        BehaviorTestKit<Subject, Subject.Msg> kit =
                BehaviorTestKit.create(new Subject(journal), blocking);
        assertEquals(Thread.currentThread().getName(), kit.ask(new Subject.Where()));
    }

    @Test
    void expectEffectFailsClearly() {
        BehaviorTestKit<Subject, Subject.Msg> kit = kit();
        AssertionError none = assertThrows(AssertionError.class,
                () -> kit.expectEffect(new Effect.ChildStopped("x")));
        assertTrue(none.getMessage().contains("it had no effect"), none.getMessage());
        kit.tell(new Subject.SpawnChild("c"));
        AssertionError other = assertThrows(AssertionError.class,
                () -> kit.expectEffect(new Effect.ChildStopped("c")));
        assertTrue(other.getMessage().contains("but got Spawned[name=c"), other.getMessage());
    }

    @Test
    void aTestInboxStandsInForACollaborator() {
        TestInbox<String> out = TestInbox.create("out");
        BehaviorTestKit<Subject, Subject.Msg> kit = kit();
        kit.tell(new Subject.Forward(out.ref(), "one"));
        kit.tell(new Subject.Forward(out.ref(), "two"));
        assertEquals(List.of("one", "two"), out.messages());
        out.expectMessage("one");
        AssertionError wrong = assertThrows(AssertionError.class, () -> out.expectMessage("one"));
        assertTrue(wrong.getMessage().contains("but got two"), wrong.getMessage());
        out.expectNoMessage();
        assertThrows(AssertionError.class, out::receiveMessage);

        CompletionStage<Long> asked = out.ref().ask(new Subject.Get());
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<Object> recorded = (List) out.messages();
        assertEquals(List.of(new Subject.Get()), recorded);
        out.replyToNextAsk(11L);
        assertEquals(11L, asked.toCompletableFuture().join());
    }

    @Test
    void aTimerStartedInPreStartIsTheRuntimesAndRestartsWithTheInstance() {
        ManualClock clock = new ManualClock();
        AtomicInteger made = new AtomicInteger();
        BehaviorTestKit<Subject, Subject.Msg> kit = BehaviorTestKit
                .builder(SubjectDescriptor.INSTANCE).clock(clock)
                .decider(cause -> Directive.RESTART).build(() -> {
                    made.incrementAndGet();
                    return new Subject(journal) {
                        @Override
                        public void preStart(ActorContext<Subject.Msg> ctx) {
                            super.preStart(ctx);
                            ctx.timers().startPeriodic("tick", new Subject.Tick(),
                                    Duration.ofSeconds(1));
                        }
                    };
                });
        kit.expectEffect(new Effect.TimerStarted("tick", new Subject.Tick(),
                Duration.ofSeconds(1), true));
        assertEquals(List.of(Duration.ofSeconds(1)), clock.pendingDelays());
        clock.advance(Duration.ofSeconds(2));
        assertEquals(2, kit.behavior().ticks);

        kit.tell(new Subject.Fail("boom"));
        // the old instance's timer was cancelled; the new one's preStart started its own
        kit.expectEffect(new Effect.TimerStarted("tick", new Subject.Tick(),
                Duration.ofSeconds(1), true));
        assertEquals("boom", kit.expectEffectClass(Effect.Restarted.class).cause().getMessage());
        assertEquals(2, made.get());
        assertEquals(List.of(Duration.ofSeconds(1)), clock.pendingDelays());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(1, kit.behavior().ticks);
    }

    @Test
    void watchWithDeliversItsMessageWhenAWatchedActorReallyTerminates() {
        BehaviorTestKit<Subject, Subject.Msg> kit = kit();
        kit.tell(new Subject.SpawnChild("w"));
        ActorRef<Subject.Msg> child = kit.<Subject.Msg>childInbox("w").ref();
        kit.tell(new Subject.WatchWith(child, "child gone"));
        kit.retrieveEffects();
        IllegalArgumentException live = assertThrows(IllegalArgumentException.class,
                () -> kit.terminated(child, null));
        assertTrue(live.getMessage().contains("childInbox(\"w\").ref().stop()"),
                live.getMessage());

        child.stop(); // the real child stops; the behavior's watch is the runtime's
        assertTrue(kit.childInbox("w").isStopped());
        assertEquals("child gone", kit.behavior().lastTag);
        kit.expectNoEffects();

        // a collaborator's TestInbox can be watched too, and terminates when stopped
        TestInbox<String> out = TestInbox.create("out");
        kit.tell(new Subject.Watch(out.ref()));
        out.ref().stop();
        Terminated t = kit.behavior().lastTerminated;
        assertSame(out.ref(), t.ref());
        assertEquals(Optional.empty(), t.failure());
        TestInbox<String> gone = TestInbox.create("gone");
        gone.ref().stop();
        kit.tell(new Subject.Watch(gone.ref())); // stopped already: Terminated at once
        assertSame(gone.ref(), kit.behavior().lastTerminated.ref());
    }

    @Test
    void aRestartUnderADeciderCallsPreRestartAndTheFactoryAndEndsTheIncarnation() {
        AtomicInteger made = new AtomicInteger();
        BehaviorTestKit<Subject, Subject.Msg> kit = BehaviorTestKit
                .builder(SubjectDescriptor.INSTANCE).decider(cause -> Directive.RESTART)
                .build(() -> {
                    made.incrementAndGet();
                    return new Subject(journal);
                });
        ActorRef<Subject.Msg> self = kit.self();
        assertEquals("/user/supervisor/test", self.path());
        TestInbox<String> other = TestInbox.create("other");
        kit.tell(new Subject.Watch(other.ref()));
        kit.tell(new Subject.SpawnChild("c"));
        kit.retrieveEffects();

        kit.tell(new Subject.Fail("boom"));
        assertEquals("boom", kit.expectEffectClass(Effect.Restarted.class).cause().getMessage());
        kit.expectNoEffects(); // the runtime's own teardown (children, watches) is no effect
        assertEquals(2, made.get());
        assertEquals(List.of("preStart", "preRestart:boom", "preStart"), journal);
        assertTrue(kit.childInbox("c").isStopped(), "the old incarnation's children stop");
        assertFalse(kit.terminated(other.ref(), null), "and its watches are dropped");
        assertSame(self, kit.self(), "the reference survives the restart");
        kit.tell(new Subject.Add(2));
        assertEquals(2L, kit.ask(new Subject.Get()));
    }

    @Test
    void anAskWhoseHandlerRepliesLaterCompletesWhenItsStageDoes() {
        ManualClock clock = new ManualClock();
        BehaviorTestKit<Subject, Subject.Msg> kit = BehaviorTestKit
                .builder(SubjectDescriptor.INSTANCE).clock(clock).build(() -> new Subject());
        TestInbox<Subject.Msg> counter = TestInbox.create("counter");
        CompletionStage<Long> relayed = kit.askStage(new Subject.Relay(counter.ref()));
        assertFalse(relayed.toCompletableFuture().isDone());
        assertEquals(1, clock.pending(), "the ask's timeout, on the kit's clock");
        counter.expectMessage(new Subject.Get());
        counter.replyToNextAsk(41L);
        assertEquals(42L, relayed.toCompletableFuture().join());
        assertEquals(0, clock.pending(), "the reply cancelled the timeout");

        AssertionError open = assertThrows(AssertionError.class,
                () -> kit.ask(new Subject.Relay(counter.ref())));
        assertTrue(open.getMessage().contains("askStage"), open.getMessage());
    }

    @Test
    void anExceptionFromPostStopIsRethrownAndTheActorStillStops() {
        IllegalStateException thrown = new IllegalStateException("cleanup failed");
        BehaviorTestKit<Subject, Subject.Msg> kit = BehaviorTestKit.create(new Subject() {
            @Override
            public void postStop() {
                throw thrown;
            }
        }, SubjectDescriptor.INSTANCE);
        assertSame(thrown, assertThrows(IllegalStateException.class, kit::stop));
        assertTrue(kit.isStopped());
        kit.expectEffect(new Effect.Stopped(Optional.empty()));
    }
}
