/**
 * Test fixtures: model files and tool specifications shared by the test classes.
 */
@NullMarked
package dev.crmkit.agent.testing;

import org.jspecify.annotations.NullMarked;
