package dev.crmkit.agent.tool;

import dev.crmkit.core.kernel.ValidationException;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/** Tools with every supported parameter type, recording each call they receive. */
final class SampleTools {

    enum Mood {
        CALM,
        VERY_HAPPY
    }

    record Greeting(
            String text, @Nullable String mood, @Nullable Integer times) {}

    final List<String> calls = new CopyOnWriteArrayList<>();

    @Tool(name = "greet", value = "Greets someone. Example: {\"name\": \"Ada\"}")
    Greeting greet(
            @P("who to greet") @MaxLength(5) String name,
            @P(value = "how often", required = false) @Nullable Integer times,
            @P(value = "the mood", required = false) @Nullable Mood mood) {
        calls.add("greet " + name);
        return new Greeting("Hello " + name, mood == null ? null : mood.name(), times);
    }

    @Tool(name = "measure", value = "Takes every kind of number")
    Map<String, Object> measure(
            @P("an id") long id,
            @P("a count") int count,
            @P("a ratio") double ratio,
            @P("an amount") BigDecimal amount,
            @P("a flag") boolean flag) {
        calls.add("measure " + id);
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("id", id);
        echo.put("count", count);
        echo.put("ratio", ratio);
        echo.put("amount", amount);
        echo.put("flag", flag);
        return echo;
    }

    @Tool(name = "ping", value = "Does nothing")
    void ping() {
        calls.add("ping");
    }

    @RequiresConfirmation
    @Tool(name = "erase", value = "Erases a thing")
    void erase(@P("what") long id) {
        calls.add("erase " + id);
    }

    @Tool(name = "refuse", value = "Always breaks a CRM rule")
    String refuse(@P(value = "an email", required = false) @Nullable String email) {
        calls.add("refuse");
        throw new ValidationException(Map.of("email", "must be a valid email address such as jane@example.com"));
    }

    @Tool(name = "crash", value = "Always fails unexpectedly")
    String crash() {
        calls.add("crash");
        throw new IllegalStateException("a bug with internal details");
    }
}
