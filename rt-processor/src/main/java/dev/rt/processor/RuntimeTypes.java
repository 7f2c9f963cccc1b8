package dev.rt.processor;

import com.palantir.javapoet.ClassName;

/**
 * The runtime types that generated code uses, by name only: generated code is compiled against
 * the user's {@code rt-runtime}, not against the one the processor runs with. (The processor
 * itself uses {@code rt-runtime} only for {@code dev.rt.wire.WireSchema}, the schema of a wire
 * protocol.)
 */
public final class RuntimeTypes {
    /** {@code dev.rt.Actor}, implemented by every behavior. */
    public static final ClassName ACTOR = ClassName.get("dev.rt", "Actor");

    /** {@code dev.rt.ActorContext}, the optional second parameter of a handler. */
    public static final ClassName ACTOR_CONTEXT = ClassName.get("dev.rt", "ActorContext");

    /** {@code dev.rt.ActorRef}, wrapped by every handle. */
    public static final ClassName ACTOR_REF = ClassName.get("dev.rt", "ActorRef");

    /** {@code dev.rt.ActorSystem}, named in the handle's javadoc. */
    public static final ClassName ACTOR_SYSTEM = ClassName.get("dev.rt", "ActorSystem");

    /** {@code dev.rt.InvalidActorNameException}, named in the handle's javadoc. */
    public static final ClassName INVALID_ACTOR_NAME_EXCEPTION =
            ClassName.get("dev.rt", "InvalidActorNameException");

    /** {@code dev.rt.Mailbox}, the shape of an actor's mailbox. */
    public static final ClassName MAILBOX = ClassName.get("dev.rt", "Mailbox");

    /** {@code dev.rt.Request}, implemented by messages that expect a reply. */
    public static final ClassName REQUEST = ClassName.get("dev.rt", "Request");

    /** {@code dev.rt.Spawner}, the first parameter of a handle's {@code spawn}. */
    public static final ClassName SPAWNER = ClassName.get("dev.rt", "Spawner");

    /** {@code dev.rt.spi.BehaviorDescriptor}, implemented by every generated descriptor. */
    public static final ClassName DESCRIPTOR = ClassName.get("dev.rt.spi", "BehaviorDescriptor");

    /** {@code dev.rt.spi.Replier}, which receives the reply of a request's handler. */
    public static final ClassName REPLIER = ClassName.get("dev.rt.spi", "Replier");

    /** {@code dev.rt.supervision.ChildSpec}, what a handle's {@code childSpec} returns. */
    public static final ClassName CHILD_SPEC = ClassName.get("dev.rt.supervision", "ChildSpec");

    /** {@code dev.rt.supervision.ChildFactory}, the factory of a supervised child. */
    public static final ClassName CHILD_FACTORY =
            ClassName.get("dev.rt.supervision", "ChildFactory");

    /** {@code dev.rt.supervision.ChildTemplate}, what a handle's {@code childTemplate} returns. */
    public static final ClassName CHILD_TEMPLATE =
            ClassName.get("dev.rt.supervision", "ChildTemplate");

    /** {@code dev.rt.supervision.SupervisorSpec}, built by a generated supervisor. */
    public static final ClassName SUPERVISOR_SPEC =
            ClassName.get("dev.rt.supervision", "SupervisorSpec");

    /** {@code dev.rt.supervision.Supervisor}, wrapped by every generated supervisor. */
    public static final ClassName SUPERVISOR = ClassName.get("dev.rt.supervision", "Supervisor");

    /** {@code dev.rt.supervision.SupervisorProtocol}, the protocol of a supervisor's reference. */
    public static final ClassName SUPERVISOR_PROTOCOL =
            ClassName.get("dev.rt.supervision", "SupervisorProtocol");

    /** {@code dev.rt.supervision.HealthCheck}, the health check of a supervised child. */
    public static final ClassName HEALTH_CHECK =
            ClassName.get("dev.rt.supervision", "HealthCheck");

    /** {@code dev.rt.supervision.SupervisorStartException}, a supervisor that could not start. */
    public static final ClassName SUPERVISOR_START_EXCEPTION =
            ClassName.get("dev.rt.supervision", "SupervisorStartException");

    /** {@code dev.rt.supervision.ChildInfo}, one child in a supervisor's snapshot. */
    public static final ClassName CHILD_INFO = ClassName.get("dev.rt.supervision", "ChildInfo");

    /** {@code dev.rt.supervision.ChildCounts}, the counts of a supervisor's children. */
    public static final ClassName CHILD_COUNTS = ClassName.get("dev.rt.supervision", "ChildCounts");

    /** {@code dev.rt.annotation.Strategy}, a supervisor's restart strategy. */
    public static final ClassName STRATEGY = ClassName.get("dev.rt.annotation", "Strategy");

    /** {@code dev.rt.annotation.Restart}, a child's restart type. */
    public static final ClassName RESTART = ClassName.get("dev.rt.annotation", "Restart");

    /** {@code dev.rt.annotation.Overflow}, what a full mailbox does. */
    public static final ClassName OVERFLOW = ClassName.get("dev.rt.annotation", "Overflow");

    /** {@code dev.rt.wire.WireCodec}, implemented by every generated codec. */
    public static final ClassName WIRE_CODEC = ClassName.get("dev.rt.wire", "WireCodec");

    /** {@code dev.rt.wire.WireWriter}, what a codec writes to. */
    public static final ClassName WIRE_WRITER = ClassName.get("dev.rt.wire", "WireWriter");

    /** {@code dev.rt.wire.WireReader}, what a codec reads from. */
    public static final ClassName WIRE_READER = ClassName.get("dev.rt.wire", "WireReader");

    /** {@code dev.rt.wire.WireSchema}, a protocol's schema, which a codec holds. */
    public static final ClassName WIRE_SCHEMA = ClassName.get("dev.rt.wire", "WireSchema");

    /** {@code dev.rt.wire.WireFormatException}, a frame that a codec cannot read. */
    public static final ClassName WIRE_FORMAT_EXCEPTION =
            ClassName.get("dev.rt.wire", "WireFormatException");

    /** {@code javax.annotation.processing.Generated}, on every generated class. */
    public static final ClassName GENERATED =
            ClassName.get("javax.annotation.processing", "Generated");

    private RuntimeTypes() {}
}
