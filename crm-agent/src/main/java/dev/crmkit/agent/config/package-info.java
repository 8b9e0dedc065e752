/**
 * The assistant's model chosen by configuration ({@link dev.crmkit.agent.config.AgentModel}): a GGUF
 * file, an OpenAI-compatible server or the host's own model — what Spring Boot's auto-configuration
 * and the command-line tools build from their settings.
 */
@NullMarked
package dev.crmkit.agent.config;

import org.jspecify.annotations.NullMarked;
