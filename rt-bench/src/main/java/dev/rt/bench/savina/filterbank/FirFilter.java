package dev.rt.bench.savina.filterbank;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.ActorRef;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/**
 * Savina Filter Bank: a FIR filter, which once it has seen as many values as it has coefficients
 * sends, for each further value, the dot product of its window and its coefficients.
 */
@ActorBehavior
public final class FirFilter implements Actor<Stage> {

    private final double[] coefficients;
    private final ActorRef<Stage> next;
    private final Done done;
    private final double[] data;
    private int dataIndex;
    private boolean dataFull;

    /**
     * Creates a filter.
     *
     * @param coefficients its coefficients, as many as its window's values (Savina's columns)
     * @param next the next stage
     * @param done counted down when it stops
     */
    public FirFilter(double[] coefficients, ActorRef<Stage> next, Done done) {
        this.coefficients = coefficients;
        this.next = next;
        this.done = done;
        this.data = new double[coefficients.length];
    }

    void on(Stage.Value m) {
        data[dataIndex++] = m.value();
        if (dataIndex == data.length) {
            dataFull = true;
            dataIndex = 0;
        }
        if (dataFull) {
            double sum = 0.0;
            for (int i = 0; i < data.length; i++) {
                sum += data[i] * coefficients[data.length - i - 1];
            }
            next.tell(new Stage.Value(sum));
        }
    }

    void on(Stage.Exit m, ActorContext<Stage> context) {
        next.tell(new Stage.Exit());
        context.stop();
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
