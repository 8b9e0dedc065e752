package dev.crmkit.examples.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool.PoolInitializationException;
import dev.crmkit.examples.JdbcUrls;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;

/**
 * Opens the CLI's small pool, failing in one line with the driver's reason. An H2 file that another process has
 * open (H2 lets one at a time: a script's commands in the background, a second terminal) is waited for, with a note
 * on stderr, for up to {@link #IN_USE_WAIT}: a command holds it for about a second.
 */
final class CliPool {

    /** How long a command waits for an H2 file that another process has open. */
    static final Duration IN_USE_WAIT = Duration.ofSeconds(10);

    /** H2's DATABASE_ALREADY_OPEN_1: the file is locked by another process. */
    private static final int H2_IN_USE = 90020;

    private static final Duration RETRY_PAUSE = Duration.ofMillis(200);

    private CliPool() {}

    /**
     * @param config the pool, its URL and credentials set
     * @param connectionTimeout the bound on a PostgreSQL login (the pool's own bounds the rest)
     * @param err where the note that the command waits goes
     * @throws UserException when the database cannot be reached, or stays in use
     */
    static HikariDataSource open(HikariConfig config, Duration connectionTimeout, PrintWriter err) {
        boundTheLogin(config, connectionTimeout);
        String url = JdbcUrls.withoutPassword(config.getJdbcUrl());
        long deadline = System.nanoTime() + IN_USE_WAIT.toNanos();
        boolean told = false;
        while (true) {
            try {
                return new HikariDataSource(config);
            } catch (PoolInitializationException e) {
                if (!inUse(e)) {
                    throw new UserException("cannot connect to the database " + url + ": " + reason(e));
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new UserException("cannot connect to the database " + url + ": another process still has"
                            + " it open (a crm command that is still running, or an application using the same"
                            + " file); try again once it ends");
                }
                if (!told) {
                    err.println("crm: the database is in use by another process; waiting for it to close it");
                    err.flush();
                    told = true;
                }
                pause();
            }
        }
    }

    /**
     * Bounds the whole login to the connection timeout for PostgreSQL, whose driver ignores the login timeout the
     * pool sets through DriverManager (its own {@code loginTimeout} defaults to none): a server that accepts the
     * connection but never answers its handshake would otherwise hold the command for ever. MariaDB's driver
     * honours the pool's; H2 is local. A {@code loginTimeout} given in the URL wins.
     */
    private static void boundTheLogin(HikariConfig config, Duration connectionTimeout) {
        String url = config.getJdbcUrl();
        if (url.startsWith("jdbc:postgresql:") && !url.toLowerCase(Locale.ROOT).contains("logintimeout=")) {
            config.addDataSourceProperty("loginTimeout", Long.toString(connectionTimeout.toSeconds()));
        }
    }

    private static boolean inUse(PoolInitializationException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == H2_IN_USE) {
                return true;
            }
        }
        return false;
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException("interrupted while waiting for the database");
        }
    }

    /** The driver's reason, on one line, without the pool's wrapping. */
    private static String reason(PoolInitializationException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() != null
                ? cause.getMessage()
                : cause.getClass().getSimpleName();
        return message.strip().replaceAll("\\s+", " ");
    }
}
