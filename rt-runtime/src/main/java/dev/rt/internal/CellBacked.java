package dev.rt.internal;

/**
 * A reference made by RT that addresses one cell: a plain actor's, or a pool's supervisor. Lets
 * {@code watch}, the registry and topics find the cell whose termination matters.
 */
interface CellBacked {

    /** {@return the cell} */
    ActorCell<?, ?> cell();
}
