/**
 * Pools of identical workers behind one reference: {@link dev.rt.pool.Pool} starts them under a
 * supervisor, and the returned {@link dev.rt.pool.PoolRef} routes each message to one worker, in
 * the sender's thread, by a {@link dev.rt.pool.Routing}: round robin, smallest mailbox, or by
 * key.
 */
package dev.rt.pool;
