package dev.rt.samples.workers;

import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.MonitorEvent;
import dev.rt.annotation.Strategy;
import dev.rt.samples.Console;
import dev.rt.supervision.Backoff;
import dev.rt.supervision.ChildInfo;
import dev.rt.supervision.ChildSpec;
import dev.rt.supervision.Supervisor;
import dev.rt.supervision.SupervisorSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Self-recovering workers, built by hand with the runtime API: a two-level tree whose inner
 * supervisor restarts workers that crash on every third job, after a growing delay, and gives up
 * past its retry limit. Each failed job is reported; the others complete.
 *
 * <pre>
 * /user/farm            ONE_FOR_ONE
 *   workers             ONE_FOR_ONE, backoff 20 ms to 200 ms, at most 20 restarts a minute
 *     worker-1..3       crash on every third job
 * </pre>
 */
public final class SelfRecoveringWorkers {

    private SelfRecoveringWorkers() {}

    /**
     * Runs the sample.
     *
     * @param args ignored
     * @throws Exception if it cannot finish
     */
    public static void main(String[] args) throws Exception {
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger restarts = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        ActorSystemConfig config = ActorSystemConfig.builder().monitor(event -> {
            if (event instanceof MonitorEvent.ActorFailed) {
                failed.incrementAndGet();
            } else if (event instanceof MonitorEvent.ActorRestarted) {
                restarts.incrementAndGet();
            }
        }).build();
        try (ActorSystem system = ActorSystem.create("workers", config)) {
            SupervisorSpec.Builder pool = SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                    .intensity(20, Duration.ofMinutes(1))
                    .backoff(Backoff.exponential(Duration.ofMillis(20), Duration.ofMillis(200)));
            for (int i = 1; i <= 3; i++) {
                pool.child(JobWorkerHandle.childSpec("worker-" + i,
                        siblings -> new JobWorker(completed)));
            }
            Supervisor farm = Supervisor.start(system, "farm",
                    SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                            .child(ChildSpec.supervisor("workers", pool.build())).build());
            Supervisor workers = Supervisor.of(farm.child("workers"));
            List<JobWorkerHandle> handles = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                handles.add(JobWorkerHandle.of(workers.<JobMsg>child("worker-" + i)));
            }

            int jobs = 30;
            for (int job = 1; job <= jobs; job++) {
                handles.get(job % 3).run(job); // round robin; messages wait out each backoff
            }
            for (JobWorkerHandle h : handles) { // a request queues behind the jobs
                h.done().toCompletableFuture().get(30, TimeUnit.SECONDS);
            }
            Console.say("jobs: %d submitted, %d completed, %d failed and reported", jobs,
                    completed.get(), failed.get());
            for (ChildInfo child : workers.whichChildren().toCompletableFuture()
                    .get(10, TimeUnit.SECONDS)) {
                Console.say("  %s: %s after %d %s", child.id(), child.state(), child.restarts(),
                        child.restarts() == 1 ? "restart" : "restarts");
            }
            ActorRef<?> ref = workers.ref();
            Console.say("the tree: %s under %s; restarts seen by the monitor: %d", ref.path(),
                    farm.ref().path(), restarts.get());
        }
    }
}
