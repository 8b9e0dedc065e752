package dev.crmkit.agent.gguf;

/**
 * The values of a tensor, asked for by flat index (first dimension fastest), so a writer can
 * stream billions of them without holding them in memory.
 *
 * <p>Implementations must be pure: the same index always gives the same value.
 */
@FunctionalInterface
public interface TensorValues {

    /**
     * @param index flat element index, from 0 to the tensor's element count - 1
     * @return the value at that index
     */
    float at(long index);

    /**
     * @param value the value of every element
     * @return a tensor of one repeated value, such as 1 for a norm weight
     */
    static TensorValues constant(float value) {
        return index -> value;
    }

    /**
     * Deterministic pseudo-random values, uniform in {@code [-amplitude, amplitude)}. The weights of a
     * benchmark model do not matter, only its shapes; small values keep the activations finite.
     *
     * @param seed      selects the sequence
     * @param amplitude the largest absolute value
     * @return the random tensor
     */
    static TensorValues uniform(long seed, float amplitude) {
        return index -> {
            long z = seed + index * 0x9E3779B97F4A7C15L;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            z ^= z >>> 31;
            float unit = (z >>> 40) * 0x1.0p-24f;
            return (unit * 2f - 1f) * amplitude;
        };
    }
}
