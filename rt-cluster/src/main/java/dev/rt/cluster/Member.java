package dev.rt.cluster;

import java.util.UUID;

/**
 * A member of the cluster: one start of one node. A node that restarts is a new member, with a
 * new incarnation, even on the same address: references to actors of the old one stay dead.
 *
 * @param name the node's name
 * @param incarnation what tells this start of the node from every other
 */
public record Member(String name, UUID incarnation) {

    /** {@return the member as monitor events name it: {@code /cluster/<name>}} */
    public String path() {
        return "/cluster/" + name;
    }

    @Override
    public String toString() {
        return name + "#" + incarnation.toString().substring(0, 8);
    }
}
