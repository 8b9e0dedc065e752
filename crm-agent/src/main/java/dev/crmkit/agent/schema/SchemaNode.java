package dev.crmkit.agent.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One node of a JSON schema in the subset LangChain4j tool specifications use, normalised: references
 * resolved, raw schemas parsed, and the bounds ({@code maxLength}, {@code maxItems}) made explicit.
 *
 * <p>Produced by {@link Schemas#of}; consumed by the grammar compiler (and by the tests' schema validator).
 */
public sealed interface SchemaNode {

    /**
     * @param properties           the properties in declaration order
     * @param required             names of the required properties
     * @param additionalProperties whether properties beyond those declared are valid
     */
    record ObjectNode(Map<String, SchemaNode> properties, Set<String> required, boolean additionalProperties)
            implements SchemaNode {

        /**
         * Keeps unmodifiable copies, the properties in declaration order.
         *
         * @param properties the properties in declaration order
         * @param required names of the required properties
         * @param additionalProperties whether properties beyond those declared are valid
         */
        public ObjectNode {
            properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
            required = Set.copyOf(required);
        }
    }

    /** @param maxLength the most code points the string may have, when bounded */
    record StringNode(OptionalInt maxLength) implements SchemaNode {}

    /** A JSON integer. */
    record IntegerNode() implements SchemaNode {}

    /** Any JSON number. */
    record NumberNode() implements SchemaNode {}

    /** {@code true} or {@code false}. */
    record BooleanNode() implements SchemaNode {}

    /** {@code null}. */
    record NullNode() implements SchemaNode {}

    /** @param values the only strings allowed */
    record EnumNode(List<String> values) implements SchemaNode {

        /**
         * @param values the only strings allowed
         * @throws UnsupportedSchemaException when there are no values
         */
        public EnumNode {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new UnsupportedSchemaException("an enum schema needs at least one value");
            }
        }
    }

    /**
     * @param items    schema of every element
     * @param maxItems the most elements allowed, when bounded
     */
    record ArrayNode(SchemaNode items, OptionalInt maxItems) implements SchemaNode {}

    /** @param alternatives a value is valid when it matches at least one of them */
    record AnyOfNode(List<SchemaNode> alternatives) implements SchemaNode {

        /**
         * Keeps an unmodifiable copy of the alternatives.
         *
         * @param alternatives a value is valid when it matches at least one of them
         */
        public AnyOfNode {
            alternatives = List.copyOf(alternatives);
        }
    }
}
