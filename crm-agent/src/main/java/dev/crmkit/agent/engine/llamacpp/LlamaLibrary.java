package dev.crmkit.agent.engine.llamacpp;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Pointer;
import org.jspecify.annotations.Nullable;

/**
 * The functions of {@code llama.h} (llama.cpp v0.5.0) that crmkit calls, and ggml's back-end loader. C
 * {@code bool} results and arguments are mapped to {@code byte}, {@code size_t} to {@code long} (64-bit
 * Linux only); opaque handles are {@link Pointer}s.
 */
interface LlamaLibrary extends Library {

    /** {@code ggml_log_callback}. */
    interface LogCallback extends Callback {
        void invoke(int level, @Nullable String text, @Nullable Pointer userData);
    }

    void llama_log_set(@Nullable LogCallback callback, @Nullable Pointer userData);

    void llama_backend_init();

    String llama_print_system_info();

    ModelParams.ByValue llama_model_default_params();

    ContextParams.ByValue llama_context_default_params();

    SamplerChainParams.ByValue llama_sampler_chain_default_params();

    @Nullable
    Pointer llama_model_load_from_file(String path, ModelParams.ByValue params);

    void llama_model_free(Pointer model);

    @Nullable
    Pointer llama_init_from_model(Pointer model, ContextParams.ByValue params);

    void llama_free(Pointer context);

    int llama_n_ctx(Pointer context);

    int llama_n_batch(Pointer context);

    int llama_model_n_ctx_train(Pointer model);

    int llama_model_n_embd(Pointer model);

    int llama_model_n_head(Pointer model);

    Pointer llama_model_get_vocab(Pointer model);

    int llama_vocab_n_tokens(Pointer vocab);

    int llama_model_meta_val_str(Pointer model, String key, byte[] buffer, long size);

    @Nullable
    String llama_model_chat_template(Pointer model, @Nullable String name);

    int llama_tokenize(
            Pointer vocab,
            byte[] text,
            int textLength,
            int[] tokens,
            int maxTokens,
            byte addSpecial,
            byte parseSpecial);

    int llama_token_to_piece(Pointer vocab, int token, byte[] buffer, int length, int lstrip, byte special);

    int llama_detokenize(
            Pointer vocab,
            int[] tokens,
            int tokenCount,
            byte[] text,
            int maxLength,
            byte removeSpecial,
            byte unparseSpecial);

    byte llama_vocab_is_eog(Pointer vocab, int token);

    int llama_vocab_get_attr(Pointer vocab, int token);

    int llama_vocab_bos(Pointer vocab);

    int llama_vocab_eos(Pointer vocab);

    byte llama_vocab_get_add_bos(Pointer vocab);

    byte llama_vocab_get_add_eos(Pointer vocab);

    Batch.ByValue llama_batch_get_one(Pointer tokens, int count);

    int llama_decode(Pointer context, Batch.ByValue batch);

    Pointer llama_get_memory(Pointer context);

    void llama_memory_clear(Pointer memory, byte data);

    byte llama_memory_seq_rm(Pointer memory, int seq, int from, int to);

    int llama_memory_seq_pos_max(Pointer memory, int seq);

    long llama_state_seq_get_size(Pointer context, int seq);

    long llama_state_seq_get_data(Pointer context, Pointer destination, long size, int seq);

    long llama_state_seq_set_data(Pointer context, Pointer source, long size, int seq);

    long llama_state_seq_save_file(Pointer context, String path, int seq, int[] tokens, long count);

    long llama_state_seq_load_file(Pointer context, String path, int seq, int[] tokens, long capacity, long[] countOut);

    Pointer llama_sampler_chain_init(SamplerChainParams.ByValue params);

    void llama_sampler_chain_add(Pointer chain, Pointer sampler);

    @Nullable
    Pointer llama_sampler_init_grammar(Pointer vocab, String grammar, String root);

    Pointer llama_sampler_init_temp(float temperature);

    Pointer llama_sampler_init_dist(int seed);

    Pointer llama_sampler_init_greedy();

    int llama_sampler_sample(Pointer sampler, Pointer context, int index);

    void llama_sampler_free(Pointer sampler);
}
