package com.example;

import dev.rt.Request;

public sealed interface CounterMsg {
    record Increment(long by) implements CounterMsg {}
    record Get() implements CounterMsg, Request<Long> {}     // a request: replies with a Long
    record Crash(String why) implements CounterMsg {}
}
