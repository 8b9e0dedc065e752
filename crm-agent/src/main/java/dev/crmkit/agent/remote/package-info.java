/**
 * Remote models: any OpenAI-compatible chat server (llama.cpp's server, vLLM, Ollama) as the
 * agent's model, through LangChain4j's OpenAI module, with failures reported in words that name the server.
 */
@NullMarked
package dev.crmkit.agent.remote;

import org.jspecify.annotations.NullMarked;
