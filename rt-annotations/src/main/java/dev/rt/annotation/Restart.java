package dev.rt.annotation;

/** When a supervisor restarts a child that has exited (Erlang/OTP's restart types). */
public enum Restart {
    /** Always: after a failure and after a normal exit. */
    PERMANENT,
    /** Only after a failure; a normal exit ends the child for good. */
    TRANSIENT,
    /**
     * Never, not even when a sibling's failure takes it down under {@link Strategy#ONE_FOR_ALL} or
     * {@link Strategy#REST_FOR_ONE}; its spec is deleted once it has exited.
     */
    TEMPORARY
}
