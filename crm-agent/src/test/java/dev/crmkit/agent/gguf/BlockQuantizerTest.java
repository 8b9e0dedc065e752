package dev.crmkit.agent.gguf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class BlockQuantizerTest {

    @Test
    void should_encode_halves_like_ieee_binary16() {
        assertThat(BlockQuantizer.halfBits(1f)).isEqualTo((short) 0x3C00);
        assertThat(BlockQuantizer.halfBits(-2f)).isEqualTo((short) 0xC000);
        assertThat(BlockQuantizer.halfBits(65504f)).isEqualTo((short) 0x7BFF);
        assertThat(BlockQuantizer.halfBits(1e6f)).as("overflow is infinity").isEqualTo((short) 0x7C00);
        assertThat(BlockQuantizer.halfBits(5.9604645e-8f))
                .as("smallest subnormal")
                .isEqualTo((short) 0x0001);
        assertThat(BlockQuantizer.halfBits(0f)).isZero();
    }

    @Test
    void should_round_trip_q8_0_within_one_quantisation_step() {
        float[] block = ramp();
        ByteBuffer out = encode(GgufTensorType.Q8_0, block);

        float scale = half(out.getShort(0));
        for (int i = 0; i < 32; i++) {
            assertThat(out.get(2 + i) * scale).isCloseTo(block[i], within(scale / 2 + 1e-6f));
        }
    }

    @Test
    void should_pack_q4_0_with_value_j_low_and_value_j_plus_16_high() {
        float[] block = ramp();
        ByteBuffer out = encode(GgufTensorType.Q4_0, block);

        float scale = half(out.getShort(0));
        assertThat(((out.get(2) & 0x0F) - 8) * scale)
                .as("the value of largest magnitude sets the scale: exact")
                .isCloseTo(block[0], within(1e-3f));
        for (int j = 0; j < 16; j++) {
            int packed = out.get(2 + j) & 0xFF;
            // -8..7 steps: the positive end can be one step (of an f16-rounded scale) short, as in ggml
            assertThat(((packed & 0x0F) - 8) * scale).isCloseTo(block[j], within(Math.abs(scale) * 1.01f));
            assertThat(((packed >> 4) - 8) * scale).isCloseTo(block[j + 16], within(Math.abs(scale) * 1.01f));
        }
    }

    private static float[] ramp() {
        float[] block = new float[32];
        for (int i = 0; i < 32; i++) {
            block[i] = (i - 15.5f) / 10f;
        }
        return block;
    }

    private static ByteBuffer encode(GgufTensorType type, float[] block) {
        ByteBuffer out = ByteBuffer.allocate(type.bytesPerBlock()).order(ByteOrder.LITTLE_ENDIAN);
        BlockQuantizer.encode(type, block, out);
        assertThat(out.position()).isEqualTo(type.bytesPerBlock());
        return out;
    }

    /** Decodes binary16 the slow, obvious way. */
    private static float half(short bits) {
        int exponent = (bits >> 10) & 0x1F;
        int mantissa = bits & 0x3FF;
        float magnitude =
                exponent == 0 ? mantissa * 0x1p-24f : (1 + mantissa / 1024f) * (float) Math.pow(2, exponent - 15);
        return (bits & 0x8000) != 0 ? -magnitude : magnitude;
    }
}
