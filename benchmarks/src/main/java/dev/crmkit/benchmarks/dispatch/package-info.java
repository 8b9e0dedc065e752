/** Tool dispatch: from a model's tool-call JSON to a validated call, its execution and the serialised result. */
@NullMarked
package dev.crmkit.benchmarks.dispatch;

import org.jspecify.annotations.NullMarked;
