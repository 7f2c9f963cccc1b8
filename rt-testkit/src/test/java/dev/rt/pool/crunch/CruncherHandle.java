package dev.rt.pool.crunch;

import dev.rt.supervision.ChildFactory;
import dev.rt.supervision.ChildSpec;

/** The part of a generated handle that a pool needs: its child spec. */
public final class CruncherHandle {

    private CruncherHandle() {}

    /**
     * A child spec of a {@link Cruncher}, as the generated {@code childSpec} makes one.
     *
     * @param id the child's id
     * @param factory creates a fresh behavior on every start and restart
     * @return the spec
     */
    public static ChildSpec<Cruncher.Msg> childSpec(String id,
            ChildFactory<? extends Cruncher> factory) {
        return ChildSpec.dependent(id, factory, CruncherDescriptor.INSTANCE);
    }
}
