package dev.rt;

import java.util.List;

/**
 * A live snapshot of an {@link ActorSystem}'s actors ({@link ActorSystem#snapshot()}): the
 * top-level actors under {@code /user}, each with its subtree.
 *
 * @param system the system's name
 * @param actors the top-level actors, in the order they were created
 */
public record TreeSnapshot(String system, List<ActorInfo> actors) {

    /** Copies the list. */
    public TreeSnapshot {
        actors = List.copyOf(actors);
    }

    /**
     * {@return the actor at {@code path}, if the snapshot holds it}
     *
     * @param path such as {@code /user/trading/risk}
     */
    public java.util.Optional<ActorInfo> find(String path) {
        java.util.ArrayDeque<ActorInfo> todo = new java.util.ArrayDeque<>(actors);
        while (!todo.isEmpty()) {
            ActorInfo a = todo.poll();
            if (a.path().equals(path)) {
                return java.util.Optional.of(a);
            }
            todo.addAll(a.children());
        }
        return java.util.Optional.empty();
    }

    /** {@return the whole tree, indented, under a line naming the system} */
    public String render() {
        StringBuilder out = new StringBuilder("/user (").append(system).append(")\n");
        for (int i = 0; i < actors.size(); i++) {
            boolean last = i == actors.size() - 1;
            actors.get(i).render(out, last ? "└─ " : "├─ ", last ? "   " : "│  ");
        }
        return out.toString();
    }
}
