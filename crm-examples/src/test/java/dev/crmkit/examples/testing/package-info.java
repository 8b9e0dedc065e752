/** Test support shared by the web app's and the CLI's tests: a scripted chat model and the shared test model. */
@NullMarked
package dev.crmkit.examples.testing;

import org.jspecify.annotations.NullMarked;
