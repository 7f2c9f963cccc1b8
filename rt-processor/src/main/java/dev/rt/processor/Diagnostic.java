package dev.rt.processor;

import java.util.Locale;
import javax.tools.Diagnostic.Kind;

/**
 * Every message that RT's processor can report, each with a stable code, a kind and a text.
 *
 * <p>A code never changes meaning once released: tests, docs ({@code docs/processor.md}) and
 * users' searches rely on it. A text names the problem and then, after a semicolon, the fix. The
 * arguments are filled in with {@link String#format}, so texts contain no other {@code %}.
 */
public enum Diagnostic {
    /** The processor itself failed: a bug in RT, reported instead of an uncaught exception. */
    INTERNAL_ERROR(
            0,
            "internal error in RT's processor while processing %s: %s; this is a bug in RT, not"
                    + " in your code: please report it with this message (nothing is generated"
                    + " for this class until it is fixed)"),

    // The behavior class itself.

    /** {@code @ActorBehavior} on an interface, an enum or an annotation interface. */
    NOT_A_CLASS(
            1,
            "@ActorBehavior is on %s, which is %s; put @ActorBehavior on a class that implements"
                    + " dev.rt.Actor<M>"),
    /** An abstract behavior class. */
    ABSTRACT_BEHAVIOR(
            2,
            "%s is abstract, but the runtime creates a fresh instance of the behavior on every"
                    + " start and restart; remove 'abstract', or put @ActorBehavior on a concrete"
                    + " subclass"),
    /** An inner (non-static nested), local or anonymous behavior class. */
    NOT_STATIC(
            3,
            "%s is %s, so the generated handle cannot name it or create it without an enclosing"
                    + " instance; make it a top-level class or a static nested class"),
    /** A private behavior class, or one nested in a private class. */
    PRIVATE_BEHAVIOR(
            4,
            "%s is not visible to its generated handle and descriptor, which live in the same"
                    + " package, because %s is private; make %s package-private or public"),
    /** A behavior class with type parameters. */
    GENERIC_BEHAVIOR(
            5,
            "%s declares type parameters %s, but the handle and descriptor of a behavior name"
                    + " one concrete class; remove the type parameters (a generic base class is"
                    + " fine: extend it with concrete type arguments)"),
    /** A behavior class whose constructors are all private, with no static factory method. */
    NO_CONSTRUCTOR(
            6,
            "%s has no non-private constructor and no non-private static method that returns it,"
                    + " so code outside the class cannot create it, yet the runtime calls a"
                    + " factory, such as %s::new or %s::create, on every start and restart; add a"
                    + " package-private or public constructor, or a static factory method such as"
                    + " 'static %s create()'"),
    /** A behavior class that does not implement {@code Actor}. */
    NOT_AN_ACTOR(
            7,
            "%s does not implement dev.rt.Actor<M>, so it has no protocol; implement Actor<M>,"
                    + " with M the sealed interface of its messages"),
    /** A behavior class that implements the raw type {@code Actor}. */
    RAW_ACTOR(
            8,
            "%s implements the raw type Actor, so it has no protocol; write Actor<M>, with M the"
                    + " sealed interface of its messages"),

    // The protocol and its messages.

    /** The protocol {@code M} of {@code Actor<M>} is not a sealed interface. */
    PROTOCOL_NOT_SEALED_INTERFACE(
            10,
            "the protocol %s of %s is %s, but a protocol must be a sealed interface, so that all"
                    + " its messages are known at compile time; declare it as 'sealed interface"
                    + " %s' and let its messages implement it"),
    /** A generic protocol, group or message. */
    GENERIC_PROTOCOL(
            11,
            "%s %s, but a protocol, its groups and its messages cannot be generic: the"
                    + " descriptor switches on their types and the handle names each message;"
                    + " remove the type parameters, for example by moving the varying type into a"
                    + " record component"),
    /** A subtype of the protocol that is neither a message nor a sealed group. */
    UNKNOWN_LEAF(
            12,
            "%s is %s, but all messages of protocol %s must be known at compile time: every"
                    + " message is a record, a final class or an enum, and only sealed interfaces"
                    + " group messages; %s"),
    /** A type that the generated code must name but cannot access. */
    NOT_ACCESSIBLE(
            13,
            "%s is used by the code generated for %s in package '%s', but the generated code"
                    + " cannot access it because %s; make it, and every class that encloses it,"
                    + " public (or package-private if it is in that package)"),
    /** A message that implements the raw type {@code Request}. */
    RAW_REQUEST(
            14,
            "%s implements the raw type Request, so the type of its reply is unknown; write"
                    + " Request<R>, with R the type of the reply"),
    /** A protocol without a single message. */
    EMPTY_PROTOCOL(
            15,
            "protocol %s has no messages, so the actor could not receive anything; declare at"
                    + " least one record that implements it"),

