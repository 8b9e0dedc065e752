/** Inference through llama.cpp: time to first token, prompt and generation speed, with and without the tool grammar. */
@NullMarked
package dev.crmkit.benchmarks.inference;

import org.jspecify.annotations.NullMarked;
