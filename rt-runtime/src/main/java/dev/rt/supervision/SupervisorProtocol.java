package dev.rt.supervision;

/**
 * The protocol of a supervisor actor, as its {@link dev.rt.ActorRef} is typed. Its messages are
 * internal: administer a supervisor through {@link Supervisor}.
 */
public interface SupervisorProtocol {}
