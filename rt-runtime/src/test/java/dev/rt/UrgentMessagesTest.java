package dev.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.spi.BehaviorDescriptor;
import dev.rt.spi.Replier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Which messages jump the queue is the descriptor's decision: the runtime asks its {@code
 * isUrgent} once per message, with the message itself (not an envelope or an ask), and does not
 * ask at all when the descriptor says it has no urgent messages.
 */
class UrgentMessagesTest {

    private final ActorSystem system = ActorSystem.create("urgent");

    @AfterEach
    void close() {
        system.close();
    }

    /** Jobs whose urgency is a value of the message, which no type test could decide. */
    static final class Jobs implements Actor<Jobs.Msg> {

        sealed interface Msg {}

        record Job(String label, boolean urgent) implements Msg {}

        record Block(CountDownLatch entered, CountDownLatch release) implements Msg {}

        record Seen() implements Msg, Request<List<String>> {}

        private final List<String> seen = new ArrayList<>();

        /** A hand-written descriptor that counts how often the runtime asks it. */
        static final class JobsDescriptor implements BehaviorDescriptor<Jobs, Msg> {
            final AtomicInteger asked = new AtomicInteger();
            private final boolean hasUrgentMessages;

            JobsDescriptor(boolean hasUrgentMessages) {
                this.hasUrgentMessages = hasUrgentMessages;
            }

            @Override
            public Class<Msg> protocol() {
                return Msg.class;
            }

            @Override
            public boolean hasUrgentMessages() {
                return hasUrgentMessages;
            }

            @Override
            public boolean isUrgent(Msg message) {
                asked.incrementAndGet();
                return message instanceof Job job && job.urgent();
            }

            @Override
            public void dispatch(Jobs actor, Msg message, ActorContext<Msg> context,
                    Replier replier) throws Exception {
                switch (message) {
                    case Job m -> actor.seen.add(m.label());
                    case Block m -> {
                        m.entered().countDown();
                        m.release().await(60, TimeUnit.SECONDS);
                    }
                    case Seen m -> replier.reply(List.copyOf(actor.seen));
                }
            }
        }
    }

    /** Queues two plain and two urgent jobs behind a blocked turn; returns the order handled. */
    private List<String> order(Jobs.JobsDescriptor descriptor) throws Exception {
        ActorRef<Jobs.Msg> jobs = system.spawn("jobs", Jobs::new, descriptor);
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        jobs.tell(new Jobs.Block(entered, release));
        assertTrue(entered.await(30, TimeUnit.SECONDS));
        jobs.tell(new Jobs.Job("1", false));
        jobs.tell(new Jobs.Job("a", true));
        jobs.tellWithin(new Jobs.Job("b", true), Duration.ofSeconds(60));
        jobs.tell(new Jobs.Job("2", false));
        release.countDown();
        return jobs.ask(new Jobs.Seen()).toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @Test
    void theDescriptorDecidesWhichMessagesJumpTheQueue() throws Exception {
        Jobs.JobsDescriptor descriptor = new Jobs.JobsDescriptor(true);
        assertEquals(List.of("a", "b", "1", "2"), order(descriptor));
        assertEquals(6, descriptor.asked.get(), "once per message: the block, 4 jobs, the ask");
    }

    @Test
    void aDescriptorWithoutUrgentMessagesIsNeverAsked() throws Exception {
        Jobs.JobsDescriptor descriptor = new Jobs.JobsDescriptor(false);
        assertEquals(List.of("1", "a", "b", "2"), order(descriptor));
        assertEquals(0, descriptor.asked.get());
    }
}
