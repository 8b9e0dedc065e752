package dev.crmkit.examples.web.idempotency;

import dev.crmkit.core.storage.SqlErrors;
import dev.crmkit.examples.web.problem.ApiException;
import dev.crmkit.examples.web.problem.BodyTooLargeException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on the API's POSTs. The first request with a key runs and its response
 * (status, {@code Location}, {@code ETag}, body) is kept for {@code crm.idempotency.ttl}; a retry
 * with the same key, user and request (method, path, query, content type and body) gets that
 * response again with {@code Idempotent-Replayed: true} and writes nothing. The same key with
 * another request is 422; a retry while the first is still running is 409 with {@code Retry-After}.
 * Keys are per user (the authenticated principal's name, else anonymous).
 *
 * <p>The guarantee: for every endpoint but the chat, the request's crmkit writes and the stored
 * response are committed in one database transaction ({@link RequestTransactions}), and the
 * response is sent only after that commit. So if the client never heard back (the connection, the
 * app or the database failed at any point), either both are in the database and the retry replays
 * the response, or neither is and the retry runs the request afresh — never twice. A request that
 * ends in 5xx is not kept: its writes are rolled back and the key released.
 *
 * <p>The chat ({@code /api/v1/chat/**}) runs the assistant's tool calls on their own transactions
 * (a model may think for minutes; no transaction should stay open that long), so there the key is
 * reserved before and completed after: a failure between the chat's writes and the completion
 * leaves the key reserved until {@code crm.idempotency.lease} passes, after which a retry runs
 * again. The streamed chat ({@code /api/v1/chat/stream}) cannot be replayed and refuses the header.
 */
public final class IdempotencyFilter extends OncePerRequestFilter {

    /** The request header. */
    public static final String HEADER = "Idempotency-Key";

    /** Set on a replayed response. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final String ANONYMOUS = "";

    private final IdempotencyStore store;
    private final DataSource dataSource;
    private final RequestTransactions transactions;
    private final HandlerExceptionResolver problems;
    // Not a bean: an Executor bean would replace Boot's task executor, which the streamed chat uses.
    private final ExecutorService releases = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "idempotency-key-release");
        thread.setDaemon(true);
        return thread;
    });

    IdempotencyFilter(
            IdempotencyStore store,
            DataSource dataSource,
            RequestTransactions transactions,
            HandlerExceptionResolver problems) {
        this.store = store;
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.problems = problems;
    }

    @Override
    public void destroy() {
        releases.shutdown();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || request.getHeader(HEADER) == null
                || !path(request).startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        int keys = Collections.list(request.getHeaders(HEADER)).size();
        if (keys > 1) {
            // Which of two keys is "the" key is a guess (a proxy may keep either): refuse rather than pick one.
            invalidKey(request, response, "is given " + keys + " times; give it once");
            return;
        }
        if (!VALID_KEY.matcher(key).matches()) {
            invalidKey(request, response, "must be 1 to 255 visible ASCII characters, e.g. a UUID");
            return;
        }
        if (path(request).startsWith("/api/v1/chat/stream")) {
            invalidKey(
                    request,
                    response,
                    "is not supported on a streamed answer, which cannot be replayed; use POST /api/v1/chat");
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (BodyTooLargeException e) {
            problem(
                    request,
                    response,
                    new ApiException(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", e.getMessage(), Map.of()));
            return;
        }
        Principal user = request.getUserPrincipal();
        String principal = user == null ? ANONYMOUS : user.getName();
        String owner = UUID.randomUUID().toString();
        IdempotencyStore.Reservation reservation;
        try {
            reservation = store.reserve(principal, key, fingerprint(request, body), owner);
        } catch (RuntimeException e) {
            problem(request, response, e);
            return;
        }
        if (reservation instanceof IdempotencyStore.Reservation.Replay replay) {
            replay(replay.response(), response);
        } else if (reservation instanceof IdempotencyStore.Reservation.Mismatch) {
            refuse(
                    request,
                    response,
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "idempotency-key-reused",
                    "The Idempotency-Key was already used with another request.",
                    "was used with another request (method, path or body); send a new key for a new request");
        } else if (reservation instanceof IdempotencyStore.Reservation.InFlight) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            refuse(
                    request,
                    response,
                    HttpStatus.CONFLICT,
                    "idempotency-key-in-use",
                    "A request with this Idempotency-Key is still running.",
                    "is in use by a request still running; retry shortly to get its answer");
        } else {
            Reserved run = new Reserved(principal, key, owner, new CachedBodyRequest(request, body), response);
            if (path(request).startsWith("/api/v1/chat")) {
                run.reserveThenComplete(chain);
            } else {
                run.inOneTransaction(chain);
            }
        }
    }

    /** A request that holds its key: run it and keep its answer. */
    private final class Reserved {

        private final String principal;
        private final String key;
        private final String owner;
        private final HttpServletRequest request;
        private final HttpServletResponse response;

        Reserved(String principal, String key, String owner, HttpServletRequest request, HttpServletResponse response) {
            this.principal = principal;
            this.key = key;
            this.owner = owner;
            this.request = request;
            this.response = response;
        }

        @SuppressWarnings("try") // the binding only has to be open while the chain runs
        void inOneTransaction(FilterChain chain) throws ServletException, IOException {
            ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
            boolean committed = false;
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (RequestTransactions.Binding joined = transactions.join(connection)) {
                    chain.doFilter(request, captured);
                }
                if (captured.getStatus() >= 500) {
                    connection.rollback();
                    store.release(principal, key, owner);
                    captured.copyBodyToResponse();
                    return;
                }
                if (!store.complete(connection, principal, key, owner, stored(captured))) {
                    connection.rollback();
                    takenOver(captured);
                    return;
                }
                connection.commit();
                committed = true;
            } catch (SQLException e) {
                // Before the commit nothing was written; at the commit the outcome may be unknown,
                // and then the key row tells the retry: completed if it committed, else released
                // here or by its lease.
                log.warn("request with an idempotency key failed on the database: {}", e.getMessage());
                // In the background: with the database away the release would wait out the pool's
                // timeout too, and the client has waited long enough.
                CompletableFuture.runAsync(() -> store.release(principal, key, owner), releases);
                failed(captured, SqlErrors.translate(e));
                return;
            } catch (RuntimeException | ServletException | IOException e) {
                if (!committed) {
                    store.release(principal, key, owner);
                }
                throw e;
            }
            captured.copyBodyToResponse();
        }

        void reserveThenComplete(FilterChain chain) throws ServletException, IOException {
            ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
            try {
                chain.doFilter(request, captured);
            } catch (RuntimeException | ServletException | IOException e) {
                store.release(principal, key, owner);
                throw e;
            }
            if (captured.getStatus() >= 500) {
                store.release(principal, key, owner);
            } else {
                try {
                    if (!store.complete(principal, key, owner, stored(captured))) {
                        log.warn(
                                "an idempotency key was taken over while its chat request ran; its answer is not kept");
                    }
                } catch (RuntimeException e) {
                    log.warn(
                            "could not keep the answer of a chat request; its key frees itself after the lease: {}",
                            e.getMessage());
                }
            }
            captured.copyBodyToResponse();
        }

        private void takenOver(ContentCachingResponseWrapper captured) throws IOException {
            captured.resetBuffer();
            response.reset();
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            refuse(
                    request,
                    response,
                    HttpStatus.CONFLICT,
                    "idempotency-key-in-use",
                    "This request outlived its Idempotency-Key's lease and another request took the key over;"
                            + " nothing was written.",
                    "was taken over by a retry; retry to get its answer");
        }

        private void failed(ContentCachingResponseWrapper captured, RuntimeException error) throws IOException {
            captured.resetBuffer();
            response.reset();
            problem(request, response, error);
        }
    }

    private static StoredResponse stored(ContentCachingResponseWrapper captured) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : StoredResponse.KEPT_HEADERS) {
            String value = name.equals("Content-Type") ? captured.getContentType() : captured.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return new StoredResponse(captured.getStatus(), headers, captured.getContentAsByteArray());
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        stored.headers().forEach(response::setHeader);
        response.setHeader(REPLAYED_HEADER, "true");
        response.setContentLength(stored.body().length);
        response.getOutputStream().write(stored.body());
    }

    /** A 400 naming the header: {@code rule} is what its value (or its count) breaks. */
    private void invalidKey(HttpServletRequest request, HttpServletResponse response, String rule) throws IOException {
        refuse(request, response, HttpStatus.BAD_REQUEST, "validation", "The input breaks one or more rules.", rule);
    }

    private void refuse(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String type,
            String detail,
            String headerError)
            throws IOException {
        problem(
                request,
                response,
                new ApiException(status, type, detail, Map.of("errors", Map.of(HEADER, headerError))));
    }

    /** Answers {@code error} exactly as a controller's would be: through the API's problem advice. */
    private void problem(HttpServletRequest request, HttpServletResponse response, Exception error) throws IOException {
        // As the dispatcher does before resolving: the handler's "produces" no longer applies, so
        // the problem goes out as application/problem+json rather than the handler's JSON.
        request.removeAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
        if (problems.resolveException(request, response, null, error) == null) {
            response.sendError(HttpStatus.INTERNAL_SERVER_ERROR.value());
        }
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        return fingerprint(
                request.getMethod(), path(request), request.getQueryString(), request.getContentType(), body);
    }

    /** What makes two requests "the same request": SHA-256 over method, path, query, content type and body. */
    static String fingerprint(
            String method, String path, @Nullable String query, @Nullable String contentType, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {method, path, String.valueOf(query), String.valueOf(contentType)}) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
