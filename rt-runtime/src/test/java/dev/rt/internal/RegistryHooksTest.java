package dev.rt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.Registry;
import dev.rt.Terminated;
import dev.rt.TestDescriptor;
import dev.rt.spi.BehaviorDescriptor;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What registering leaves on an actor's cell. */
class RegistryHooksTest {

    /** An actor that does nothing. */
    static final class Nop implements Actor<Nop.Msg> {
        sealed interface Msg {}

        record Poke() implements Msg {}

        static final BehaviorDescriptor<Nop, Msg> DISPATCHER =
                TestDescriptor.of(Msg.class, (actor, message, context, replier) -> {});
    }

    /**
     * Watches one actor from its start and hands its {@link Terminated} to the test. Watching an
     * actor that has stopped already delivers the signal at once, so there is no race with the
     * stop. (The testkit's probe lives in rt-testkit, which this module's tests cannot use.)
     */
    static final class Mourner implements Actor<Nop.Msg> {
        private final ActorRef<?> target;
        private final BlockingQueue<Terminated> terminated;

        Mourner(ActorRef<?> target, BlockingQueue<Terminated> terminated) {
            this.target = target;
            this.terminated = terminated;
        }

        @Override
        public void preStart(ActorContext<Nop.Msg> context) {
            context.watch(target);
        }

        @Override
        public void onTerminated(Terminated signal, ActorContext<Nop.Msg> context) {
            terminated.add(signal);
        }

        static final BehaviorDescriptor<Mourner, Nop.Msg> DISPATCHER =
                TestDescriptor.of(Nop.Msg.class, (actor, message, context, replier) -> {});
    }

    @Test
    void registeringAndUnregisteringALiveActorAgainAndAgainLeavesOneHook() throws Exception {
        try (ActorSystem system = ActorSystem.create("hooks")) {
            Registry registry = system.registry();
            ActorRef<Nop.Msg> ref = system.spawn("nop", Nop::new, Nop.DISPATCHER);
            ActorCell<?, ?> cell = Refs.cellOf(ref);
            for (int i = 0; i < 1_000; i++) {
                registry.register("name-" + (i % 3), ref);
                assertTrue(registry.unregister("name-" + (i % 3)));
            }
            registry.register("kept", ref);
            assertEquals(1, cell.pendingTerminationHooks());

            BlockingQueue<Terminated> terminated = new LinkedBlockingQueue<>();
            system.spawn("mourner", () -> new Mourner(ref, terminated), Mourner.DISPATCHER);
            ref.stop();
            Terminated signal = terminated.poll(10, TimeUnit.SECONDS);
            assertNotNull(signal, "no Terminated for " + ref + " within 10 s");
            assertTrue(Refs.sameActor(ref, signal.ref()), "Terminated for " + signal.ref());
            assertEquals(Optional.empty(), registry.lookup("kept", Nop.Msg.class));
            assertEquals(java.util.Set.of(), registry.names());
            // freed by the hook, which runs before the watchers are told: not merely hidden
            assertEquals("Registry[hooks, 0 names]", registry.toString());
        }
    }
}
