package dev.copydesk.core.corpus;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed on first use, at most once, by whichever thread asks first; threads that ask
 * meanwhile wait for it. Lets a corpus build an index only when a check needs it, while other
 * checks already run, and a check read its data files on the thread that prepares it.
 *
 * @param <T> the value's type
 */
public final class Once<T> implements Supplier<T> {
    private final Object lock = new Object();
    private Supplier<? extends T> compute;
    private volatile T value;

    /** @param compute makes the value (not null); called at most once */
    public Once(Supplier<? extends T> compute) {
        this.compute = Objects.requireNonNull(compute, "compute");
    }

    @Override
    public T get() {
        T v = value;
        if (v != null) {
            return v;
        }
        synchronized (lock) {
            if (value == null) {
                value = Objects.requireNonNull(compute.get(), "computed value");
                compute = null; // what it captured can be collected
            }
            return value;
        }
    }

    /** Whether the value has been computed. */
    boolean done() {
        return value != null;
    }
}
