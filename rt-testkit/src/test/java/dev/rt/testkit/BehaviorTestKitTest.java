package dev.rt.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.Mailbox;
import dev.rt.ManualClock;
import dev.rt.Request;
import dev.rt.supervision.Directive;
import dev.rt.testkit.Subject.SubjectDescriptor;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
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
        BehaviorTestKit<Subject, Subject.Msg> kit = kit();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> kit.tell(new Subject.Fail("bad")));
        assertEquals("bad", e.getMessage());
        IOException checked = assertThrows(IOException.class,
                () -> kit.tell(new Subject.FailChecked("io")));
        assertEquals("io", checked.getMessage());
        assertThrows(IllegalArgumentException.class, () -> kit.ask(new Subject.FailAsk("no")));
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
        BehaviorTestKit<Subject, Subject.Msg> kit = kit();
        IllegalArgumentException single = assertThrows(IllegalArgumentException.class,
                () -> kit.tell(new Subject.StartOnce(Duration.ofSeconds(-1))));
        assertTrue(single.getMessage().contains("single timer 'once'"), single.getMessage());
        assertTrue(single.getMessage().contains("Duration.ZERO"), single.getMessage());
        IllegalArgumentException periodic = assertThrows(IllegalArgumentException.class,
                () -> kit.tell(new Subject.StartTick(Duration.ZERO)));
        assertTrue(periodic.getMessage().contains("periodic timer 'tick'"),
                periodic.getMessage());
        assertEquals(Set.of(), kit.activeTimers());

        kit.tell(new Subject.StartOnce(Duration.ZERO)); // as soon as possible: allowed
        kit.fireTimer("once");
        assertEquals(10L, kit.behavior().count);
    }

    @Test
    void messagesToSelfWaitInTheSelfInboxUntilRun() {
        BehaviorTestKit<Subject, Subject.Msg> kit = kit();
        kit.tell(new Subject.TellSelf(4));
        assertEquals(List.of(new Subject.Add(4)), kit.selfInbox().messages());
        assertEquals(0L, kit.behavior().count);
        assertEquals(1, kit.runSelfMessages());
        assertEquals(4L, kit.behavior().count);
        assertFalse(kit.selfInbox().hasMessages());
        assertEquals("/user/test", kit.self().path());
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
        assertThrows(IllegalStateException.class, () -> escalating.tell(new Subject.Fail("up")));
    }

    @Test
    void theContextHasNoSystem() {
        BehaviorTestKit<Subject, Subject.Msg> kit = kit();
        // reach the context through a behavior that asks for it
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> BehaviorTestKit.create(new Subject() {
                    @Override
                    public void preStart(dev.rt.ActorContext<Subject.Msg> ctx) {
                        ctx.system();
                    }
                }, SubjectDescriptor.INSTANCE));
        assertTrue(e.getMessage().contains("without an ActorSystem"), e.getMessage());
        assertFalse(kit.isStopped());
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
}
