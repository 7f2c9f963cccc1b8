package dev.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.annotation.Strategy;
import dev.rt.spi.BehaviorDescriptor;
import dev.rt.supervision.ChildSpec;
import dev.rt.supervision.Supervisor;
import dev.rt.supervision.SupervisorSpec;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@code context.dependOn}: a dependency's termination fails the dependent with {@link
 * DependencyTerminatedException}; its supervisor restarts it, and the fresh instance resolves
 * the dependency again, here through the registry.
 */
class DependOnTest {

    sealed interface Msg {}

    record Which() implements Msg, Request<String> {}

    record Forget(ActorRef<?> other) implements Msg {}

    /** Looks up "service" in the registry at start, and depends on it. */
    static final class Client implements Actor<Msg> {
        static final AtomicInteger STARTS = new AtomicInteger();
        private ActorRef<?> service;

        @Override
        public void preStart(ActorContext<Msg> context) {
            STARTS.incrementAndGet();
            service = context.system().registry().lookup("service", Counter.Msg.class)
                    .orElseThrow(() -> new IllegalStateException("no service registered"));
            context.dependOn(service);
        }

        static final BehaviorDescriptor<Client, Msg> DESCRIPTOR =
                TestDescriptor.of(Msg.class, (actor, message, context, replier) -> {
                    switch (message) {
                        case Which m -> replier.reply(actor.service.path());
                        case Forget m -> context.unwatch(m.other());
                    }
                });
    }

    private static <T> T get(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @Test
    void aDependencysEndFailsTheDependentWhichRestartsAndResolvesAgain() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        try (ActorSystem system = ActorSystem.create("depend",
                ActorSystemConfig.builder().monitor(monitor).build())) {
            ActorRef<Counter.Msg> first = Counter.spawn(system, "first");
            system.registry().register("service", first);
            Supervisor sup = Supervisor.start(system, "sup",
                    SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                            .child(ChildSpec.worker("client", Client::new, Client.DESCRIPTOR))
                            .build());
            get(sup.started());
            ActorRef<Msg> client = sup.child("client");
            assertEquals("/user/first", get(client.ask(new Which())));

            // The registry forgets a stopped actor; the replacement is registered before the
            // old one stops, so the restarted client finds it.
            ActorRef<Counter.Msg> second = Counter.spawn(system, "second");
            system.registry().unregister("service");
            system.registry().register("service", second);
            first.stop();
            monitor.await(1, e -> e instanceof MonitorEvent.ActorRestarted r
                    && r.path().equals(client.path()));

            MonitorEvent.ActorFailed failed = monitor.all(MonitorEvent.ActorFailed.class).stream()
                    .filter(f -> f.path().equals(client.path())).findFirst().orElseThrow();
            DependencyTerminatedException e =
                    assertInstanceOf(DependencyTerminatedException.class, failed.cause());
            assertEquals("/user/first", e.dependency());
            assertTrue(e.reason().isEmpty(), "a normal stop has no cause");
            assertEquals("Terminated(/user/first)", failed.messageType());
            assertEquals("/user/second", get(client.ask(new Which())));
        }
    }

    @Test
    void aFailedDependencyIsTheCauseAndUnwatchEndsTheDependency() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        try (ActorSystem system = ActorSystem.create("depend-cause",
                ActorSystemConfig.builder().monitor(monitor).build())) {
            ActorRef<Counter.Msg> service = Counter.spawn(system, "service");
            system.registry().register("service", service);
            ActorRef<Msg> client = system.spawn("client", Client::new, Client.DESCRIPTOR);
            assertEquals("/user/service", get(client.ask(new Which())));
            service.tell(new Counter.Fail("broken"));
            monitor.awaitStopped(client.path()); // unsupervised: the failure stops it
            DependencyTerminatedException e = assertInstanceOf(
                    DependencyTerminatedException.class,
                    monitor.all(MonitorEvent.ActorFailed.class).stream()
                            .filter(f -> f.path().equals(client.path())).findFirst()
                            .orElseThrow().cause());
            assertEquals("broken", e.reason().orElseThrow().getMessage());

            ActorRef<Counter.Msg> other = Counter.spawn(system, "other");
            system.registry().register("service", other);
            ActorRef<Msg> calm = system.spawn("calm", Client::new, Client.DESCRIPTOR);
            calm.tell(new Forget(other));
            assertEquals("/user/other", get(calm.ask(new Which()))); // handled after Forget
            other.stop();
            monitor.awaitStopped(other.path());
            // Still running: the dependency ended with unwatch, so nothing failed it.
            assertEquals("/user/other", get(calm.ask(new Which())));
            assertEquals(List.of(), monitor.all(MonitorEvent.ActorFailed.class).stream()
                    .filter(f -> f.path().equals(calm.path())).toList());
        }
    }
}
