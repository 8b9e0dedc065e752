/**
 * {@link dev.crmkit.agent.llama.LlamaCppChatModel}, a LangChain4j chat model that runs a GGUF model in-process through llama.cpp (java-llama.cpp), formats conversations with the model's chat template and constrains tool calls with a grammar.
 */
@NullMarked
package dev.crmkit.agent.llama;

import org.jspecify.annotations.NullMarked;
