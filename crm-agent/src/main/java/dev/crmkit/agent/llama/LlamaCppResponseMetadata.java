package dev.crmkit.agent.llama;

import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Response metadata of {@link LlamaCppChatModel}: LangChain4j's, plus {@link GenerationStats}. */
public class LlamaCppResponseMetadata extends ChatResponseMetadata {

    private final GenerationStats stats;

    private LlamaCppResponseMetadata(Builder builder) {
        super(builder);
        this.stats = Objects.requireNonNull(builder.stats, "stats");
    }

    /** @return the cost of the generation that produced the response */
    public GenerationStats stats() {
        return stats;
    }

    static Builder llamaBuilder() {
        return new Builder();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LlamaCppResponseMetadata that && super.equals(that) && stats.equals(that.stats);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), stats);
    }

    @Override
    public String toString() {
        return "LlamaCppResponseMetadata{" + super.toString() + ", stats=" + stats + "}";
    }

    static final class Builder extends ChatResponseMetadata.Builder<Builder> {

        private @Nullable GenerationStats stats;

        Builder stats(GenerationStats stats) {
            this.stats = stats;
            return this;
        }

        @Override
        public LlamaCppResponseMetadata build() {
            return new LlamaCppResponseMetadata(this);
        }
    }
}
