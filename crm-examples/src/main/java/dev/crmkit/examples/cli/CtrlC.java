package dev.crmkit.examples.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.jspecify.annotations.Nullable;

/**
 * Ctrl-C (the terminal's {@code SIGINT}) while one step of the CLI runs: it runs {@code onInterrupt} instead of
 * ending the program, and the handler before it is back when the step ends. Outside such a step, Ctrl-C ends the
 * program as usual.
 *
 * <p>Through {@code sun.misc.Signal} (module {@code jdk.unsupported}), looked up reflectively so that the build's
 * {@code -Werror} does not meet javac's "internal proprietary API" warning. Where a JVM has no such class or
 * refuses the signal (started with {@code -Xrs}, say), nothing is installed and Ctrl-C ends the program as before.
 */
final class CtrlC implements AutoCloseable {

    private static final @Nullable Method HANDLE = lookUp();

    private final @Nullable Object signal;
    private final @Nullable Object previous;

    private CtrlC(@Nullable Object signal, @Nullable Object previous) {
        this.signal = signal;
        this.previous = previous;
    }

    /**
     * @param onInterrupt what Ctrl-C does until {@link #close()}, on a thread of the JVM's own; it may run more than
     *                    once
     * @return the handler to close when the step ends
     */
    static CtrlC during(Runnable onInterrupt) {
        if (HANDLE == null) {
            return new CtrlC(null, null);
        }
        try {
            Class<?> signalClass = HANDLE.getDeclaringClass();
            Object signal = signalClass.getConstructor(String.class).newInstance("INT");
            Class<?> handlerType = HANDLE.getParameterTypes()[1];
            Object handler = Proxy.newProxyInstance(
                    handlerType.getClassLoader(), new Class<?>[] {handlerType}, (proxy, method, arguments) -> {
                        if (method.getName().equals("handle")) {
                            onInterrupt.run();
                            return null;
                        }
                        return switch (method.getName()) {
                            case "equals" -> proxy == arguments[0];
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> "Ctrl-C handler";
                        };
                    });
            return new CtrlC(signal, HANDLE.invoke(null, signal, handler));
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            return new CtrlC(null, null); // the signal is the JVM's (-Xrs) or the OS's: Ctrl-C keeps its meaning
        }
    }

    /** Gives Ctrl-C back its meaning before {@link #during}. */
    @Override
    public void close() {
        if (HANDLE != null && signal != null && previous != null) {
            try {
                HANDLE.invoke(null, signal, previous);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("could not restore the Ctrl-C handler", e);
            }
        }
    }

    private static @Nullable Method lookUp() {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            return signal.getMethod("handle", signal, Class.forName("sun.misc.SignalHandler"));
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }
}
