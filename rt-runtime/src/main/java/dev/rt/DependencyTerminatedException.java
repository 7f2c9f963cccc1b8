package dev.rt;

import java.util.Optional;

/**
 * An actor failed because an actor it depends on terminated ({@link ActorContext#dependOn}): the
 * dependency stopped, failed, or its cluster member went away. Its supervisor decides what comes
 * next, as for any failure; a restart makes a fresh instance, which resolves its dependency
 * again (through the registry, for one on another node).
 */
public final class DependencyTerminatedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String dependency;

    /**
     * Creates the exception.
     *
     * @param path the failing actor's path
     * @param dependency the terminated dependency's path
     * @param cause why it terminated: its failure, a {@code NodeDownException} when its member
     *     went away, or null when it stopped normally
     */
    public DependencyTerminatedException(String path, String dependency, Throwable cause) {
        super(path + " depends on " + dependency + ", which "
                + (cause == null ? "stopped" : "terminated: " + cause.getMessage())
                + "; its supervisor restarts it to resolve the dependency again, or stops it",
                cause);
        this.path = path;
        this.dependency = dependency;
    }

    /** {@return the failing actor's path} */
    public String path() {
        return path;
    }

    /** {@return the terminated dependency's path} */
    public String dependency() {
        return dependency;
    }

    /** {@return why the dependency terminated; empty if it stopped normally} */
    public Optional<Throwable> reason() {
        return Optional.ofNullable(getCause());
    }
}
