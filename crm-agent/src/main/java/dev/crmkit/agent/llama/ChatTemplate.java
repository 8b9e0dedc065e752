package dev.crmkit.agent.llama;

import dev.crmkit.agent.engine.Prompt;
import dev.crmkit.agent.gguf.GgufMetadata;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * The chat formats crmkit renders in Java, recognised from a model's Jinja template the way
 * llama.cpp's own non-Jinja path recognises them (by their marker tokens).
 *
 * <p>Why not let llama.cpp render the template: java-llama.cpp's {@code applyTemplate} runs C++ that
 * aborts the whole JVM when a template raises (tools without Jinja, roles that do not alternate),
 * and {@code complete} ignores messages anyway. Rendering here is deterministic, which is also what
 * keeps the system prompt's tokens identical between turns so llama.cpp can reuse them.
 */
public enum ChatTemplate {

    /** {@code <|im_start|>role\ncontent<|im_end|>\n}: Qwen, SmolLM, many fine-tunes; the fallback. */
    CHATML("<|im_end|>") {
        @Override
        void turn(Prompt.Builder out, Turn turn) {
            out.markup("<|im_start|>")
                    .plain(turn.role().id() + "\n")
                    .plain(turn.content())
                    .markup("<|im_end|>")
                    .plain("\n");
        }

        @Override
        void generationPrompt(Prompt.Builder out) {
            out.markup("<|im_start|>").plain("assistant\n");
        }
    },

    /**
     * Qwen3: ChatML whose assistant turn opens with an empty {@code <think>} block, as its template renders
     * with {@code enable_thinking=false}: the model answers (or calls a tool) without reasoning aloud first.
     */
    QWEN3("<|im_end|>") {
        @Override
        void turn(Prompt.Builder out, Turn turn) {
            CHATML.turn(out, turn);
        }

        @Override
        void generationPrompt(Prompt.Builder out) {
            out.markup("<|im_start|>")
                    .plain("assistant\n")
                    .markup("<think>")
                    .plain("\n\n")
                    .markup("</think>")
                    .plain("\n\n");
        }
    },

    /** {@code <|start_header_id|>role<|end_header_id|>\n\ncontent<|eot_id|>}: Llama 3.x. */
    LLAMA3("<|eot_id|>") {
        @Override
        void turn(Prompt.Builder out, Turn turn) {
            out.markup("<|start_header_id|>")
                    .plain(turn.role().id())
                    .markup("<|end_header_id|>")
                    .plain("\n\n")
                    .plain(turn.content())
                    .markup("<|eot_id|>");
        }

        @Override
        void generationPrompt(Prompt.Builder out) {
            out.markup("<|start_header_id|>")
                    .plain("assistant")
                    .markup("<|end_header_id|>")
                    .plain("\n\n");
        }
    },

    /** {@code <start_of_turn>user\n...<end_of_turn>\n}: Gemma 1–3; the system prompt opens the first user turn. */
    GEMMA("<end_of_turn>") {
        @Override
        List<Turn> prepare(List<Turn> turns) {
            return systemIntoFirstUserTurn(turns);
        }

        @Override
        void turn(Prompt.Builder out, Turn turn) {
            String role = turn.role() == Role.ASSISTANT ? "model" : "user";
            out.markup("<start_of_turn>")
                    .plain(role + "\n")
                    .plain(turn.content())
                    .markup("<end_of_turn>")
                    .plain("\n");
        }

        @Override
        void generationPrompt(Prompt.Builder out) {
            out.markup("<start_of_turn>").plain("model\n");
        }
    },

    /** {@code <|user|>\ncontent<|end|>\n}: Phi-3 and Phi-4-mini. */
    PHI3("<|end|>") {
        @Override
        void turn(Prompt.Builder out, Turn turn) {
            out.markup("<|" + turn.role().id() + "|>")
                    .plain("\n")
                    .plain(turn.content())
                    .markup("<|end|>")
                    .plain("\n");
        }

        @Override
        void generationPrompt(Prompt.Builder out) {
            out.markup("<|assistant|>").plain("\n");
        }
    },

