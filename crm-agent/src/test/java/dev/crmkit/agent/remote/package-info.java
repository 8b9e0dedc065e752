@NullMarked
package dev.crmkit.agent.remote;

import org.jspecify.annotations.NullMarked;
