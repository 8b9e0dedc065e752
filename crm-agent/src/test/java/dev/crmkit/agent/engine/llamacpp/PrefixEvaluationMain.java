package dev.crmkit.agent.engine.llamacpp;

import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Times the evaluation of a prompt prefix of a given length on crmkit's engine under chosen context settings,
 * to find what makes a long prefix slow (the figures are in benchmarks/RESULTS.md, "Prefix evaluation"). Not a
 * test: run it by hand. The prefix is tool-description-like text (JSON schema fragments and English), cut to
 * exactly the asked number of tokens.
 *
 * <p>Arguments: model file, prefix tokens, context size, batch, micro-batch, flash attention ({@code -1} auto,
 * {@code 0} off, {@code 1} on), batch threads.
 */
public final class PrefixEvaluationMain {

    private static final String TEXT =
            "Creates a contact in the CRM. {\"type\":\"object\",\"properties\":{\"firstName\":"
                    + "{\"type\":\"string\",\"maxLength\":40},\"email\":{\"type\":\"string\"}}} Use the tools to act; ask "
                    + "before deleting. ";

    private PrefixEvaluationMain() {}

    /** @param args see the class comment */
    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int prefixTokens = Integer.parseInt(args[1]);
        NativeLibraries.Loaded libraries = NativeLibraries.load();
        LlamaLibrary llama = libraries.llama();
        ModelParams.ByValue modelParams = llama.llama_model_default_params();
        modelParams.n_gpu_layers = 0;
        Pointer model = llama.llama_model_load_from_file(file.toString(), modelParams);
        ContextParams.ByValue params = llama.llama_context_default_params();
        params.n_ctx = Integer.parseInt(args[2]);
        params.n_batch = Integer.parseInt(args[3]);
        params.n_ubatch = Integer.parseInt(args[4]);
        params.flash_attn_type = Integer.parseInt(args[5]);
        params.n_seq_max = 1;
        params.n_threads = 1;
        params.n_threads_batch = Integer.parseInt(args[6]);
        params.no_perf = 1;
        params.swa_full = 1;
        Pointer context = llama.llama_init_from_model(model, params);
        if (context == null) {
            throw new IllegalStateException(libraries.logSink().lastError());
        }
        try {
            KvCache cache = new KvCache(libraries, context, String.valueOf(file.getFileName()));
            int[] prefix = Arrays.copyOf(tokens(llama, llama.llama_model_get_vocab(model), prefixTokens), prefixTokens);
            long start = System.nanoTime();
            cache.evaluate(prefix, () -> false);
            System.out.printf(
                    "prefix %d tokens, context %d, batch %d, ubatch %d, flash attention %d, batch threads %d: %d ms%n",
                    prefixTokens,
                    cache.contextSize(),
                    params.n_batch,
                    params.n_ubatch,
                    params.flash_attn_type,
                    params.n_threads_batch,
                    (System.nanoTime() - start) / 1_000_000);
        } finally {
            llama.llama_free(context);
            llama.llama_model_free(model);
        }
    }

    private static int[] tokens(LlamaLibrary llama, Pointer vocab, int atLeast) {
        byte[] text = TEXT.repeat(atLeast * 2 / TEXT.length() + 1).getBytes(StandardCharsets.UTF_8);
        int[] tokens = new int[text.length + 2];
        int count = llama.llama_tokenize(vocab, text, text.length, tokens, tokens.length, (byte) 1, (byte) 1);
        if (count < atLeast) {
            throw new IllegalStateException("the text makes only " + count + " tokens");
        }
        return tokens;
    }
}