    // Names of the generated methods and types.

    /** Two messages that give the same handle method name. */
    NAME_CLASH(
            20,
            "%s and %s would both become the handle method %s(...), but each message needs its"
                    + " own method; rename one of the two types (for example %s to %s)"),
    /** A message whose handle method name is already taken by the handle itself. */
    RESERVED_NAME(
            21,
            "%s would become the handle method %s(...), but the handle already has a method of"
                    + " that name (spawn, of, childSpec, childTemplate, become, ref, stop, and the methods"
                    + " of Object); rename the type, for example to %s"),
    /** A message whose handle method name is a Java keyword. */
    KEYWORD_NAME(
            22,
            "%s would become the handle method %s(...), but '%s' is a Java keyword; rename the"
                    + " type, for example to %s"),
    /** Two behaviors that give the same generated type name. */
    GENERATED_NAME_CLASH(
            23,
            "%s and %s would both generate %s; rename one of the two classes"),

    // Handlers.

    /** Messages without a handler. */
    MISSING_HANDLERS(
            30,
            "%s has no handler for %s; add a method that takes the message as its first"
                    + " parameter, such as '%s', or one handler for a sealed group of messages"),
    /** A message covered by two handlers. */
    DUPLICATE_HANDLER(
            31,
            "%s %s handled twice, by %s and by %s; every message needs exactly one handler:"
                    + " remove one of them, or narrow the group handler's parameter to a smaller"
                    + " group"),
    /** A message whose only candidate handler is private: private methods are never handlers. */
    PRIVATE_HANDLER(
            32,
            "%s has no handler for %s: %s takes it, but is private, and a private method is a"
                    + " helper, never a handler; make '%s' package-private if it is the handler,"
                    + " or add a handler"),
    /** A static method whose first parameter is a message. */
    STATIC_HANDLER(
            33,
            "%s is static, but its first parameter is a message, which makes it a handler, and"
                    + " handlers are called on the behavior instance; remove 'static', or move"
                    + " this method out of the behavior class"),
    /** A handler with type parameters. */
    GENERIC_HANDLER(
            34,
            "handler %s declares type parameters %s, but a handler takes one concrete message or"
                    + " group; remove the type parameters and declare the message parameter with"
                    + " that type"),
    /** An inherited handler that the generated descriptor cannot call. */
    INACCESSIBLE_HANDLER(
            35,
            "handler %s is %s, so the generated descriptor in package '%s' cannot call it; make"
                    + " it public, or override it in %s"),
    /** A handler whose second parameter is not {@code ActorContext<M>}. */
    BAD_SECOND_PARAMETER(
            36,
            "the %s parameter of handler %s has type %s, but after the message a handler may"
                    + " only take the actor's context, %s, and its own handle, %s; declare it as"
                    + " one of them, or remove it"),
    /** A handler with more than two parameters. */
    TOO_MANY_PARAMETERS(
            37,
            "handler %s has %d parameters, but a handler takes the message and, optionally, %s"
                    + " and %s, each once; remove parameter '%s' and those after it"),
    /** A handler that declares a checked {@code Throwable} that is not an {@code Exception}. */
    THROWS_THROWABLE(
            38,
            "handler %s declares 'throws %s', but the descriptor can only rethrow an Exception or"
                    + " an Error; throw Exception or one of its subtypes instead"),

    // Return types of handlers.

