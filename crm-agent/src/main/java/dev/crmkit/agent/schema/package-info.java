/**
 * The subset of JSON Schema that LangChain4j tool specifications use: a normalised form, for the grammar compiler.
 * A validator over it, used by the tests, lives in crm-agent's test-jar.
 */
@NullMarked
package dev.crmkit.agent.schema;

import org.jspecify.annotations.NullMarked;
