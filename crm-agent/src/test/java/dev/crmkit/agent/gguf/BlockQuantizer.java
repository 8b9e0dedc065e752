package dev.crmkit.agent.gguf;

import java.nio.ByteBuffer;

/**
 * Encodes values in ggml's storage formats, following ggml's reference quantisers
 * ({@code quantize_row_q8_0_ref}, {@code quantize_row_q4_0_ref}) so llama.cpp reads back what was meant.
 */
final class BlockQuantizer {

    private BlockQuantizer() {}

    static void encode(GgufTensorType type, float[] block, ByteBuffer out) {
        switch (type) {
            case F32 -> {
                for (float value : block) {
                    out.putFloat(value);
                }
            }
            case F16 -> {
                for (float value : block) {
                    out.putShort(halfBits(value));
                }
            }
            case Q8_0 -> q8(block, out);
            case Q4_0 -> q4(block, out);
        }
    }

    /** 32 values → f16 scale d = max|x| / 127, then round(x / d) as signed bytes. */
    private static void q8(float[] block, ByteBuffer out) {
        float amax = 0;
        for (float value : block) {
            amax = Math.max(amax, Math.abs(value));
        }
        float d = amax / 127f;
        float id = d != 0 ? 1f / d : 0f;
        out.putShort(halfBits(d));
        for (float value : block) {
            out.put((byte) Math.round(value * id));
        }
    }

    /**
     * 32 values → f16 scale d = max / -8 (max being the value of largest magnitude, with its sign),
     * then nibbles of x / d + 8; value j and value j + 16 share byte j.
     */
    private static void q4(float[] block, ByteBuffer out) {
        float amax = 0;
        float max = 0;
        for (float value : block) {
            if (Math.abs(value) > amax) {
                amax = Math.abs(value);
                max = value;
            }
        }
        float d = max / -8f;
        float id = d != 0 ? 1f / d : 0f;
        out.putShort(halfBits(d));
        for (int j = 0; j < 16; j++) {
            int low = Math.min(15, (int) (block[j] * id + 8.5f));
            int high = Math.min(15, (int) (block[j + 16] * id + 8.5f));
            out.put((byte) (low | high << 4));
        }
    }

    /** IEEE 754 binary16 bits of a float, rounding to nearest even (Java 17 has no Float.floatToFloat16). */
    static short halfBits(float value) {
        int bits = Float.floatToRawIntBits(value);
        int sign = bits >>> 16 & 0x8000;
        int exponent = (bits >>> 23 & 0xFF) - 127 + 15;
        int mantissa = bits & 0x7FFFFF;
        if ((bits & 0x7FFFFFFF) >= 0x7F800000) {
            return (short) (sign | 0x7C00 | (mantissa != 0 ? 0x200 : 0));
        }
        if (exponent >= 0x1F) {
            return (short) (sign | 0x7C00);
        }
        if (exponent <= 0) {
            if (exponent < -10) {
                return (short) sign;
            }
            mantissa |= 0x800000;
            int shift = 14 - exponent;
            int half = mantissa >> shift;
            int remainder = mantissa & ((1 << shift) - 1);
            int halfway = 1 << (shift - 1);
            if (remainder > halfway || (remainder == halfway && (half & 1) != 0)) {
                half++;
            }
            return (short) (sign | half);
        }
        int half = exponent << 10 | mantissa >> 13;
        int remainder = mantissa & 0x1FFF;
        if (remainder > 0x1000 || (remainder == 0x1000 && (half & 1) != 0)) {
            half++;
        }
        return (short) (sign | half);
    }
}