    /** A request's handler that returns void. */
    VOID_REQUEST_HANDLER(
            40,
            "handler %s returns void, but %s must reply with %s; return the reply, or a"
                    + " CompletionStage<%s> to reply later (for Request<Void>, return Void:"
                    + " 'return null;')"),
    /** A request's handler whose return type does not match the reply type. */
    WRONG_REPLY_TYPE(
            41,
            "handler %s returns %s, but %s must reply with %s; return %s, or a CompletionStage<%s>"
                    + " to reply later"),
    /** A handler of messages that are not requests that returns a value. */
    TELL_HANDLER_RETURNS_VALUE(
            42,
            "handler %s returns %s, but %s, so the value would be lost; return void, or make the"
                    + " message implement Request<%s> to send the value back as its reply"),
    /** A group handler that covers both requests and other messages. */
    MIXED_GROUP_HANDLER(
            43,
            "handler %s covers messages that are not requests (%s), which need void, and"
                    + " requests (%s), which need a reply; handle them in separate handlers, for"
                    + " example one per sealed sub-group"),

    // Supervisors: the @Supervisor class.

    /** {@code @Supervisor} on an interface, an enum or an annotation interface. */
    SUPERVISOR_NOT_A_CLASS(
            70,
            "@Supervisor is on %s, which is %s; put @Supervisor on a class whose @Child methods"
                    + " create the children"),
    /** An inner (non-static nested), local or anonymous supervisor class. */
    SUPERVISOR_NOT_STATIC(
            71,
            "%s is %s, so its generated supervisor cannot take it as a plain parameter; make it a"
                    + " top-level class or a static nested class"),
    /** A private supervisor class, or one nested in a private class. */
    PRIVATE_SUPERVISOR(
            72,
            "%s is not visible to its generated supervisor, which lives in the same package,"
                    + " because %s is private; make %s package-private or public"),
    /** A supervisor class with type parameters. */
    GENERIC_SUPERVISOR(
            73,
            "%s declares type parameters %s, but its generated supervisor names one concrete"
                    + " class; remove the type parameters"),
    /** A supervisor class without a single {@code @Child} method. */
    NO_CHILDREN(
            74,
            "%s has no @Child method, so its supervisor would have nothing to supervise; %s"),
    /** A negative restart intensity. */
    BAD_INTENSITY(
            75,
            "intensity = %d on %s, but the restart intensity is a number of restarts; use 0 to"
                    + " give up at the first failure, or a positive number"),
    /** A restart intensity period that is not positive. */
    BAD_PERIOD(
            76,
            "periodSeconds = %d on %s, but the window of the restart intensity must last at"
                    + " least a second; use a positive number of seconds"),
    /** A supervisor that is its own child, directly or through nested supervisors. */
    SUPERVISOR_CYCLE(
            77,
            "%s contains itself, through %s, so its spec would never be complete; remove the"
                    + " @Child method that closes the cycle, or let it return another class"),

    // Supervisors: the @Child methods.

