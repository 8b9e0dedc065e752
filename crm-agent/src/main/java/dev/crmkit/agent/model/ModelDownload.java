package dev.crmkit.agent.model;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A model file to fetch: where from, under which name, and the SHA-256 it must have.
 *
 * @param uri      an http(s) address of the file
 * @param fileName the name it gets in the models directory (no directories)
 * @param sha256   its SHA-256 as 64 hex digits; the download is refused unless it matches
 */
public record ModelDownload(URI uri, String fileName, String sha256) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /**
     * @param uri an http(s) address of the file
     * @param fileName the name it gets in the models directory (no directories)
     * @param sha256 its SHA-256 as 64 hex digits; the download is refused unless it matches
     * @throws IllegalArgumentException when the address is not http(s), the file name is not a plain
     * file name, or the checksum is not 64 lower-case hex digits
     */
    public ModelDownload {
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("model downloads need an http or https address, not " + uri);
        }
        if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
            throw new IllegalArgumentException("fileName must be a plain file name, not " + fileName);
        }
        sha256 = sha256.toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 hex digits, not " + sha256);
        }
    }
}
