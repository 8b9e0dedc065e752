package dev.crmkit.agent.llama;

import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Request parameters of {@link LlamaCppChatModel}: LangChain4j's, plus a sampling {@link #seed()} per
 * request (the model's default seed applies when it is null).
 */
public class LlamaCppChatRequestParameters extends DefaultChatRequestParameters {

    private final @Nullable Integer seed;

    private LlamaCppChatRequestParameters(Builder builder) {
        super(builder);
        this.seed = builder.seed;
    }

    /** @return the sampling seed of this request, or null for the model's */
    public @Nullable Integer seed() {
        return seed;
    }

    @Override
    public LlamaCppChatRequestParameters overrideWith(ChatRequestParameters that) {
        return builder().overrideWith(this).overrideWith(that).build();
    }

    @Override
    public LlamaCppChatRequestParameters defaultedBy(ChatRequestParameters that) {
        return builder().overrideWith(that).overrideWith(this).build();
    }

    /** @return a builder of parameters */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LlamaCppChatRequestParameters that
                && super.equals(that)
                && Objects.equals(seed, that.seed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), seed);
    }

    @Override
    public String toString() {
        return "LlamaCppChatRequestParameters{" + super.toString() + ", seed=" + seed + "}";
    }

    /** Builds {@link LlamaCppChatRequestParameters}. */
    public static final class Builder extends DefaultChatRequestParameters.Builder<Builder> {

        private @Nullable Integer seed;

        @Override
        public Builder overrideWith(ChatRequestParameters parameters) {
            super.overrideWith(parameters);
            if (parameters instanceof LlamaCppChatRequestParameters llama && llama.seed() != null) {
                seed(llama.seed());
            }
            return this;
        }

        /**
         * @param seed the sampling seed, or null for the model's
         * @return this
         */
        public Builder seed(@Nullable Integer seed) {
            this.seed = seed;
            return this;
        }

        @Override
        public LlamaCppChatRequestParameters build() {
            return new LlamaCppChatRequestParameters(this);
        }
    }
}
