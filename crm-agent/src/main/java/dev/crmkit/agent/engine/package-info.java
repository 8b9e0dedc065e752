/**
 * The seam between {@link dev.crmkit.agent.llama.LlamaCppChatModel} and the native code that runs a GGUF model:
 * {@link dev.crmkit.agent.engine.InferenceEngine} turns a rendered prompt into text. Internal to crmkit: two
 * implementations exist, crmkit's own binding over llama.cpp's C API ({@code engine.llamacpp}) and
 * java-llama.cpp (the portable one, in {@code dev.crmkit.agent.llama}).
 */
@NullMarked
package dev.crmkit.agent.engine;

import org.jspecify.annotations.NullMarked;
