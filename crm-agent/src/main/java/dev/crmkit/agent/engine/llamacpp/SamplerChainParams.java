package dev.crmkit.agent.engine.llamacpp;

import com.sun.jna.Structure;

/** {@code struct llama_sampler_chain_params}. */
@Structure.FieldOrder({"no_perf"})
public class SamplerChainParams extends MirroredStructure {
    public byte no_perf;

    @Override
    String cName() {
        return "llama_sampler_chain_params";
    }

    /** Passed and returned by value. */
    public static final class ByValue extends SamplerChainParams implements Structure.ByValue {}
}
