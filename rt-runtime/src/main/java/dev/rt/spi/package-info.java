/**
 * The contract between generated code and the runtime. Generated descriptors implement {@link
 * dev.rt.spi.BehaviorDescriptor}; users call generated handles instead.
 */
package dev.rt.spi;