    /** A private {@code @Child} method. */
    PRIVATE_CHILD(
            80,
            "@Child method %s is private, but the generated supervisor must call it; make it"
                    + " package-private or public"),
    /** A static {@code @Child} method. */
    STATIC_CHILD(
            81,
            "@Child method %s is static, but the generated supervisor calls the @Child methods"
                    + " of the instance given to start(...) or spec(...); remove 'static'"),
    /** A {@code @Child} method with type parameters. */
    GENERIC_CHILD(
            82,
            "@Child method %s declares type parameters %s, but the generated supervisor calls it"
                    + " with no type arguments; remove the type parameters"),
    /** A {@code @Child} method that declares a checked exception. */
    CHILD_THROWS(
            83,
            "@Child method %s declares 'throws %s', but the runtime calls a child's factory on"
                    + " every start and restart, and it cannot throw checked exceptions; catch"
                    + " the exception in the method, or wrap it in an unchecked one"),
    /** Two {@code @Child} methods with the same name. */
    DUPLICATE_CHILD_ID(
            84,
            "%s and %s would both be child '%s', but a child's id is its method's name, and it"
                    + " must be unique in the supervisor; rename one of the two methods"),
    /** A child whose getter would clash with a method of the generated supervisor. */
    RESERVED_CHILD_ID(
            85,
            "child '%s' would get the getter %s(), but the generated supervisor already has a"
                    + " method of that name (spec, start, startAndWait, started, of, supervisor,"
                    + " ref, stop, whichChildren, countChildren, and the methods of Object); rename"
                    + " the @Child method, for example to %s"),
    /** A child id that is not a valid actor name. */
    BAD_CHILD_ID(
            86,
            "child id '%s' contains '%s', but a child's id is also its actor name, which allows"
                    + " ASCII letters, digits and -_.:@$+ only; rename the @Child method"),
    /** A shutdown timeout below -2. */
    BAD_SHUTDOWN(
            87,
            "shutdownMillis = %d on %s, but a shutdown timeout is a number of milliseconds, 0 to"
                    + " abandon the child at once, -1 to wait forever, or -2 for the default (5000"
                    + " for a worker, forever for a supervisor); use one of those"),
    /** A {@code @Child} method that returns neither a behavior nor a supervisor class. */
    NOT_A_CHILD_TYPE(
            88,
            "@Child method %s returns %s, but a child is an actor: its method returns a new"
                    + " instance of an @ActorBehavior class, or of a @Supervisor class for a"
                    + " nested supervisor; %s"),
    /** A {@code @Child} method in a class that is not a supervisor. */
    ORPHAN_CHILD(
            89,
            "@Child method %s is in %s, which is not annotated @Supervisor, so no supervisor"
                    + " reads it; move it into the @Supervisor class, or annotate %s with"
                    + " @Supervisor"),

    // Supervisors: dependencies between siblings.

    /** A parameter of a {@code @Child} method that is not a handle or a generated supervisor. */
    NOT_A_SIBLING_HANDLE(
            90,
            "parameter '%s' of @Child method %s has type %s, but a child's factory may only take"
                    + " the handles of siblings that start before it, or their generated"
                    + " supervisors; %s"),
    /** A parameter that is the handle of a class that no sibling creates. */
    NO_SUCH_SIBLING(
            91,
            "parameter '%s' of @Child method %s is the %s of %s, but no child of %s is a %s; add"
                    + " a @Child method that returns %s before %s, or remove the parameter"),
    /** A parameter whose sibling starts later, or is the child itself. */
    SIBLING_NOT_EARLIER(
            92,
            "child '%s' depends on %s through parameter '%s', but %s; %s"),
    /** A parameter whose type fits several earlier siblings, and whose name fits none. */
    AMBIGUOUS_SIBLING(
            93,
            "parameter '%s' of @Child method %s is the %s of several earlier children (%s), so"
                    + " it is unclear which one it means; name the parameter after one of them:"
                    + " %s"),
    /** A nested supervisor child that takes the handles of siblings. */
    NESTED_SUPERVISOR_DEPENDENCIES(
            94,
            "@Child method %s creates a nested supervisor, whose spec is built once, before any"
                    + " sibling starts, so it cannot take the handles of siblings; remove"
                    + " parameter '%s', and let the nested supervisor's own children depend on"
                    + " each other"),
    /**
     * A handle or generated supervisor that a supervisor needs, or a handle that a wire protocol's
     * messages hold, and that was never generated.
     */
    CHILD_NOT_GENERATED(
            95,
            "%s needs %s, which RT generates from %s, but it was not generated; %s"),
    /** Siblings whose factories take each other's handles, in a cycle of any length. */
    SIBLING_CYCLE(
            96,
            "child '%s' depends on child '%s' through parameter '%s', and the children depend on"
                    + " each other in a cycle, %s, but a child starts only after the siblings it"
                    + " takes, so no order of the @Child methods can start them; break the cycle:"
                    + " remove parameter '%s' from %s, and let '%s' find '%s' later instead of"
                    + " taking its handle at start, by looking it up in the system's registry or"
                    + " by receiving its handle in a message"),

    // Supervisors: SIMPLE_ONE_FOR_ONE.

