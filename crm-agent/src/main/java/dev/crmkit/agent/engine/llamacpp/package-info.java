/**
 * crmkit's own binding over llama.cpp's C API ({@code llama.h} of llama.cpp v0.5.0), through JNA, and the
 * {@link dev.crmkit.agent.engine.InferenceEngine} built on it. The shared libraries come from the npm package
 * {@code @node-llama-cpp/linux-x64}, packaged in the crm-agent jar and extracted to a private directory at
 * run time; ggml picks the CPU back-end variant that suits the processor.
 */
@NullMarked
package dev.crmkit.agent.engine.llamacpp;

import org.jspecify.annotations.NullMarked;
