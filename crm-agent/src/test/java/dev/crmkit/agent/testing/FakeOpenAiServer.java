package dev.crmkit.agent.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An OpenAI-compatible chat server on loopback that answers {@code POST /v1/chat/completions} from a
 * script: tool calls (valid or not), answers, or an HTTP error, each once, in order. It answers a
 * request with {@code "stream": true} as server-sent events, splitting text and tool arguments into
 * small chunks the way real servers do. It records every request it received.
 */
public final class FakeOpenAiServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<Received> received = new ArrayList<>();

    /** A request as the server saw it: its Authorization header, if any, and its JSON body. */
    public record Received(@Nullable String authorization, JsonNode body) {

        /** @return the messages of the given role ({@code system}, {@code user}, {@code assistant}, {@code tool}) */
        public List<JsonNode> messages(String role) {
            List<JsonNode> messages = new ArrayList<>();
            body.path("messages").forEach(message -> {
                if (role.equals(message.path("role").asText())) {
                    messages.add(message);
                }
            });
            return messages;
        }
    }

    private sealed interface Reply {}

    private record ToolCalls(Map<String, String> calls) implements Reply {}

    private record Answer(String text) implements Reply {}

    private record Failure(int status, String body) implements Reply {}

    private FakeOpenAiServer(HttpServer server) {
        this.server = server;
    }

    /** @return a started server on a free loopback port */
    public static FakeOpenAiServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeOpenAiServer fake = new FakeOpenAiServer(http);
            http.createContext("/v1/chat/completions", fake::handle);
            http.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the base URL a client is configured with, ending in {@code /v1} */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    /**
     * @param tool      the tool's name, known or not
     * @param arguments the arguments exactly as sent, valid JSON or not
     * @return this server, to script the next reply
     */
    public synchronized FakeOpenAiServer thenCall(String tool, String arguments) {
        script.add(new ToolCalls(Map.of(tool, arguments)));
        return this;
    }

    /**
     * @param text the answer
     * @return this server, to script the next reply
     */
    public synchronized FakeOpenAiServer thenAnswer(String text) {
        script.add(new Answer(text));
        return this;
    }

    /**
     * @param status the HTTP status
     * @param body   the error body, as an OpenAI server writes it
     * @return this server, to script the next reply
     */
    public synchronized FakeOpenAiServer thenFail(int status, String body) {
        script.add(new Failure(status, body));
        return this;
    }

    /** @return the requests received so far, in order */
    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    /** @return the last request received */
    public synchronized Received lastReceived() {
        if (received.isEmpty()) {
            throw new IllegalStateException("no request arrived");
        }
        return received.get(received.size() - 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            Reply reply;
            synchronized (this) {
                received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"), body));
                reply = script.isEmpty()
                        ? new Failure(500, "{\"error\":{\"message\":\"the script is over\"}}")
                        : script.poll();
            }
            if (reply instanceof Failure failure) {
                send(exchange, failure.status(), "application/json", failure.body());
            } else if (body.path("stream").asBoolean(false)) {
                stream(exchange, body.path("model").asText(), reply);
            } else {
                send(
                        exchange,
                        200,
                        "application/json",
                        completion(body.path("model").asText(), reply));
            }
        }
    }

    private static String completion(String model, Reply reply) {
        ObjectNode message = JSON.createObjectNode().put("role", "assistant");
        String finish = "stop";
        if (reply instanceof Answer answer) {
            message.put("content", answer.text());
        } else if (reply instanceof ToolCalls calls) {
            message.putNull("content");
            ArrayNode toolCalls = message.putArray("tool_calls");
            int index = 0;
            for (Map.Entry<String, String> call : calls.calls().entrySet()) {
                toolCalls
                        .addObject()
                        .put("id", "call_" + ++index)
                        .put("type", "function")
                        .putObject("function")
                        .put("name", call.getKey())
                        .put("arguments", call.getValue());
            }
            finish = "tool_calls";
        }
        ObjectNode response = envelope(model, "chat.completion");
        ObjectNode choice = response.putArray("choices").addObject().put("index", 0);
        choice.set("message", message);
        choice.put("finish_reason", finish);
        response.putObject("usage")
                .put("prompt_tokens", 10)
                .put("completion_tokens", 5)
                .put("total_tokens", 15);
        return response.toString();
    }

    private static void stream(HttpExchange exchange, String model, Reply reply) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            String finish = "stop";
            if (reply instanceof Answer answer) {
                for (String piece : pieces(answer.text())) {
                    event(out, chunk(model, JSON.createObjectNode().put("content", piece), null));
                }
            } else if (reply instanceof ToolCalls calls) {
                int index = 0;
                for (Map.Entry<String, String> call : calls.calls().entrySet()) {
                    ObjectNode start = JSON.createObjectNode();
                    start.putArray("tool_calls")
                            .addObject()
                            .put("index", index)
                            .put("id", "call_" + (index + 1))
                            .put("type", "function")
                            .putObject("function")
                            .put("name", call.getKey())
                            .put("arguments", "");
                    event(out, chunk(model, start, null));
                    for (String piece : pieces(call.getValue())) {
                        ObjectNode delta = JSON.createObjectNode();
                        delta.putArray("tool_calls")
                                .addObject()
                                .put("index", index)
                                .putObject("function")
                                .put("arguments", piece);
                        event(out, chunk(model, delta, null));
                    }
                    index++;
                }
                finish = "tool_calls";
            }
            event(out, chunk(model, JSON.createObjectNode(), finish));
            out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < text.length(); i += 4) {
            pieces.add(text.substring(i, Math.min(text.length(), i + 4)));
        }
        return pieces;
    }

    private static String chunk(String model, ObjectNode delta, @Nullable String finish) {
        ObjectNode chunk = envelope(model, "chat.completion.chunk");
        ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
        choice.set("delta", delta);
        if (finish == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finish);
        }
        return chunk.toString();
    }

    private static ObjectNode envelope(String model, String object) {
        return JSON.createObjectNode()
                .put("id", "chatcmpl-fake")
                .put("object", object)
                .put("created", 0)
                .put("model", model);
    }

    private static void event(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
