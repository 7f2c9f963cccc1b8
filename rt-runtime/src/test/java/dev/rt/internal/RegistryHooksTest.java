package dev.rt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.Registry;
import dev.rt.spi.BehaviorDescriptor;
import dev.rt.spi.Replier;
import dev.rt.testkit.TestProbe;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What registering leaves on an actor's cell. */
class RegistryHooksTest {

    /** An actor that does nothing. */
    static final class Nop implements Actor<Nop.Msg> {
        sealed interface Msg {}

        record Poke() implements Msg {}

        static final BehaviorDescriptor<Nop, Msg> DESCRIPTOR = new BehaviorDescriptor<>() {
            @Override
            public Class<Msg> protocol() {
                return Msg.class;
            }

            @Override
            public void dispatch(Nop actor, Msg message, ActorContext<Msg> context,
                    Replier replier) {}
        };
    }

    @Test
    void registeringAndUnregisteringALiveActorAgainAndAgainLeavesOneHook() {
        try (ActorSystem system = ActorSystem.create("hooks")) {
            Registry registry = system.registry();
            ActorRef<Nop.Msg> ref = system.spawn("nop", Nop::new, Nop.DESCRIPTOR);
            ActorCell<?, ?> cell = Refs.cellOf(ref);
            for (int i = 0; i < 1_000; i++) {
                registry.register("name-" + (i % 3), ref);
                assertTrue(registry.unregister("name-" + (i % 3)));
            }
            registry.register("kept", ref);
            assertEquals(1, cell.pendingTerminationHooks());

            TestProbe<Object> probe = TestProbe.create(system, "probe");
            probe.watch(ref);
            ref.stop();
            probe.expectTerminated(ref);
            assertEquals(Optional.empty(), registry.lookup("kept", Nop.Msg.class));
            assertEquals(java.util.Set.of(), registry.names());
            // freed by the hook, which runs before the watchers are told: not merely hidden
            assertEquals("Registry[hooks, 0 name(s)]", registry.toString());
        }
    }
}
