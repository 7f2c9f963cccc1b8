package dev.rt.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a supervision tree: put it on an abstract class whose {@link Child} methods create the
 * children, in start order. RT's processor checks the tree at compile time and generates {@code
 * <Name>Supervisor}, which starts it and has a typed getter per child.
 *
 * <pre>{@code
 * @Supervisor(strategy = Strategy.REST_FOR_ONE, intensity = 3, periodSeconds = 60)
 * abstract class TradingSystem {
 *     @Child OrderExecutor executor()                   { return new OrderExecutor(); }
 *     @Child RiskManager risk(OrderExecutorHandle exec) { return new RiskManager(10_000, exec); }
 * }
 * }</pre>
 *
 * <p>A child method's parameters are the handles of siblings declared before it; the processor
 * checks that order.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Supervisor {

    /** {@return how children are restarted} */
    Strategy strategy() default Strategy.ONE_FOR_ONE;

    /** {@return at most this many restarts within {@link #periodSeconds()}; at least 0} */
    int intensity() default 3;

    /** {@return the window of the restart intensity, in seconds; positive} */
    int periodSeconds() default 5;
}
