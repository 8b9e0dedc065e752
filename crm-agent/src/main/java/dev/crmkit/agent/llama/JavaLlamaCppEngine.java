package dev.crmkit.agent.llama;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaIterator;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;
import de.kherud.llama.ModelParameters;
import dev.crmkit.agent.engine.EngineException;
import dev.crmkit.agent.engine.EngineException.Reason;
import dev.crmkit.agent.engine.EngineRequest;
import dev.crmkit.agent.engine.EngineResult;
import dev.crmkit.agent.engine.InferenceEngine;
import dev.crmkit.agent.engine.Prompt;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portable engine: java-llama.cpp (de.kherud:llama 4.2.0, llama.cpp b4916), which runs a llama.cpp
 * server loop with one slot on a native thread and ships libraries for the common operating systems.
 * The slot's KV cache keeps the previous prompt ({@code cache_prompt}). The binding's receive call cannot be
 * interrupted, so the stop signal is checked between tokens.
 */
final class JavaLlamaCppEngine implements InferenceEngine {

    /** Engine name and version. */
    static final String VERSION = "java-llama.cpp-4.2.0 (llama.cpp b4916)";

    private static final Logger log = LoggerFactory.getLogger(JavaLlamaCppEngine.class);
    private static final String WARM_UP_PROMPT = "Hello";
    /** The opening bracket of a bracketed run without whitespace: how special tokens are spelled. */
    private static final Pattern SPECIAL_SPELLING = Pattern.compile("([<\\[])(?=[^\\s<>\\[\\]]{1,64}[>\\]])");

    private final LlamaModel model;
    private final String name;
    private int[] cachedPrompt = new int[0];
    private boolean closed;

    private JavaLlamaCppEngine(LlamaModel model, String name) {
        this.model = model;
        this.name = name;
    }

    /**
     * Loads the model without llama.cpp's warm-up and then warms up with one short completion: the
     * default warm-up runs on the loading thread and leaves OpenMP throttled for the native loop
     * thread (measured: generation at 0.03–0.6× native speed); a completion served by that loop
     * thread restores full speed.
     */
    static JavaLlamaCppEngine load(ModelParameters parameters, String name) {
        NativeLibrary.prepare();
        LlamaModel model;
        try {
            model = new LlamaModel(parameters.skipWarmup());
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new EngineException(
                    Reason.LOAD,
                    "llama.cpp could not load " + name + ": " + e.getMessage()
                            + ". The file passed the GGUF checks, so look at memory, a damaged download (verify its "
                            + "checksum) or a quantisation this build lacks; nativeLogging(true) shows llama.cpp's reason",
                    e);
        }
        requireLoaded(model, name);
        JavaLlamaCppEngine engine = new JavaLlamaCppEngine(model, name);
        long start = System.nanoTime();
        model.complete(new InferenceParameters(WARM_UP_PROMPT).setNPredict(1).setCachePrompt(true));
        engine.cachedPrompt = model.encode(WARM_UP_PROMPT);
        log.debug("warmed up {} in {} ms", name, (System.nanoTime() - start) / 1_000_000);
        return engine;
    }

