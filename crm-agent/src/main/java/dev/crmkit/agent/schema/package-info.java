/**
 * The subset of JSON Schema that LangChain4j tool specifications use: a normalised form, and a validator for tool-call arguments from any chat model.
 */
@NullMarked
package dev.crmkit.agent.schema;

import org.jspecify.annotations.NullMarked;
