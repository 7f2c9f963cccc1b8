package dev.rt.internal;

import dev.rt.ActorRef;
import dev.rt.Mailbox;
import dev.rt.spi.BehaviorDescriptor;
import dev.rt.supervision.ChildSpec;
import dev.rt.supervision.Siblings;
import dev.rt.supervision.SupervisorSpec;
import dev.rt.supervision.SupervisorStartException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Creates the cells of a supervisor's static children before the supervisor starts, so that
 * every reference is known at once (recursively for nested supervisors), and makes a supervisor
 * cell that terminates before its first start has completed fail its start.
 *
 * <p>Threading: on the thread that starts the supervisor, before its cell runs; or on the
 * supervisor's own thread for a child added later.
 */
final class SupervisedCells {

    private SupervisedCells() {}

    /**
     * Creates the cells of the static children of a supervisor cell that has not started, so
     * that their references are known at once; recursively for nested supervisors.
     */
    static void precreate(ActorCell<?, ?> supervisorCell, SupervisorSpec spec) {
        List<String> earlier = new ArrayList<>();
        for (ChildSpec<?> child : spec.children()) {
            createCell(supervisorCell, child, Set.copyOf(earlier));
            earlier.add(child.id());
        }
    }

    /**
     * Makes a supervisor cell that terminates before its first start has completed fail its
     * {@link SupervisorState#started} stage, so that nobody waits for it forever.
     */
    static void reportStartOnTermination(ActorCell<?, ?> supervisorCell) {
        SupervisorState state = supervisorCell.supervision;
        supervisorCell.onTermination(() -> {
            if (!state.started.isDone()) {
                String child = state.startingChild;
                state.started.completeExceptionally(new SupervisorStartException(
                        supervisorCell.path(), null, "supervisor " + supervisorCell.path()
                        + " stopped before its children had started"
                        + (child == null ? "" : " (child '" + child + "' was starting)")
                        + "; it was stopped, or its parent or the system closed", null));
            }
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static ActorCell<?, ?> createCell(ActorCell<?, ?> parent, ChildSpec<?> child,
            Set<String> earlier) {
        ActorCell<?, ?> created;
        if (child.isSupervisor()) {
            SupervisorSpec nested = child.supervisorSpec();
            created = parent.createSupervisedChild(child.id(), () -> new SupervisorActor(nested),
                    SupervisorDescriptor.INSTANCE, Mailbox.UNBOUNDED, true);
            precreate(created, nested);
            reportStartOnTermination(created);
        } else {
            Siblings siblings = new Siblings() {
                @Override
                public <N> ActorRef<N> ref(String id) {
                    LocalRef<?> ref = earlier.contains(id) ? parent.supervision.childRefs.get(id) : null;
                    if (ref == null) {
                        throw new IllegalArgumentException("child '" + child.id() + "' of "
                                + parent.path() + " asked for sibling '" + id + "', which is not"
                                + " a child that starts before it; its earlier siblings are "
                                + earlier);
                    }
                    return (ActorRef<N>) ref;
                }
            };
            Supplier factory = () -> child.factory().create(siblings);
            created = parent.createSupervisedChild(child.id(), factory,
                    (BehaviorDescriptor) child.descriptor(), child.ownMailbox().orElseGet(
                            () -> parent.system.config().mailboxOf(child.descriptor())), false);
        }
        parent.supervision.childRefs.put(child.id(), created.self);
        return created;
    }
}
