/**
 * The observer: {@link dev.rt.observer.Observer} serves a live page of a system's tree and
 * accounting, configured by {@link dev.rt.observer.ObserverConfig}. Everything else in this
 * package is package-private: the JSON writer, the page's data and the recent-failure log.
 */
package dev.rt.observer;
