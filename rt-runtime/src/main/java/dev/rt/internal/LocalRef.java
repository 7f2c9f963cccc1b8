package dev.rt.internal;

import dev.rt.ActorRef;
import dev.rt.OfferResult;
import dev.rt.Request;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * The {@link ActorRef} of a local actor: a thin, immutable pointer to its cell. Two references
 * are equal when they point to the same cell. Thread-safe.
 *
 * @param <M> the protocol
 */
public final class LocalRef<M> implements ActorRef<M>, CellBacked {

    final ActorCell<?, M> cell;

    LocalRef(ActorCell<?, M> cell) {
        this.cell = cell;
    }

    @Override
    public ActorCell<?, ?> cell() {
        return cell;
    }

    @Override
    public String path() {
        return cell.path();
    }

    @Override
    public String name() {
        return cell.name;
    }

    @Override
    public void tell(M message) {
        cell.tell(message);
    }

    @Override
    public OfferResult offer(M message) {
        return cell.offer(message);
    }

    @Override
    public void tellWithin(M message, Duration timeToLive) {
        cell.tellWithin(message, timeToLive);
    }

    @Override
    public <R> CompletionStage<R> ask(Request<R> request) {
        return cell.ask(request, cell.system.config().askTimeout());
    }

    @Override
    public <R> CompletionStage<R> ask(Request<R> request, Duration timeout) {
        return cell.ask(request, timeout);
    }

    @Override
    public void stop() {
        cell.sendSignal(new Signal.Stop(false));
    }

    @Override
    public String toString() {
        return "ActorRef[" + cell.path() + "]";
    }
}
