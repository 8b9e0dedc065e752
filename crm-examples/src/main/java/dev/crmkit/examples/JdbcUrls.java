package dev.crmkit.examples;

import java.util.regex.Pattern;

/** JDBC URLs as both examples print them in their error messages. */
public final class JdbcUrls {

    // PostgreSQL and MariaDB take ?password=..., H2 ;PASSWORD=...
    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    private JdbcUrls() {}

    /**
     * The URL as it may be printed or logged: a password given in it is replaced by {@code ***}.
     *
     * @param url a JDBC URL
     * @return the URL without its password
     */
    public static String withoutPassword(String url) {
        return PASSWORD.matcher(url).replaceAll("$1***");
    }
}
