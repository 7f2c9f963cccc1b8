package dev.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.annotation.Strategy;
import dev.rt.spi.BehaviorDescriptor;
import dev.rt.spi.Replier;
import dev.rt.supervision.ChildSpec;
import dev.rt.supervision.Supervisor;
import dev.rt.supervision.SupervisorSpec;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code context.become}: an actor goes on as another behavior of its protocol, keeps its
 * mailbox and reference, starts over as its first behavior when it restarts, and cannot become a
 * behavior of another protocol or of the other kind of thread.
 */
class BecomeTest {

    sealed interface Msg {}

    record Unlock(String code) implements Msg {}

    record Lock() implements Msg {}

    record State() implements Msg, Request<String> {}

    record Crash() implements Msg {}

    /** Locked: answers "locked"; the right code makes it go on as an {@link Unlocked}. */
    static final class Locked implements Actor<Msg> {
        int attempts;

        static final BehaviorDescriptor<Locked, Msg> DESCRIPTOR =
                TestDescriptor.of(Msg.class, (actor, message, context, replier) -> {
                    switch (message) {
                        case Unlock m -> {
                            actor.attempts++;
                            if (m.code().equals("1234")) {
                                context.become(new Unlocked(actor.attempts), Unlocked.DESCRIPTOR);
                            }
                        }
                        case Lock m -> {}
                        case State m -> replier.reply("locked after " + actor.attempts);
                        case Crash m -> throw new IllegalStateException("crash");
                    }
                });
    }

    /** Unlocked: answers "unlocked"; a lock goes back to a fresh {@link Locked}. */
    static final class Unlocked implements Actor<Msg> {
        final int attempts;

        Unlocked(int attempts) {
            this.attempts = attempts;
        }

        static final BehaviorDescriptor<Unlocked, Msg> DESCRIPTOR =
                TestDescriptor.of(Msg.class, (actor, message, context, replier) -> {
                    switch (message) {
                        case Unlock m -> {}
                        case Lock m -> context.become(new Locked(), Locked.DESCRIPTOR);
                        case State m -> replier.reply("unlocked after " + actor.attempts);
                        case Crash m -> throw new IllegalStateException("crash");
                    }
                });
    }

    private static <T> T get(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @Test
    void theNextMessageGoesToTheNewBehavior() throws Exception {
        try (ActorSystem system = ActorSystem.create("become")) {
            ActorRef<Msg> door = system.spawn("door", Locked::new, Locked.DESCRIPTOR);
            door.tell(new Unlock("0000"));
            door.tell(new Unlock("1234"));
            assertEquals("unlocked after 2", get(door.ask(new State())));
            assertEquals("Unlocked", system.snapshot().find(door.path()).orElseThrow().behavior());
            door.tell(new Lock());
            assertEquals("locked after 0", get(door.ask(new State())));
            assertEquals("Locked", system.snapshot().find(door.path()).orElseThrow().behavior());
        }
    }

    @Test
    void aRestartStartsOverAsTheBehaviorItWasSpawnedAs() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        try (ActorSystem system = ActorSystem.create("become-restart",
                ActorSystemConfig.builder().monitor(monitor).build())) {
            Supervisor sup = Supervisor.start(system, "sup",
                    SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                            .child(ChildSpec.worker("door", Locked::new, Locked.DESCRIPTOR))
                            .build());
            get(sup.started());
            ActorRef<Msg> door = sup.child("door");
            door.tell(new Unlock("1234"));
            assertEquals("unlocked after 1", get(door.ask(new State())));
            door.tell(new Crash()); // handled by Unlocked, which fails
            monitor.await(1, e -> e instanceof MonitorEvent.ActorRestarted r
                    && r.path().equals(door.path()));
            assertEquals("locked after 0", get(door.ask(new State())));
        }
    }

    /** A behavior of another protocol, to become by mistake (through raw types, as a user might). */
    static final class Other implements Actor<String> {
        static final BehaviorDescriptor<Other, String> DESCRIPTOR =
                TestDescriptor.of(String.class, (actor, message, context, replier) -> {});
    }

    /** A blocking behavior of the same protocol. */
    static final class Slow implements Actor<Msg> {
        static final BehaviorDescriptor<Slow, Msg> DESCRIPTOR = new BehaviorDescriptor<>() {
            @Override
            public Class<Msg> protocol() {
                return Msg.class;
            }

            @Override
            public boolean blocking() {
                return true;
            }

            @Override
            public void dispatch(Slow actor, Msg message, ActorContext<Msg> context,
                    Replier replier) {}
        };
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void anotherProtocolOrKindOfThreadIsRefusedAndTheActorGoesOn() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        try (ActorSystem system = ActorSystem.create("become-refused",
                ActorSystemConfig.builder().monitor(monitor).build())) {
            ActorRef<Msg> wrong = system.spawn("wrong", Locked::new, new BehaviorDescriptor<>() {
                @Override
                public Class<Msg> protocol() {
                    return Msg.class;
                }

                @Override
                public void dispatch(Locked actor, Msg message, ActorContext<Msg> context,
                        Replier replier) {
                    if (message instanceof Unlock) {
                        ((ActorContext) context).become(new Other(), (BehaviorDescriptor) Other.DESCRIPTOR);
                    } else if (message instanceof Lock) {
                        context.become(new Slow(), Slow.DESCRIPTOR);
                    } else {
                        replier.reply("still locked");
                    }
                }
            });
            wrong.tell(new Unlock("1234"));
            monitor.await(1, e -> e instanceof MonitorEvent.ActorFailed);
            Throwable cause = monitor.all(MonitorEvent.ActorFailed.class).get(0).cause();
            assertTrue(cause instanceof IllegalArgumentException, cause.toString());
            assertTrue(cause.getMessage().contains("cannot become Other: its protocol is String,"
                    + " not Msg"), cause.getMessage());
            monitor.awaitStopped(wrong.path());

            ActorRef<Msg> slow = system.spawn("slow", Locked::new, new BehaviorDescriptor<>() {
                @Override
                public Class<Msg> protocol() {
                    return Msg.class;
                }

                @Override
                public void dispatch(Locked actor, Msg message, ActorContext<Msg> context,
                        Replier replier) {
                    context.become(new Slow(), Slow.DESCRIPTOR);
                }
            });
            slow.tell(new Lock());
            monitor.await(2, e -> e instanceof MonitorEvent.ActorFailed);
            Throwable blocking = monitor.all(MonitorEvent.ActorFailed.class).get(1).cause();
            assertTrue(blocking.getMessage().contains("is declared blocking and the other is not"),
                    blocking.getMessage());
        }
    }
}
