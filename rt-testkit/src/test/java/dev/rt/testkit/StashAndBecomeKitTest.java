package dev.rt.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.Request;
import dev.rt.spi.BehaviorDescriptor;
import dev.rt.spi.Replier;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/**
 * The testkit drives a behavior that stashes and changes behavior as a system would: a stashed
 * request stays open until it is handled again, and the kit counts what the new behavior handles.
 */
class StashAndBecomeKitTest {

    sealed interface Msg {}

    record Ready() implements Msg {}

    record Hello(String who) implements Msg, Request<String> {}

    /** Not ready: stashes greetings; {@link Ready} makes it go on as a {@link Greeting}. */
    static final class Waiting implements Actor<Msg> {
        static final BehaviorDescriptor<Waiting, Msg> DESCRIPTOR = new BehaviorDescriptor<>() {
            @Override
            public Class<Msg> protocol() {
                return Msg.class;
            }

            @Override
            public void dispatch(Waiting actor, Msg message, ActorContext<Msg> context,
                    Replier replier) {
                switch (message) {
                    case Ready m -> {
                        context.become(new Greeting(), Greeting.DESCRIPTOR);
                        context.stash().unstashAll();
                    }
                    case Hello m -> context.stash().stash();
                }
            }
        };
    }

    /** Ready: greets. */
    static final class Greeting implements Actor<Msg> {
        static final BehaviorDescriptor<Greeting, Msg> DESCRIPTOR = new BehaviorDescriptor<>() {
            @Override
            public Class<Msg> protocol() {
                return Msg.class;
            }

            @Override
            public void dispatch(Greeting actor, Msg message, ActorContext<Msg> context,
                    Replier replier) {
                switch (message) {
                    case Ready m -> {}
                    case Hello m -> replier.reply("hello " + m.who());
                }
            }
        };
    }

    @Test
    void aStashedRequestIsAnsweredByTheBehaviorItBecame() {
        BehaviorTestKit<Waiting, Msg> kit = BehaviorTestKit.create(new Waiting(), Waiting.DESCRIPTOR);
        CompletionStage<String> early = kit.askStage(new Hello("early"));
        assertFalse(early.toCompletableFuture().isDone(), "a stashed request was answered");
        kit.tell(new Ready());
        assertTrue(early.toCompletableFuture().isDone(), "the unstashed request was not handled");
        assertEquals("hello early", early.toCompletableFuture().join());
        assertEquals("hello late", kit.ask(new Hello("late")));
        kit.expectNoEffects();
    }
}
