package dev.rt.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Opts a protocol in to distribution: RT's processor generates its wire codec, {@code
 * <Protocol>Codec}, in the same package, which writes and reads the protocol's messages and the
 * replies of its requests (a {@code dev.rt.wire.WireCodec<Protocol>} with an {@code INSTANCE}),
 * and its schema, the resource {@code META-INF/rt/wire/<protocol>.schema}.
 *
 * <p>It goes on the sealed interface of an actor protocol. Its messages, and every type that they
 * hold, must be able to travel: records, enums and sealed interfaces of them; primitives and their
 * boxes, {@code String}, {@code byte[]}, {@code UUID}, {@code BigDecimal}, {@code BigInteger},
 * the {@code java.time} values; {@code List}, {@code Set}, {@code Map} and {@code Optional} of
 * those; and references to actors whose protocol is itself a {@code @WireProtocol} ({@code
 * ActorRef<X>}, or the generated handle of such an actor). A component that cannot travel is a
 * compile error on that component.
 *
 * <pre>{@code
 * @WireProtocol
 * public sealed interface CounterMsg {
 *     record Add(long by, String note) implements CounterMsg {}
 *     record Get() implements CounterMsg, Request<Long> {}
 *     record Watch(ActorRef<CounterEvent> listener) implements CounterMsg {}
 * }
 * // generated: CounterMsgCodec.INSTANCE, a WireCodec<CounterMsg>
 * }</pre>
 *
 * <p>Each record, enum and sealed interface travels under a stable wire name, its name relative to
 * its package unless {@link WireName} gives another; a record's components travel in order, so a
 * record may gain components at its end and still talk to nodes that do not know them. The rules,
 * and how a committed baseline of the schema keeps them, are in {@code docs/distribution.md}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface WireProtocol {}
