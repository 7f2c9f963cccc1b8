package dev.rt.bench.savina.filterbank;

import java.util.ArrayDeque;

/**
 * The integrator's state, shared by both runtimes: the channels' values lined up in rows, the
 * k-th value of every channel in the k-th row, as Savina's list of maps does.
 */
final class ChannelRows {

    /** One row: a value per channel, and which channels have given theirs. */
    private static final class Row {
        final double[] values;
        final boolean[] present;
        int filled;

        Row(int numChannels) {
            values = new double[numChannels];
            present = new boolean[numChannels];
        }
    }

    private final int numChannels;
    private final ArrayDeque<Row> rows = new ArrayDeque<>();

    /**
     * Creates empty rows.
     *
     * @param numChannels values in a full row
     */
    ChannelRows(int numChannels) {
        this.numChannels = numChannels;
    }

    /**
     * Puts a value in the first row that has none from its channel.
     *
     * @param channel the channel
     * @param value its value
     * @return the first row's values, which it removes, if that row is now full; else null
     */
    double[] add(int channel, double value) {
        Row target = null;
        for (Row row : rows) {
            if (!row.present[channel]) {
                target = row;
                break;
            }
        }
        if (target == null) {
            target = new Row(numChannels);
            rows.addLast(target);
        }
        target.values[channel] = value;
        target.present[channel] = true;
        target.filled++;
        if (rows.peekFirst().filled == numChannels) {
            return rows.pollFirst().values;
        }
        return null;
    }
}
