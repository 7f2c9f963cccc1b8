package dev.rt;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.annotation.Strategy;
import dev.rt.supervision.ChildSpec;
import dev.rt.supervision.Supervisor;
import dev.rt.supervision.SupervisorSpec;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What a restart cleans up of the old incarnation. */
class SupervisedLifecycleTest {

    @Test
    void aRestartDropsTheOldIncarnationsWatches() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        try (ActorSystem system = ActorSystem.create("watch",
                ActorSystemConfig.builder().monitor(monitor).build())) {
            Watcher.Seen supervisedSeen = new Watcher.Seen();
            Supervisor sup = Supervisor.start(system, "sup",
                    SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                            .child(ChildSpec.worker("w", () -> new Watcher(supervisedSeen, "w"),
                                    Watcher.WatcherDescriptor.INSTANCE))
                            .build());
            ActorRef<Watcher.Msg> w = sup.child("w");
            Watcher.Seen controlSeen = new Watcher.Seen();
            ActorRef<Watcher.Msg> control = Watcher.spawn(system, "control", controlSeen);
            ActorRef<Counter.Msg> target = Counter.spawn(system, "target");
            assertTrue(w.ask(new Watcher.Watch(target)).toCompletableFuture().get(30, TimeUnit.SECONDS));
            assertTrue(control.ask(new Watcher.Watch(target)).toCompletableFuture()
                    .get(30, TimeUnit.SECONDS));

            // stopping a stranger is illegal: the handler throws, and the supervisor restarts w
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> w.ask(new Watcher.StopChild(target)).toCompletableFuture()
                            .get(30, TimeUnit.SECONDS));
            assertInstanceOf(IllegalArgumentException.class, e.getCause());
            monitor.await(1, ev -> ev instanceof MonitorEvent.ActorRestarted r
                    && r.path().equals("/user/sup/w"));

            target.stop();
            assertSame(target, controlSeen.nextTerminated().ref());
            assertTrue(supervisedSeen.terminated.isEmpty(),
                    "the restarted actor got a Terminated for a watch of its old incarnation");
            assertTrue(supervisedSeen.log.contains("postStop w"),
                    "preRestart calls postStop by default");
        }
    }
}
