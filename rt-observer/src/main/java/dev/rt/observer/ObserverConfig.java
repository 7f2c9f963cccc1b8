package dev.rt.observer;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How an {@link Observer} serves its page: the address and port it binds, the token that every
 * request must carry, and how long a failure stays highlighted. Immutable and thread-safe; built
 * with {@link #builder()}, or {@link #defaults()} for an observer on a free port of
 * {@code 127.0.0.1} with no token.
 *
 * <p>Security: by default the observer binds the loopback address only, where no other machine
 * can reach it. An observer bound to any other address (such as {@code 0.0.0.0}) must have a
 * token, or {@link Observer#start} refuses to start with a {@link TokenRequiredException}.
 */
public final class ObserverConfig {

    /** The default bind address: the IPv4 loopback address, reachable from this machine only. */
    public static final String LOOPBACK = "127.0.0.1";

    private final int port;
    private final String bindAddress;
    private final String token;
    private final Duration recentFailureWindow;
    private final int maxRecentFailures;

    private ObserverConfig(Builder b) {
        this.port = b.port;
        this.bindAddress = b.bindAddress;
        this.token = b.token;
        this.recentFailureWindow = b.recentFailureWindow;
        this.maxRecentFailures = b.maxRecentFailures;
    }

    /** {@return a configuration with every default: any free port of 127.0.0.1, no token} */
    public static ObserverConfig defaults() {
        return builder().build();
    }

    /** {@return a builder with every default} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the port to bind; 0 for any free port (then {@link Observer#uri()} tells it)} */
    public int port() {
        return port;
    }

    /** {@return the address to bind, a host name or a literal; {@value #LOOPBACK} by default} */
    public String bindAddress() {
        return bindAddress;
    }

    /** {@return the token that every request must carry, if any} */
    public Optional<String> token() {
        return Optional.ofNullable(token);
    }

    /** {@return how long an actor stays highlighted after it failed or restarted; 60 s by default} */
    public Duration recentFailureWindow() {
        return recentFailureWindow;
    }

    /** {@return how many recently failed actors are remembered at most; 100 by default} */
    public int maxRecentFailures() {
        return maxRecentFailures;
    }

    /** {@return the settings, with the token hidden} */
    @Override
    public String toString() {
        return "ObserverConfig[port=" + port + ", bindAddress=" + bindAddress + ", token="
                + (token == null ? "none" : "(set)") + ", recentFailureWindow="
                + recentFailureWindow + ", maxRecentFailures=" + maxRecentFailures + "]";
    }

    /** Builds an {@link ObserverConfig}. Not thread-safe. */
    public static final class Builder {
        private int port;
        private String bindAddress = LOOPBACK;
        private String token;
        private Duration recentFailureWindow = Duration.ofSeconds(60);
        private int maxRecentFailures = 100;

        private Builder() {}

        /**
         * Sets the port.
         *
         * @param port 0 (any free port, the default) to 65535
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Sets the address to bind. Any address but a loopback one needs a {@link #token}.
         *
         * @param bindAddress a host name or an address literal, such as {@code 127.0.0.1},
         *     {@code ::1} or {@code 0.0.0.0}
         * @return this builder
         */
        public Builder bindAddress(String bindAddress) {
            this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
            return this;
        }

        /**
         * Sets the token that every request must carry, as the query parameter {@code
         * ?token=...} or the header {@code Authorization: Bearer ...}. Use a long random
         * secret.
         *
         * @param token not blank
         * @return this builder
         */
        public Builder token(String token) {
            Objects.requireNonNull(token, "token");
            if (token.isBlank()) {
                throw new IllegalArgumentException("the token must not be blank");
            }
            this.token = token;
            return this;
        }

        /**
         * Sets how long an actor stays highlighted after its last failure or restart.
         *
         * @param window positive
         * @return this builder
         */
        public Builder recentFailureWindow(Duration window) {
            if (window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("the window must be positive, not " + window);
            }
            this.recentFailureWindow = window;
            return this;
        }

        /**
         * Sets how many recently failed actors are remembered; past it, the oldest is dropped.
         *
         * @param max positive
         * @return this builder
         */
        public Builder maxRecentFailures(int max) {
            if (max <= 0) {
                throw new IllegalArgumentException("max must be positive, not " + max);
            }
            this.maxRecentFailures = max;
            return this;
        }

        /** {@return the configuration} */
        public ObserverConfig build() {
            return new ObserverConfig(this);
        }
    }
}
