package com.example;

import dev.rt.Actor;
import dev.rt.annotation.ActorBehavior;

@ActorBehavior
public final class Counter implements Actor<CounterMsg> {
    private long count;
    void on(CounterMsg.Increment m) { count += m.by(); }
    long on(CounterMsg.Get m)       { return count; }         // the return value is the reply
    void on(CounterMsg.Crash m)     { throw new IllegalStateException(m.why()); }
}
