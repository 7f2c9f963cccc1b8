/**
 * Supervision trees with Erlang/OTP semantics: {@link dev.rt.supervision.SupervisorSpec}
 * declares a supervisor (strategy, restart intensity, backoff, children), {@link
 * dev.rt.supervision.Supervisor#start} runs it, and the returned {@link
 * dev.rt.supervision.Supervisor} administers it. The code that RT's processor generates from
 * {@code @Supervisor} classes is a thin layer over this API. See {@code docs/supervision.md}.
 */
package dev.rt.supervision;
