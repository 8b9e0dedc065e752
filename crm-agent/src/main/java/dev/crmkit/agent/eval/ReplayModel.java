package dev.crmkit.agent.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scripted model that plays each case's expected calls, one per step, then answers: a perfect
 * model by construction. It proves the scoring (the suite must score 100% on it) and measures what the
 * harness itself costs. A {@code {"$contains": text}} expectation is replayed as {@code text}, a
 * {@code {"$oneOf": [...]}} as its first value.
 */
public final class ReplayModel implements EvalModel {

    /** The answer it gives once the calls are played. */
    public static final String ANSWER = "Done.";

    @Override
    public ChatModel forCase(EvalCase evalCase) {
        List<EvalCase.ExpectedCall> calls = evalCase.calls();
        AtomicInteger step = new AtomicInteger();
        return new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                int index = step.getAndIncrement();
                AiMessage message = index < calls.size() ? call(calls.get(index), index) : AiMessage.from(ANSWER);
                return ChatResponse.builder().aiMessage(message).build();
            }
        };
    }

    /**
     * @param call  an expected call
     * @param index its position, for the call id
     * @return a model message making exactly that call
     */
    public static AiMessage call(EvalCase.ExpectedCall call, int index) {
        return AiMessage.from(ToolExecutionRequest.builder()
                .id("replay-" + index)
                .name(call.tool())
                .arguments(concrete(call.arguments()).toString())
                .build());
    }

    /** @return the arguments with every matcher replaced by a value it matches */
    static ObjectNode concrete(ObjectNode arguments) {
        ObjectNode copy = arguments.deepCopy();
        for (Map.Entry<String, JsonNode> field : arguments.properties()) {
            if (field.getValue().isObject() && field.getValue().has(Arguments.CONTAINS)) {
                copy.set(field.getKey(), field.getValue().get(Arguments.CONTAINS));
            } else if (field.getValue().isObject() && field.getValue().has(Arguments.ONE_OF)) {
                copy.set(field.getKey(), field.getValue().get(Arguments.ONE_OF).get(0));
            }
        }
        return copy;
    }
}
