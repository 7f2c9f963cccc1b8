package dev.rt.cluster;

import java.util.Objects;

/**
 * A name of the cluster-wide registry ({@link ClusterRegistry}) is held by an actor of another
 * live member: the failure of {@link ClusterRegistry#register} for that name.
 */
public final class NameTakenException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final transient Member holder;
    private final String holderPath;

    /**
     * @param name the name
     * @param holder the member whose actor holds it
     * @param holderPath that actor's path on its member, such as {@code /user/orders}
     */
    public NameTakenException(String name, Member holder, String holderPath) {
        super("the cluster-wide name \"" + name + "\" is held by " + holderPath + " on member "
                + holder + "; unregister it there, wait until that actor stops or its member"
                + " leaves, or choose another name");
        this.name = Objects.requireNonNull(name, "name");
        this.holder = Objects.requireNonNull(holder, "holder");
        this.holderPath = Objects.requireNonNull(holderPath, "holderPath");
    }

    /** {@return the name} */
    public String name() {
        return name;
    }

    /** {@return the member whose actor holds the name} */
    public Member holder() {
        return holder;
    }

    /** {@return the path of the actor that holds the name, on its member} */
    public String holderPath() {
        return holderPath;
    }
}
