package dev.crmkit.agent;

import dev.crmkit.agent.tool.ToolDispatcher;
import java.time.Clock;
import java.time.Duration;

/** What every turn of a {@link CrmAgent} shares; immutable. */
record AgentSettings(ToolDispatcher tools, SystemPrompt systemPrompt, int maxSteps, Duration turnTimeout,
        int memoryWindow, ActionLog actionLog, Clock clock) {
}
