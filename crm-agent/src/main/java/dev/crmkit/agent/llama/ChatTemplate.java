package dev.crmkit.agent.llama;

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
        void turn(StringBuilder out, Turn turn) {
            out.append("<|im_start|>")
                    .append(turn.role().id())
                    .append('\n')
                    .append(turn.content())
                    .append("<|im_end|>\n");
        }

        @Override
        void generationPrompt(StringBuilder out) {
            out.append("<|im_start|>assistant\n");
        }
    },

    /**
     * Qwen3: ChatML whose assistant turn opens with an empty {@code <think>} block, as its template renders
     * with {@code enable_thinking=false}: the model answers (or calls a tool) without reasoning aloud first.
     */
    QWEN3("<|im_end|>") {
        @Override
        void turn(StringBuilder out, Turn turn) {
            CHATML.turn(out, turn);
        }

        @Override
        void generationPrompt(StringBuilder out) {
            out.append("<|im_start|>assistant\n<think>\n\n</think>\n\n");
        }
    },

    /** {@code <|start_header_id|>role<|end_header_id|>\n\ncontent<|eot_id|>}: Llama 3.x. */
    LLAMA3("<|eot_id|>") {
        @Override
        void turn(StringBuilder out, Turn turn) {
            out.append("<|start_header_id|>")
                    .append(turn.role().id())
                    .append("<|end_header_id|>\n\n")
                    .append(turn.content())
                    .append("<|eot_id|>");
        }

        @Override
        void generationPrompt(StringBuilder out) {
            out.append("<|start_header_id|>assistant<|end_header_id|>\n\n");
        }
    },

    /** {@code <start_of_turn>user\n...<end_of_turn>\n}: Gemma 1–3; the system prompt opens the first user turn. */
    GEMMA("<end_of_turn>") {
        @Override
        List<Turn> prepare(List<Turn> turns) {
            return systemIntoFirstUserTurn(turns);
        }

        @Override
        void turn(StringBuilder out, Turn turn) {
            String role = turn.role() == Role.ASSISTANT ? "model" : "user";
            out.append("<start_of_turn>")
                    .append(role)
                    .append('\n')
                    .append(turn.content())
                    .append("<end_of_turn>\n");
        }

        @Override
        void generationPrompt(StringBuilder out) {
            out.append("<start_of_turn>model\n");
        }
    },

    /** {@code <|user|>\ncontent<|end|>\n}: Phi-3 and Phi-4-mini. */
    PHI3("<|end|>") {
        @Override
        void turn(StringBuilder out, Turn turn) {
            out.append("<|")
                    .append(turn.role().id())
                    .append("|>\n")
                    .append(turn.content())
                    .append("<|end|>\n");
        }

        @Override
        void generationPrompt(StringBuilder out) {
            out.append("<|assistant|>\n");
        }
    },

    /** {@code [INST] ... [/INST] answer</s>}: Llama 2 and Mistral; the system prompt opens the first user turn. */
    LLAMA2("</s>") {
        @Override
        List<Turn> prepare(List<Turn> turns) {
            return systemIntoFirstUserTurn(turns);
        }

        @Override
        void turn(StringBuilder out, Turn turn) {
            if (turn.role() == Role.ASSISTANT) {
                out.append(' ').append(turn.content()).append("</s>");
            } else {
                out.append("[INST] ").append(turn.content()).append(" [/INST]");
            }
        }

        @Override
        void generationPrompt(StringBuilder out) {
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
     * @param turns               the conversation, oldest first
     * @param addGenerationPrompt whether to open an assistant turn for the model to write
     * @return the prompt text
     */
    public String render(List<Turn> turns, boolean addGenerationPrompt) {
        StringBuilder out = new StringBuilder();
        for (Turn turn : prepare(turns)) {
            turn(out, turn);
        }
        if (addGenerationPrompt) {
            generationPrompt(out);
        }
        return out.toString();
    }

    /** @return the text that closes a turn; plain-text generation stops there */
    public String endOfTurn() {
        return endOfTurn;
    }

    List<Turn> prepare(List<Turn> turns) {
        return turns;
    }

    abstract void turn(StringBuilder out, Turn turn);

    abstract void generationPrompt(StringBuilder out);

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
