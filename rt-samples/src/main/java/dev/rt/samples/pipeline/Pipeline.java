package dev.rt.samples.pipeline;

import dev.rt.annotation.Child;
import dev.rt.annotation.Strategy;
import dev.rt.annotation.Supervisor;

/**
 * The pipeline's stages, started from the end so that every consumer has subscribed before its
 * producer starts. A stage that fails is restarted alone; its subscription survives, since its
 * reference does.
 */
@Supervisor(strategy = Strategy.ONE_FOR_ONE, intensity = 5, periodSeconds = 60)
public abstract class Pipeline {

    /** Creates the tree's factories. */
    protected Pipeline() {}

    @Child
    Store store() {
        return new Store();
    }

    @Child
    Enricher enricher() {
        return new Enricher();
    }

    @Child
    Validator validator() {
        return new Validator();
    }
}
