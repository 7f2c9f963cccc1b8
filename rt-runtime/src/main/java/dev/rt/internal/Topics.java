package dev.rt.internal;

import dev.rt.Topic;

/** The topics of one system. (Being implemented.) */
final class Topics {

    private final SystemCore system;

    Topics(SystemCore system) {
        this.system = system;
    }

    <M> Topic<M> topic(String name, Class<M> messageType) {
        throw new UnsupportedOperationException("topics are being implemented: " + system.name());
    }
}