    /** A {@code SIMPLE_ONE_FOR_ONE} supervisor with more than one {@code @Child} method. */
    SIMPLE_CHILD_COUNT(
            100,
            "%s is a SIMPLE_ONE_FOR_ONE supervisor, which starts all its children from one"
                    + " template, but %s is a @Child method after %s; keep one @Child method, or"
                    + " choose another strategy for a fixed set of children"),
    /** A template method with more than one parameter. */
    TEMPLATE_PARAMETERS(
            101,
            "template method %s has %d parameters, but the template of a SIMPLE_ONE_FOR_ONE"
                    + " supervisor takes at most one, the argument of %s(...); remove parameter"
                    + " '%s' and those after it, for example by combining them into one record"),
    /** A template method that returns a supervisor class. */
    TEMPLATE_NOT_A_BEHAVIOR(
            102,
            "template method %s returns %s, a @Supervisor class, but the template of a"
                    + " SIMPLE_ONE_FOR_ONE supervisor creates workers only; return an"
                    + " @ActorBehavior class, or choose another strategy"),
    /** A template method whose children would wait forever to stop. */
    TEMPLATE_SHUTDOWN_FOREVER(
            103,
            "shutdownMillis = -1 on template method %s, but the children of a SIMPLE_ONE_FOR_ONE"
                    + " supervisor cannot wait forever to stop, because the runtime's"
                    + " ChildTemplate has no such setting; give a timeout in milliseconds"),

    // Mailboxes and priority.

    /** A stash capacity below 1. */
    BAD_STASH_CAPACITY(
            114,
            "stashCapacity = %d on %s, but a stash holds at least one message; use a positive"
                    + " number, or leave the default (1,000)"),
    /** A negative mailbox capacity. */
    BAD_CAPACITY(
            110,
            "capacity = %d on %s, but a mailbox's capacity is a number of messages; use a positive"
                    + " number to bound the mailbox, or 0 (the default) for an unbounded one"),
    /** A negative block timeout. */
    BAD_BLOCK_TIMEOUT(
            111,
            "blockTimeoutMillis = %d on %s, but how long a sender waits for room in a full mailbox"
                    + " is a number of milliseconds; use 0 not to wait, or a positive number"),
    /** A block timeout that no sender ever waits for. */
    UNUSED_BLOCK_TIMEOUT(
            112,
            Kind.WARNING,
            "blockTimeoutMillis = %d on %s has no effect, because %s, so no sender ever waits for"
                    + " room; remove it, or set overflow = Overflow.BLOCK on a bounded mailbox"
                    + " (capacity = n)"),
    /** An overflow policy for a mailbox that is never full. */
    UNUSED_OVERFLOW(
            113,
            Kind.WARNING,
            "overflow = %s on %s has no effect, because the mailbox is unbounded (capacity = 0), so"
                    + " it is never full; remove it, or bound the mailbox with capacity = n"),
    /** {@code @Priority} on the root of a sealed hierarchy: the protocol itself. */
    PRIORITY_ON_PROTOCOL(
            120,
            "@Priority is on %s, the root of its sealed hierarchy, as a protocol is, so every"
                    + " message would be urgent, which is the same as none; remove it, and mark"
                    + " the messages, or the sealed groups of messages, that must go ahead of the"
                    + " others"),
    /** {@code @Priority} on a type that cannot be a message or a group of a protocol. */
    PRIORITY_NOT_A_MESSAGE(
            121,
            "@Priority is on %s, which is %s, but @Priority marks the messages of a protocol: a"
                    + " record, a final class or an enum that implements a sealed interface, or a"
                    + " sealed interface that groups them; remove @Priority from %s"),

    // Supervisors: health checks of @Child.

