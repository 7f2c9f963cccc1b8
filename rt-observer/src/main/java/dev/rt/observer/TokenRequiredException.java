package dev.rt.observer;

/**
 * Thrown by {@link Observer#start} when the observer would listen on an address that other
 * machines can reach (not a loopback address) with no token: anybody on the network could read
 * the system's tree. The message names the two fixes: set {@link
 * ObserverConfig.Builder#token(String)}, or bind to {@value ObserverConfig#LOOPBACK}.
 */
public final class TokenRequiredException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param bindAddress the address that was asked for
     */
    public TokenRequiredException(String bindAddress) {
        super("the observer would listen on " + bindAddress + ", which is not a loopback address,"
                + " with no token: set ObserverConfig.builder().token(<a long random secret>), or"
                + " bind to " + ObserverConfig.LOOPBACK + " (the default) to serve this machine"
                + " only");
    }
}
