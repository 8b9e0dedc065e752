package dev.crmkit.agent.engine.llamacpp;

import com.sun.jna.Pointer;
import dev.crmkit.agent.engine.EngineException;
import dev.crmkit.agent.engine.EngineException.Reason;
import dev.crmkit.agent.engine.EngineRequest;
import dev.crmkit.agent.engine.EngineResult;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One request on a {@link NativeEngine}: prompt evaluation, then sample, stream and decode token by token. */
final class Generation {

    private static final Logger log = LoggerFactory.getLogger(Generation.class);
    /** Tokens of the reply reserved before the prompt is evaluated; the rest is reserved as the reply grows. */
    private static final int REPLY_RESERVE = 256;

    private final NativeEngine engine;
    private final LlamaLibrary llama;
    private final EngineRequest request;
    private final Consumer<String> onPiece;
    private final BooleanSupplier stop;
    private final StringBuilder text = new StringBuilder();
    private final Utf8Pieces utf8 = new Utf8Pieces();
    private final StopStrings stops;
    private long first = -1;

    Generation(NativeEngine engine, EngineRequest request, Consumer<String> onPiece, BooleanSupplier stop) {
        this.engine = engine;
        this.llama = engine.llama();
        this.request = request;
        this.onPiece = onPiece;
        this.stop = stop;
        this.stops = new StopStrings(request.stop());
    }

    EngineResult run() {
        long start = System.nanoTime();
        int[] prompt = engine.tokenize(request.prompt(), true);
        if (prompt.length == 0) {
            throw new EngineException(Reason.FAILED, "the prompt is empty");
        }
        if (prompt.length + request.maxTokens() > engine.contextSize()) {
            throw new EngineException(
                    Reason.CONTEXT_OVERFLOW,
                    "the prompt of " + prompt.length + " tokens and " + request.maxTokens()
                            + " tokens of output do not fit the context of " + engine.contextSize() + " tokens");
        }
        // room for the prompt and the first part of the reply; the loop below grows the cache when a long reply
        // needs more, so a short one never pays for the whole output budget
        engine.reserve(prompt.length + Math.min(request.maxTokens(), REPLY_RESERVE));
        long tokenized = System.nanoTime();
        Pointer sampler = sampler();
        long samplerReady = System.nanoTime();
        try {
            int reused = engine.cache().evaluate(prompt, stop);
            long evaluated = System.nanoTime();
            if (reused < 0) {
                return result(prompt.length, 0, 0, true, start);
            }
            int generated = 0;
            boolean cancelled = false;
            byte[] piece = new byte[256];
            while (generated < request.maxTokens()) {
                if (stop.getAsBoolean()) {
                    cancelled = true;
                    break;
                }
                int token = llama.llama_sampler_sample(sampler, engine.context(), -1);
                if (generated == 0 && log.isDebugEnabled()) {
                    log.debug(
                            "{}: tokenize {} ms ({} tokens), sampler {} ms, evaluate {} ms ({} reused), first sample {} ms",
                            engine.name(),
                            NativeEngine.millis(start, tokenized),
                            prompt.length,
                            NativeEngine.millis(tokenized, samplerReady),
                            NativeEngine.millis(samplerReady, evaluated),
                            reused,
                            NativeEngine.millis(evaluated, System.nanoTime()));
                }
                if (llama.llama_vocab_is_eog(engine.vocab(), token) != 0) {
                    break;
                }
                generated++;
                int length = llama.llama_token_to_piece(engine.vocab(), token, piece, piece.length, 0, (byte) 0);
                if (length < 0) {
                    piece = new byte[-length];
                    length = llama.llama_token_to_piece(engine.vocab(), token, piece, piece.length, 0, (byte) 0);
                }
                emit(stops.feed(utf8.append(piece, Math.max(length, 0))));
                if (stops.matched() || generated == request.maxTokens()) {
                    break;
                }
                engine.reserve(engine.cache().tokens().length + 1);
                engine.cache().decode(new int[] {token}, 0, 1);
            }
            if (!stops.matched()) {
                emit(stops.feed(utf8.flush()));
                emit(stops.flush());
            }
            return result(prompt.length, reused, generated, cancelled, start);
        } finally {
            llama.llama_sampler_free(sampler);
        }
    }

    private Pointer sampler() {
        SamplerChainParams.ByValue params = llama.llama_sampler_chain_default_params();
        params.no_perf = 1;
        Pointer chain = llama.llama_sampler_chain_init(params);
        if (request.grammar() != null) {
            engine.clearNativeErrors();
            Pointer grammar = llama.llama_sampler_init_grammar(engine.vocab(), request.grammar(), "root");
            if (grammar == null) {
                llama.llama_sampler_free(chain);
                throw new EngineException(
                        Reason.GRAMMAR, "llama.cpp could not parse the grammar: " + engine.lastNativeError());
            }
            llama.llama_sampler_chain_add(chain, grammar);
        }
        if (request.temperature() <= 0) {
            llama.llama_sampler_chain_add(chain, llama.llama_sampler_init_greedy());
        } else {
            llama.llama_sampler_chain_add(chain, llama.llama_sampler_init_temp(request.temperature()));
            llama.llama_sampler_chain_add(chain, llama.llama_sampler_init_dist(request.seed()));
        }
        return chain;
    }

    private void emit(String piece) {
        if (!piece.isEmpty()) {
            first = first < 0 ? System.nanoTime() : first;
            text.append(piece);
            onPiece.accept(piece);
        }
    }

    private EngineResult result(int promptTokens, int reused, int generated, boolean cancelled, long start) {
        long end = System.nanoTime();
        return new EngineResult(
                text.toString(),
                promptTokens,
                reused,
                generated,
                cancelled,
                Duration.ofNanos((first < 0 ? end : first) - start),
                Duration.ofNanos(end - start));
    }
}
