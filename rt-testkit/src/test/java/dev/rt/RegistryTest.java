package dev.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.testkit.TestInbox;
import dev.rt.testkit.TestProbe;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RegistryTest {

    private final ActorSystem system = ActorSystem.create("registry");
    private final Registry registry = system.registry();

    @AfterEach
    void close() {
        system.close();
    }

    /** What a generated handle looks like: a typed wrapper made with {@code of(ref)}. */
    record CounterHandle(ActorRef<Counter.Msg> ref) {
        static CounterHandle of(ActorRef<Counter.Msg> ref) {
            return new CounterHandle(ref);
        }

        long get() throws Exception {
            return ref.ask(new Counter.Get(), Duration.ofSeconds(30)).toCompletableFuture()
                    .get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void registersAndLooksUpTyped() throws Exception {
        ActorRef<Counter.Msg> c = Counter.spawn(system, "c");
        registry.register("counter", c);
        assertSame(c, registry.lookup("counter", Counter.Msg.class).orElseThrow());
        assertEquals(Optional.empty(), registry.lookup("nobody", Counter.Msg.class));
        assertEquals(Set.of("counter"), registry.names());

        c.tell(new Counter.Add(3));
        CounterHandle handle = registry.lookup("counter", Counter.Msg.class)
                .map(CounterHandle::of).orElseThrow();
        assertEquals(3, handle.get());
    }

    @Test
    void aTakenNameIsRejectedWithTheHolderAndTheFix() {
        ActorRef<Counter.Msg> first = Counter.spawn(system, "first");
        ActorRef<Counter.Msg> second = Counter.spawn(system, "second");
        registry.register("svc", first);
        registry.register("svc", first); // the same actor again: nothing happens
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> registry.register("svc", second));
        assertTrue(e.getMessage().contains("'svc'"), e.getMessage());
        assertTrue(e.getMessage().contains("/user/first"), e.getMessage());
        assertTrue(e.getMessage().contains("unregister"), e.getMessage());
        assertSame(first, registry.lookup("svc", Counter.Msg.class).orElseThrow());
    }

    @Test
    void aLookupWithAnotherProtocolNamesBoth() {
        registry.register("counter", Counter.spawn(system, "c"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> registry.lookup("counter", Watcher.Msg.class));
        assertTrue(e.getMessage().contains(Counter.Msg.class.getName()), e.getMessage());
        assertTrue(e.getMessage().contains(Watcher.Msg.class.getName()), e.getMessage());
        assertTrue(e.getMessage().contains("/user/c"), e.getMessage());
    }

    @Test
    void unregisterFreesTheName() {
        ActorRef<Counter.Msg> a = Counter.spawn(system, "a");
        ActorRef<Counter.Msg> b = Counter.spawn(system, "b");
        registry.register("svc", a);
        assertTrue(registry.unregister("svc"));
        assertFalse(registry.unregister("svc"));
        assertEquals(Optional.empty(), registry.lookup("svc", Counter.Msg.class));
        registry.register("svc", b);
        assertSame(b, registry.lookup("svc", Counter.Msg.class).orElseThrow());
    }

    @Test
    void theNameIsFreedWhenTheActorStops() {
        TestProbe<Object> watcher = TestProbe.create(system, "watcher");
        ActorRef<Counter.Msg> a = Counter.spawn(system, "a");
        registry.register("svc", a);
        a.stop();
        watcher.expectTerminated(a);
        // names are freed before watchers learn of the termination
        assertEquals(Set.of(), registry.names());
        assertEquals(Optional.empty(), registry.lookup("svc", Counter.Msg.class));
        ActorRef<Counter.Msg> b = Counter.spawn(system, "b");
        registry.register("svc", b);
        assertSame(b, registry.lookup("svc", Counter.Msg.class).orElseThrow());
    }

    @Test
    void theLateHookOfAnOldRegistrationKeepsANewerOne() {
        TestProbe<Object> watcher = TestProbe.create(system, "watcher");
        ActorRef<Counter.Msg> old = Counter.spawn(system, "old");
        ActorRef<Counter.Msg> newer = Counter.spawn(system, "newer");
        registry.register("svc", old);
        registry.unregister("svc");
        registry.register("svc", newer);
        old.stop(); // runs the hook of old's registration of "svc"
        watcher.expectTerminated(old);
        assertSame(newer, registry.lookup("svc", Counter.Msg.class).orElseThrow());
        assertEquals(Set.of("svc"), registry.names());
    }

    @Test
    void registeringAnActorThatHasStoppedKeepsNothing() {
        TestProbe<Object> watcher = TestProbe.create(system, "watcher");
        ActorRef<Counter.Msg> gone = Counter.spawn(system, "gone");
        gone.stop();
        watcher.expectTerminated(gone);
        registry.register("svc", gone);
        assertEquals(Optional.empty(), registry.lookup("svc", Counter.Msg.class));
        assertEquals(Set.of(), registry.names());
    }

    @Test
    void aProbeOfAProtocolCanStandInForAService() {
        TestProbe<Counter.Msg> probe = TestProbe.create(system, "fake-counter", Counter.Msg.class);
        registry.register("counter", probe.ref());
        registry.lookup("counter", Counter.Msg.class).orElseThrow().tell(new Counter.Add(1));
        probe.expectMessage(new Counter.Add(1));
    }

    @Test
    void onlyReferencesMadeByRtCanBeRegistered() {
        TestInbox<Counter.Msg> fake = TestInbox.create("fake");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> registry.register("fake", fake.ref()));
        assertTrue(e.getMessage().contains("not a reference made by RT"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> registry.register(" ", Counter.spawn(system, "c")));
    }
}
