package dev.rt.cluster;

import java.util.ArrayList;
import java.util.List;
import org.jgroups.Address;
import org.jgroups.JChannel;
import org.jgroups.View;
import org.jgroups.protocols.DISCARD;
import org.jgroups.protocols.pbcast.GMS;
import org.jgroups.stack.ProtocolStack;

/**
 * Network splits in one JVM. {@link #split} puts JGroups' {@code DISCARD} above the transport of
 * each node, so that each side drops everything from the other, and then installs on each side
 * the view that a failure detector would end with (the in-JVM stack has none): the members of
 * that side only. {@link #heal} lets messages through again; MERGE3 (in {@code in-jvm.xml}, with
 * short intervals) then finds the two views and JGroups merges them, as after a real split.
 */
final class Partitions {

    private Partitions() {}

    /** Cuts {@code left} from {@code right}; each side goes on as a cluster of its own. */
    static void split(List<Nodes.Node> left, List<Nodes.Node> right) throws Exception {
        ignore(left, right);
        ignore(right, left);
        long id = 0;
        for (Nodes.Node n : left) {
            id = Math.max(id, n.cluster().channel().getView().getViewId().getId());
        }
        for (Nodes.Node n : right) {
            id = Math.max(id, n.cluster().channel().getView().getViewId().getId());
        }
        install(left, id + 1);
        install(right, id + 1);
    }

    /** Lets every node hear every other again. */
    static void heal(List<Nodes.Node> all) {
        for (Nodes.Node n : all) {
            DISCARD d = n.cluster().channel().getProtocolStack().findProtocol(DISCARD.class);
            if (d != null) {
                d.resetIgnoredMembers();
            }
        }
    }

    /** Makes {@code node} drop everything from {@code from}, with no view change: a lost link. */
    static void deafen(Nodes.Node node, Nodes.Node from) throws Exception {
        discard(node.cluster().channel()).addIgnoreMember(from.cluster().channel().getAddress());
    }

    private static void ignore(List<Nodes.Node> side, List<Nodes.Node> other) throws Exception {
        Address[] others = addresses(other).toArray(Address[]::new);
        for (Nodes.Node n : side) {
            discard(n.cluster().channel()).addIgnoredMembers(others);
        }
    }

    private static DISCARD discard(JChannel channel) throws Exception {
        ProtocolStack stack = channel.getProtocolStack();
        DISCARD d = stack.findProtocol(DISCARD.class);
        if (d == null) {
            d = new DISCARD();
            d.setAddress(channel.getAddress());
            stack.insertProtocol(d, ProtocolStack.Position.ABOVE, stack.getTransport().getClass());
        }
        return d;
    }

    private static void install(List<Nodes.Node> side, long id) {
        List<Address> members = addresses(side);
        View view = View.create(members.get(0), id, members.toArray(Address[]::new));
        for (Nodes.Node n : side) {
            GMS gms = n.cluster().channel().getProtocolStack().findProtocol(GMS.class);
            gms.installView(view);
        }
    }

    private static List<Address> addresses(List<Nodes.Node> nodes) {
        List<Address> out = new ArrayList<>();
        for (Nodes.Node n : nodes) {
            out.add(n.cluster().channel().getAddress());
        }
        return out;
    }
}
