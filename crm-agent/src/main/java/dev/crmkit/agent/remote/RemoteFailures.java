package dev.crmkit.agent.remote;

import dev.crmkit.agent.AgentException;
import dev.langchain4j.exception.HttpException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Turns the OpenAI client's failures into one sentence that names the server and what to check. */
final class RemoteFailures {

    private static final int BODY_MAX = 200;

    private final String baseUrl;
    private final String modelName;
    private final Duration timeout;

    RemoteFailures(String baseUrl, String modelName, Duration timeout) {
        this.baseUrl = baseUrl;
        this.modelName = modelName;
        this.timeout = timeout;
    }

    AgentException translate(Throwable failure) {
        if (failure instanceof AgentException agent) {
            return agent;
        }
        String server = "the model server at " + baseUrl;
        HttpException http = find(failure, HttpException.class);
        if (http != null) {
            int status = http.statusCode();
            String detail = excerpt(http.getMessage());
            String advice = switch (status) {
                case 401, 403 -> "; check the API key";
                case 404 -> "; check the base URL (it usually ends in /v1) and the model name '" + modelName + "'";
                case 429 -> "; it is overloaded, try again later";
                default -> status >= 500 ? "; the server failed, see its log" : "";
            };
            return new RemoteModelException(
                    server + " answered HTTP " + status + (detail.isEmpty() ? "" : " (" + detail + ")") + advice,
                    failure);
        }
        if (find(failure, ConnectException.class) != null) {
            return new RemoteModelException(
                    "cannot connect to " + server + ": is it running, and is the base URL right?", failure);
        }
        if (find(failure, UnknownHostException.class) != null) {
            return new RemoteModelException("cannot resolve the host of " + server, failure);
        }
        if (find(failure, HttpTimeoutException.class) != null
                || find(failure, dev.langchain4j.exception.TimeoutException.class) != null) {
            return new RemoteModelException(server + " did not answer within " + timeout.toSeconds() + " s", failure);
        }
        return new RemoteModelException(server + " failed: " + excerpt(failure.getMessage()), failure);
    }

    private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    private static String excerpt(@Nullable String message) {
        if (message == null) {
            return "";
        }
        String line = message.replaceAll("\\s+", " ").strip();
        return line.length() <= BODY_MAX ? line : line.substring(0, BODY_MAX) + "…";
    }
}
