/**
 * Reading GGUF model files: the header and metadata of any GGUF, in plain Java. Writing them (random-weight
 * models for tests and benchmarks) lives in crm-agent's test-jar, in the same package.
 */
@NullMarked
package dev.crmkit.agent.gguf;

import org.jspecify.annotations.NullMarked;
