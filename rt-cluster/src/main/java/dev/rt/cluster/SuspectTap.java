package dev.rt.cluster;

import java.util.Collection;
import java.util.function.Consumer;
import org.jgroups.Address;
import org.jgroups.Event;
import org.jgroups.stack.Protocol;

/**
 * A pass-through protocol placed right above JGroups' VERIFY_SUSPECT2: it tells the node which
 * members the failure detector suspects once VERIFY_SUSPECT2 has confirmed them, and changes
 * nothing (every event goes on up). RT detects nothing itself: this only listens to JGroups.
 *
 * <p>Threading: called on JGroups' threads; the callback hands the news to the node, which is
 * thread-safe.
 */
final class SuspectTap extends Protocol {

    private final Consumer<Address> suspected;

    SuspectTap(Consumer<Address> suspected) {
        this.suspected = suspected;
    }

    @Override
    public Object up(Event evt) {
        if (evt.getType() == Event.SUSPECT && evt.getArg() instanceof Collection<?> members) {
            for (Object m : members) {
                if (m instanceof Address a) {
                    suspected.accept(a);
                }
            }
        }
        return up_prot.up(evt);
    }
}
