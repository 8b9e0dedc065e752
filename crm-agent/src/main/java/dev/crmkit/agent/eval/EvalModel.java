package dev.crmkit.agent.eval;

import dev.langchain4j.model.chat.ChatModel;
import java.util.Objects;

/**
 * The model under evaluation. For a real model the same {@link ChatModel} serves every case
 * ({@link #of}); a scripted one ({@link ReplayModel}) needs to know the case it plays.
 */
@FunctionalInterface
public interface EvalModel {

    /**
     * @param evalCase the case about to run
     * @return the chat model for that case
     */
    ChatModel forCase(EvalCase evalCase);

    /**
     * @param model any LangChain4j chat model: a {@link dev.crmkit.agent.llama.LlamaCppChatModel}, an
     *              OpenAI-compatible server's
     * @return the model for every case
     */
    static EvalModel of(ChatModel model) {
        Objects.requireNonNull(model, "model");
        return evalCase -> model;
    }
}
