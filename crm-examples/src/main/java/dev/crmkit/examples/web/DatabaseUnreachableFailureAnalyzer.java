package dev.crmkit.examples.web;

import dev.crmkit.core.storage.SqlErrors;
import dev.crmkit.examples.JdbcUrls;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * A start that failed because the database could not be reached, or refused the login, is reported
 * as Boot's short "APPLICATION FAILED TO START" naming the JDBC URL, the driver's reason and what to
 * check, instead of a page of stack trace (which Boot then logs at debug only). Registered in
 * {@code META-INF/spring.factories}.
 */
final class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected @Nullable FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        if (!SqlErrors.isConnectionFailure(cause) && !isLoginRefused(cause)) {
            return null;
        }
        String url = environment.getProperty("spring.datasource.url");
        return new FailureAnalysis(
                "crmkit cannot connect to the database "
                        + (url == null ? "(spring.datasource.url is not set)" : JdbcUrls.withoutPassword(url))
                        + ": " + reason(cause),
                "Check that the database is running and reachable from this machine, and that"
                        + " spring.datasource.url, spring.datasource.username and spring.datasource.password"
                        + " are right (see crm-examples/README.md).",
                rootFailure);
    }

    // SQLState class 28: invalid authorization (a wrong user or password).
    private static boolean isLoginRefused(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("28");
    }

    /** The innermost SQLException's message: the driver's reason, not the pool's wrapping of it. */
    private static String reason(SQLException e) {
        SQLException innermost = e;
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException sql) {
                innermost = sql;
            }
        }
        String message = innermost.getMessage();
        return message == null ? innermost.getClass().getSimpleName() : message.strip();
    }
}