    /** A negative health check interval. */
    BAD_HEALTH_INTERVAL(
            130,
            "healthIntervalMillis = %d on %s, but a health check's interval is a number of"
                    + " milliseconds; use a positive number to probe the child that often, or 0"
                    + " (the default) for no health check"),
    /** A health check timeout or request without an interval. */
    HEALTH_CHECK_WITHOUT_INTERVAL(
            131,
            "%s = %s on %s belongs to a health check, but healthIntervalMillis is 0 (the"
                    + " default), which means none; set healthIntervalMillis to how often the child"
                    + " is probed, in milliseconds, or remove %s"),
    /** A health check interval without a positive timeout. */
    BAD_HEALTH_TIMEOUT(
            132,
            "healthIntervalMillis = %d on %s sets a health check, but %s; set healthTimeoutMillis"
                    + " to a positive number of milliseconds: how long the child has to answer a"
                    + " probe before it is treated as failed"),
    /** A health request that is not a message of the child's protocol. */
    HEALTH_REQUEST_NOT_A_MESSAGE(
            133,
            "healthRequest = %s.class on %s, but %s is not a message of %s, the protocol of %s"
                    + " (%s), so the child could not handle it; %s"),
    /** A health request that is a message, but not a request. */
    HEALTH_REQUEST_NOT_A_REQUEST(
            134,
            "healthRequest = %s.class on %s, but %s does not implement dev.rt.Request<R>, so the"
                    + " child would not answer it; make it implement Request<Boolean> and answer"
                    + " whether the child is healthy, or %s"),
    /** A health request that the generated supervisor cannot create with no arguments. */
    HEALTH_REQUEST_NEEDS_ARGUMENTS(
            135,
            "healthRequest = %s.class on %s, but the generated supervisor creates the request"
                    + " with no arguments, as 'new %s()', and %s; name a record with no"
                    + " components, such as 'record Health() implements %s, Request<Boolean> {}',"
                    + " or give a final class a constructor without parameters that package '%s'"
                    + " can call"),
    /** A health request on a nested supervisor child. */
    HEALTH_REQUEST_ON_SUPERVISOR(
            136,
            "healthRequest = %s.class on %s, but child '%s' is a nested supervisor, whose protocol"
                    + " is the runtime's SupervisorProtocol, so it cannot answer a request of"
                    + " yours; remove healthRequest: a nested supervisor's health check probes its"
                    + " mailbox"),
    /** A health check on the template of a {@code SIMPLE_ONE_FOR_ONE} supervisor. */
    TEMPLATE_HEALTH_CHECK(
            137,
            "healthIntervalMillis = %d on template method %s, but the children of a"
                    + " SIMPLE_ONE_FOR_ONE supervisor cannot have a health check, because the"
                    + " runtime's ChildTemplate has no such setting; remove the health check, or"
                    + " choose another strategy for a fixed set of children"),

    // Wire codecs: @WireProtocol and @WireName.

    /** {@code @WireProtocol} on a type that is not a sealed interface. */
    WIRE_PROTOCOL_NOT_SEALED_INTERFACE(
            150,
            "@WireProtocol is on %s, which is %s, but a wire protocol is the sealed interface of"
                    + " an actor protocol, whose messages are all known at compile time; put"
                    + " @WireProtocol on the protocol's sealed interface"),
    /** A value of a type that is none of those a codec can write. */
    UNSUPPORTED_WIRE_TYPE(
            151,
            "%s has type %s, which cannot travel: %s; %s"),
    /** A generic record or sealed interface, or a type variable, where a value travels. */
    GENERIC_WIRE_TYPE(
            152,
            "%s has type %s, which cannot travel: %s, and a codec writes and reads one concrete"
                    + " type; give it a concrete type (a record or sealed interface that travels"
                    + " has no type parameters)"),
    /** A raw {@code List}, {@code Set}, {@code Map}, {@code Optional}, {@code ActorRef}, {@code Request}. */
    RAW_WIRE_TYPE(
            153,
            "%s has the raw type %s, so the codec cannot tell what it holds; write its type"
                    + " arguments, such as %s"),
    /** A wildcard type argument where a value travels. */
    WILDCARD_WIRE_TYPE(
            154,
            "%s has type %s, whose type argument %s is a wildcard, so the codec cannot tell what"
                    + " to read; %s"),
    /** A reference to an actor whose protocol is not a {@code @WireProtocol}. */
    REF_NOT_WIRE_PROTOCOL(
            155,
            "%s has type %s, a reference to an actor of %s, which is not a @WireProtocol, so a"
                    + " node that receives it could not send that actor messages; annotate %s"
                    + " with @WireProtocol, or leave the reference out of the message"),
    /** A case of a sealed type that travels, which is neither a record, an enum nor a sealed interface. */
    CASE_CANNOT_TRAVEL(
            156,
            "%s, a case of %s, is %s, which cannot travel; make it a record, or an enum, or group"
                    + " cases with a sealed interface"),
    /** A wire name that is blank, has a character it cannot have, or is a built-in type's. */
    BAD_WIRE_NAME(
            157,
            "the wire name '%s' of %s %s; %s"),
    /** Two types of one protocol with the same wire name. */
    DUPLICATE_WIRE_NAME(
            158,
            "%s and %s both travel as '%s' in protocol %s, so a reader could not tell them apart;"
                    + " give one of them a wire name of its own with @WireName"),
    /** Two wire names of one protocol with the same tag. */
    WIRE_TAG_COLLISION(
            159,
            "the wire names '%s' of %s and '%s' of %s have the same tag, 0x%08x, so a reader could"
                    + " not tell them apart; give one of them another wire name with @WireName"),
    /** A reference to actors of a wire protocol whose codec does not exist and will not be generated. */
    REFERENCED_CODEC_MISSING(
            160,
            "%s refers to actors of %s, but their codec %s %s, and this protocol's codec reads"
                    + " references with it; %s"),

