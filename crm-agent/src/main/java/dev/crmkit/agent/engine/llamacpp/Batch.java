package dev.crmkit.agent.engine.llamacpp;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import org.jspecify.annotations.Nullable;

/** {@code struct llama_batch}, as {@code llama_batch_get_one} fills it. */
@Structure.FieldOrder({"n_tokens", "token", "embd", "pos", "n_seq_id", "seq_id", "logits"})
public class Batch extends MirroredStructure {
    public int n_tokens;
    public @Nullable Pointer token;
    public @Nullable Pointer embd;
    public @Nullable Pointer pos;
    public @Nullable Pointer n_seq_id;
    public @Nullable Pointer seq_id;
    public @Nullable Pointer logits;

    @Override
    String cName() {
        return "llama_batch";
    }

    /** Passed and returned by value. */
    public static final class ByValue extends Batch implements Structure.ByValue {}
}
