package dev.rt;

import java.util.List;

/**
 * One actor in a live snapshot of the tree ({@link ActorSystem#snapshot()}), with its subtree.
 * The snapshot is taken without stopping anything, so its numbers are approximate: each is true
 * at some moment during the snapshot.
 *
 * @param path the actor's path
 * @param behavior the behavior's simple class name, {@code Supervisor} for a supervisor, or
 *     {@code ?} before the first instance exists
 * @param state the actor's state
 * @param restarts how many times it has been restarted
 * @param mailboxDepth how many messages wait in its mailbox or its {@link Stash}
 * @param processed how many messages its handlers handled and returned from, across restarts
 *     (as {@link Accounting#processed()} counts them for the whole system); a message whose
 *     handler threw is not counted here, but in {@link Accounting#failed()}, and neither are
 *     messages that expired, were dropped or dead-lettered, nor cancelled timers' messages
 * @param children its children, in the order they were created
 */
public record ActorInfo(String path, String behavior, State state, int restarts,
        int mailboxDepth, long processed, List<ActorInfo> children) {

    /** Copies the list. */
    public ActorInfo {
        children = List.copyOf(children);
    }

    /** The state of an actor. */
    public enum State {
        /** Created; its first start has not finished. */
        STARTING,
        /** Handling messages. */
        RUNNING,
        /** Waiting for its supervisor after an exit, or between two incarnations. */
        SUSPENDED,
        /** Stopping for good. */
        STOPPING,
        /** Gone. */
        TERMINATED
    }

    /** {@return the name: the last element of the path} */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** {@return how many actors this subtree holds, this one included} */
    public int size() {
        int n = 1;
        for (ActorInfo child : children) {
            n += child.size();
        }
        return n;
    }

    /**
     * {@return the subtree as an indented tree, one actor a line, such as {@code risk
     * [RiskManager] RUNNING restarts=1 mailbox=0 processed=42}}
     */
    public String render() {
        StringBuilder out = new StringBuilder();
        render(out, "", "");
        return out.toString();
    }

    void render(StringBuilder out, String lead, String childLead) {
        out.append(lead).append(name()).append(" [").append(behavior).append("] ")
                .append(state).append(" restarts=").append(restarts).append(" mailbox=")
                .append(mailboxDepth).append(" processed=").append(processed).append('\n');
        for (int i = 0; i < children.size(); i++) {
            boolean last = i == children.size() - 1;
            children.get(i).render(out, childLead + (last ? "└─ " : "├─ "),
                    childLead + (last ? "   " : "│  "));
        }
    }
}