    // Wire codecs: the baseline (-Art.wire.baseline).

    /** A change since the committed baseline that nodes on the baseline could not read. */
    BREAKING_WIRE_CHANGE(
            170,
            "the schema of %s breaks its baseline %s: %s; make the change compatible (append"
                    + " components, add types, keep wire names with @WireName), or, when no node"
                    + " on the baseline will meet this version, copy the new schema from"
                    + " target/classes/META-INF/rt/wire over the baseline"),
    /** A baseline file that cannot be read or parsed. */
    BAD_WIRE_BASELINE(
            171,
            "the baseline %s of %s cannot be read: %s; fix it, or copy it again from"
                    + " target/classes/META-INF/rt/wire, or delete it to check nothing"),

    // Rounds.

    /** A type that is still missing after the last round. */
    UNRESOLVED_TYPE(
            50,
            "%s was not processed because type %s does not exist, even after the last round of"
                    + " annotation processing; fix the reference, or the processor that should"
                    + " generate that type, and compile again"),

    /** A behavior that needs, where a name is not enough, a class generated only after it. */
    GENERATED_TYPE_CYCLE(
            51,
            "%s needs type %s where the processor must read the type itself, not only its name (a"
                    + " supertype, a type argument of one, or a thrown type), but %s is the %s"
                    + " generated from %s, which can be written only once %s is checked: a cycle,"
                    + " %s needs %s; name the generated class only where a name is enough (record"
                    + " components, reply types, handler parameters and return types, fields, and"
                    + " methods that are not handlers), or fix the errors reported on %s"),

    // Writing.

    /** The Filer could not write a generated file. */
    WRITE_FAILED(
            60,
            "could not write %s: %s; if a class of that name already exists, rename it, or the"
                    + " class it is generated from");

    private final String code;
    private final Kind kind;
    private final String text;

    Diagnostic(int number, String text) {
        this(number, Kind.ERROR, text);
    }

    Diagnostic(int number, Kind kind, String text) {
        this.code = String.format(Locale.ROOT, "RT-%03d", number);
        this.kind = kind;
        this.text = text;
    }

    /** {@return the stable code, such as {@code RT-031}} */
    public String code() {
        return code;
    }

    /** {@return how javac reports it} */
    public Kind kind() {
        return kind;
    }

    /** {@return the text with its {@code %s} placeholders, without the code} */
    public String text() {
        return text;
    }

    /**
     * Formats the message as javac prints it.
     *
     * @param args the values of the text's placeholders, in order
     * @return {@code [RT-nnn] } followed by the formatted text
     */
    public String format(Object... args) {
        return "[" + code + "] " + String.format(Locale.ROOT, text, args);
    }
}
