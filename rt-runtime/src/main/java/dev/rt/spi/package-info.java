/**
 * The contract between generated code and the runtime. Generated dispatchers implement {@link
 * dev.rt.spi.Dispatcher}; users call generated handles instead.
 */
package dev.rt.spi;