    /** {@code [INST] ... [/INST] answer</s>}: Llama 2 and Mistral; the system prompt opens the first user turn. */
    LLAMA2("</s>") {
        @Override
        List<Turn> prepare(List<Turn> turns) {
            return systemIntoFirstUserTurn(turns);
        }

        @Override
        void turn(Prompt.Builder out, Turn turn) {
            if (turn.role() == Role.ASSISTANT) {
                out.plain(" ").plain(turn.content()).markup("</s>");
            } else {
                out.markup("[INST]").plain(" ").plain(turn.content()).plain(" ").markup("[/INST]");
            }
        }

        @Override
        void generationPrompt(Prompt.Builder out) {
            // The model answers right after [/INST].
        }
    };

    private final String endOfTurn;

    ChatTemplate(String endOfTurn) {
        this.endOfTurn = endOfTurn;
    }

    /**
     * The format of a model file: the one its own template is recognised as, else ChatML with a
     * warning naming the file; ChatML when the file has no template.
     */
    static ChatTemplate of(GgufMetadata metadata, Path file) {
        return metadata.chatTemplate()
                .map(jinja -> detect(jinja).orElseGet(() -> {
                    LoggerFactory.getLogger(ChatTemplate.class)
                            .warn(
                                    "the chat template of {} is not one crmkit recognises; using ChatML, set"
                                            + " chatTemplate(...) to choose another",
                                    file.getFileName());
                    return CHATML;
                }))
                .orElse(CHATML);
    }

    /**
     * Recognises a model's template by its markers, as llama.cpp does.
     *
     * @param jinjaTemplate the {@code tokenizer.chat_template} of a GGUF file
     * @return the matching format, or empty when none matches (callers fall back to {@link #CHATML})
     */
    public static Optional<ChatTemplate> detect(String jinjaTemplate) {
        if (jinjaTemplate.contains("<|im_start|>") && jinjaTemplate.contains("enable_thinking")) {
            return Optional.of(QWEN3);
        }
        if (jinjaTemplate.contains("<|im_start|>")) {
            return Optional.of(CHATML);
        }
        if (jinjaTemplate.contains("<|start_header_id|>") && jinjaTemplate.contains("<|end_header_id|>")) {
            return Optional.of(LLAMA3);
        }
        if (jinjaTemplate.contains("<start_of_turn>")) {
            return Optional.of(GEMMA);
        }
        if (jinjaTemplate.contains("<|assistant|>") && jinjaTemplate.contains("<|end|>")) {
            return Optional.of(PHI3);
        }
        if (jinjaTemplate.contains("[INST]")) {
            return Optional.of(LLAMA2);
        }
        return Optional.empty();
    }

    /**
     * Renders a conversation. The turns' content stays plain text: spelling a marker such as {@code <|im_end|>} in
     * a message does not end its turn.
     *
     * @param turns               the conversation, oldest first
     * @param addGenerationPrompt whether to open an assistant turn for the model to write
     * @return the prompt: the template's markers as markup, the turns' content as plain text
     */
    public Prompt render(List<Turn> turns, boolean addGenerationPrompt) {
        Prompt.Builder out = Prompt.builder();
        for (Turn turn : prepare(turns)) {
            turn(out, turn);
        }
        if (addGenerationPrompt) {
            generationPrompt(out);
        }
        return out.build();
    }

    /** @return the text that closes a turn; plain-text generation stops there */
    public String endOfTurn() {
        return endOfTurn;
    }

    List<Turn> prepare(List<Turn> turns) {
        return turns;
    }

    abstract void turn(Prompt.Builder out, Turn turn);

    abstract void generationPrompt(Prompt.Builder out);

    private static List<Turn> systemIntoFirstUserTurn(List<Turn> turns) {
        if (turns.isEmpty() || turns.get(0).role() != Role.SYSTEM) {
            return turns;
        }
        List<Turn> merged = new ArrayList<>(turns.subList(1, turns.size()));
        String system = turns.get(0).content();
        if (!merged.isEmpty() && merged.get(0).role() == Role.USER) {
            merged.set(0, new Turn(Role.USER, system + "\n\n" + merged.get(0).content()));
        } else {
            merged.add(0, new Turn(Role.USER, system));
        }
        return merged;
    }

    /** Who speaks a turn. */
    public enum Role {
        /** Instructions and tool descriptions. */
        SYSTEM("system"),
        /** The person, or a tool's result reported to the model. */
        USER("user"),
        /** The model. */
        ASSISTANT("assistant");

        private final String id;

        Role(String id) {
            this.id = id;
        }

        /** @return the role name templates use */
        public String id() {
            return id;
        }
    }

    /**
     * One turn of a conversation.
     *
     * @param role    who speaks
     * @param content what is said
     */
    public record Turn(Role role, String content) {}
}
