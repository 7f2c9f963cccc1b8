package dev.rt.internal;

import dev.rt.ActorRef;
import dev.rt.Request;
import dev.rt.supervision.ChildCounts;
import dev.rt.supervision.ChildInfo;
import dev.rt.supervision.ChildSpec;
import dev.rt.supervision.SupervisorProtocol;
import java.util.List;

/** The requests that {@link dev.rt.supervision.Supervisor} sends to a supervisor actor. */
final class SupervisorMessages {

    private SupervisorMessages() {}

    record StartChild(ChildSpec<?> spec) implements SupervisorProtocol, Request<ActorRef<?>> {}

    record StartChildWith(Object argument) implements SupervisorProtocol,
            Request<ActorRef<?>> {}

    record TerminateChild(String id) implements SupervisorProtocol, Request<Void> {}

    record RestartChild(String id) implements SupervisorProtocol, Request<ActorRef<?>> {}

    record DeleteChild(String id) implements SupervisorProtocol, Request<Void> {}

    record WhichChildren() implements SupervisorProtocol, Request<List<ChildInfo>> {}

    record CountChildren() implements SupervisorProtocol, Request<ChildCounts> {}

    record ChildSpecOf(String id) implements SupervisorProtocol, Request<ChildSpec<?>> {}
}
