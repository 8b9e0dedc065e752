/**
 * Reading and writing GGUF model files: the header and metadata of any GGUF, and small random-weight models for tests and benchmarks.
 */
@NullMarked
package dev.crmkit.agent.gguf;

import org.jspecify.annotations.NullMarked;
