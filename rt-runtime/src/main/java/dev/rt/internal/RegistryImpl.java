package dev.rt.internal;

import dev.rt.ActorRef;
import dev.rt.Registry;
import java.util.Optional;
import java.util.Set;

/** The registry of one system. (Being implemented.) */
final class RegistryImpl implements Registry {

    private final SystemCore system;

    RegistryImpl(SystemCore system) {
        this.system = system;
    }

    @Override
    public void register(String name, ActorRef<?> ref) {
        throw new UnsupportedOperationException("the registry is being implemented: " + system.name());
    }

    @Override
    public <M> Optional<ActorRef<M>> lookup(String name, Class<M> protocol) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean unregister(String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Set<String> names() {
        throw new UnsupportedOperationException();
    }
}