    /**
     * The binding returns from a rejected parameter list without an exception and with no native
     * context; any later call would then crash the JVM. Its private handle tells.
     */
    private static void requireLoaded(LlamaModel model, String name) {
        try {
            var handle = LlamaModel.class.getDeclaredField("ctx");
            handle.setAccessible(true);
            if (handle.getLong(model) == 0) {
                throw new EngineException(
                        Reason.LOAD,
                        "llama.cpp rejected the parameters for " + name
                                + " and loaded nothing; check threads, contextSize and gpuLayers");
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (e instanceof EngineException refusal) {
                throw refusal;
            }
            log.debug("cannot check the native handle of {}: {}", name, e.toString());
        }
    }

    /** @return tokens of {@code prompt} plus one for the beginning-of-sequence token llama.cpp adds */
    @Override
    public int countTokens(Prompt prompt) {
        return model.encode(inert(prompt)).length + 1;
    }

    /**
     * The prompt as the one string this binding takes. Its tokenizer parses special tokens in the whole string, so
     * the plain text is made inert instead: a zero-width space after the opening bracket of anything spelled like a
     * special token ({@code <|im_end|>}, {@code </s>}, {@code <start_of_turn>}, {@code [INST]}) keeps it text.
     */
    static String inert(Prompt prompt) {
        StringBuilder text = new StringBuilder();
        for (Prompt.Part part : prompt.parts()) {
            text.append(
                    part.marker()
                            ? part.text()
                            : SPECIAL_SPELLING.matcher(part.text()).replaceAll("$1\u200B"));
        }
        return text.toString();
    }

    @Override
    public EngineResult generate(EngineRequest request, Consumer<String> onPiece, BooleanSupplier stop) {
        String text = inert(request.prompt());
        int[] prompt = model.encode(text);
        int cached = commonPrefix(cachedPrompt, prompt);
        cachedPrompt = prompt;
        InferenceParameters parameters = new InferenceParameters(text)
                .setNPredict(request.maxTokens())
                .setCachePrompt(true)
                .setSeed(request.seed())
                .setTemperature(request.temperature());
        if (request.grammar() != null) {
            parameters.setGrammar(request.grammar());
        }
        if (!request.stop().isEmpty()) {
            parameters.setStopStrings(request.stop().toArray(String[]::new));
        }
        long start = System.nanoTime();
        long first = -1;
        int pieces = 0;
        boolean cancelled = false;
        StringBuilder generated = new StringBuilder();
        LlamaIterator iterator;
        try {
            iterator = model.generate(parameters).iterator();
        } catch (RuntimeException e) {
            throw new EngineException(Reason.FAILED, "llama.cpp refused the request: " + e.getMessage(), e);
        }
        try {
            while (iterator.hasNext()) {
                if (stop.getAsBoolean()) {
                    iterator.cancel();
                    cancelled = true;
                    break;
                }
                LlamaOutput output = iterator.next();
                if (!output.text.isEmpty()) {
                    first = first < 0 ? System.nanoTime() : first;
                    pieces++;
                    generated.append(output.text);
                    onPiece.accept(output.text);
                }
            }
        } catch (RuntimeException e) {
            if (iterator.hasNext()) {
                iterator.cancel();
            }
            if (e.getClass().getName().startsWith("de.kherud.llama")) {
                throw new EngineException(Reason.FAILED, "llama.cpp failed during generation: " + e.getMessage(), e);
            }
            throw e;
        }
        long end = System.nanoTime();
        return new EngineResult(
                generated.toString(),
                prompt.length + 1,
                cached,
                pieces,
                cancelled,
                Duration.ofNanos((first < 0 ? end : first) - start),
                Duration.ofNanos(end - start));
    }

    /**
     * Evaluates {@code text} into the slot's KV cache with a one-token completion ({@code cache_prompt}), so
     * the next prompt starting with it evaluates only the rest. This binding cannot save the state.
     */
    @Override
    public boolean preparePrefix(Prompt prefix, BooleanSupplier stop) {
        String text = inert(prefix);
        int[] tokens = model.encode(text);
        // the one-token completion below cannot be stopped once it runs
        if (commonPrefix(cachedPrompt, tokens) == tokens.length || stop.getAsBoolean()) {
            return false;
        }
        try {
            model.complete(new InferenceParameters(text).setNPredict(1).setCachePrompt(true));
        } catch (RuntimeException e) {
            throw new EngineException(Reason.FAILED, "llama.cpp failed evaluating the prefix: " + e.getMessage(), e);
        }
        cachedPrompt = tokens;
        return false;
    }

    @Override
    public Map<String, String> description() {
        return Map.of("engine", VERSION, "cpu.variant", "avx2 (single build)");
    }

    private static int commonPrefix(int[] a, int[] b) {
        int n = Math.min(a.length, b.length);
        int i = 0;
        while (i < n && a[i] == b[i]) {
            i++;
        }
        return i;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            model.close();
            log.debug("closed {}", name);
        }
    }
}
