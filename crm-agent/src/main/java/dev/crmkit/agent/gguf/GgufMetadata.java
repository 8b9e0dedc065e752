package dev.crmkit.agent.gguf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The header and metadata of a GGUF file.
 *
 * <p>Scalar values are kept as {@link Number}, {@link Boolean} or {@link String}; arrays as
 * {@link GgufArray}, whose elements are kept only for small arrays (the 150,000 tokens of a
 * vocabulary are counted, not loaded).
 *
 * @param version     the GGUF version (2 or 3)
 * @param tensorCount number of tensors the file declares
 * @param values      every metadata key with its value, in file order
 */
public record GgufMetadata(int version, long tensorCount, Map<String, Object> values) {

    /** Key of the architecture name every GGUF model carries. */
    public static final String ARCHITECTURE = "general.architecture";
    /** Key of the Jinja chat template a model ships with, when it has one. */
    public static final String CHAT_TEMPLATE = "tokenizer.chat_template";

    /**
     * Keeps an unmodifiable copy of the values, in file order.
     *
     * @param version the GGUF version (2 or 3)
     * @param tensorCount number of tensors the file declares
     * @param values every metadata key with its value, in file order
     */
    public GgufMetadata {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * @return the model architecture, such as {@code llama} or {@code qwen2}
     * @throws GgufFormatException when the file has no {@code general.architecture}
     */
    public String architecture() {
        return string(ARCHITECTURE)
                .orElseThrow(() -> new GgufFormatException(
                        "the GGUF file has no " + ARCHITECTURE + " entry, so it is not a usable model file"));
    }

    /** @return the chat template shipped in the file, if any */
    public Optional<String> chatTemplate() {
        return string(CHAT_TEMPLATE);
    }

    /** @return the context length the model was trained with, if the file says */
    public OptionalLong contextLength() {
        return string(ARCHITECTURE)
                .map(arch -> integer(arch + ".context_length"))
                .orElse(OptionalLong.empty());
    }

    /** @return the model's display name, if the file has one */
    public Optional<String> name() {
        return string("general.name");
    }

    /**
     * @param key a metadata key
     * @return its value when it is a string
     */
    public Optional<String> string(String key) {
        Object value = values.get(key);
        return value instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /**
     * @param key a metadata key
     * @return its value when it is an integer of any width
     */
    public OptionalLong integer(String key) {
        Object value = values.get(key);
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return OptionalLong.of(((Number) value).longValue());
        }
        return OptionalLong.empty();
    }

    /**
     * A metadata array.
     *
     * @param elementType the GGUF type name of its elements, such as {@code STRING}
     * @param length      number of elements
     * @param elements    the elements, or an empty list when the array was too long to keep
     */
    public record GgufArray(String elementType, long length, List<Object> elements) {

        /**
         * Keeps an unmodifiable copy of the elements.
         *
         * @param elementType the GGUF type name of its elements, such as {@code STRING}
         * @param length number of elements
         * @param elements the elements, or an empty list when the array was too long to keep
         */
        public GgufArray {
            elements = List.copyOf(elements);
        }
    }
}
