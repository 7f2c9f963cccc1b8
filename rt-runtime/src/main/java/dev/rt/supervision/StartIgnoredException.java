package dev.rt.supervision;

/**
 * Thrown by a supervised child's factory or {@code preStart} to decline to start, as OTP's
 * {@code ignore}: for example when the feature the child serves is switched off.
 *
 * <pre>{@code
 * ChildSpec.worker("payments", () -> {
 *     if (!config.paymentsEnabled()) {
 *         throw new StartIgnoredException("payments are switched off");
 *     }
 *     return new Payments();
 * }, PaymentsDescriptor.INSTANCE);
 * }</pre>
 *
 * <p>The supervisor keeps the child's spec with no running child: {@link
 * Supervisor#whichChildren()} shows it {@link ChildState#TERMINATED}, {@link
 * Supervisor#restartChild} can start it later, and it is not a failure (no restart, not counted
 * against the intensity, reported as {@link dev.rt.MonitorEvent.StartIgnored}). A child made from
 * the template of a {@code SIMPLE_ONE_FOR_ONE} supervisor that declines is not kept, as in OTP.
 * Thrown by an actor that is not supervised, it is an ordinary start failure.
 */
public class StartIgnoredException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception. It carries no stack trace: it is a decision, not an error.
     *
     * @param reason why the child declines to start, for the log and the monitor
     */
    public StartIgnoredException(String reason) {
        super(reason, null, false, false);
    }
}
