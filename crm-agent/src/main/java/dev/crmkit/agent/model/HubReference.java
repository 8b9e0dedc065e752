package dev.crmkit.agent.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model file on a Hugging Face-style hub, written {@code hf:<owner>/<repo>/<file>.gguf}, e.g.
 * {@code hf:Qwen/Qwen2.5-1.5B-Instruct-GGUF/qwen2.5-1.5b-instruct-q4_k_m.gguf}. The file is taken from
 * the repository's {@code main} revision; it may sit in a folder of the repository.
 *
 * @param owner the user or organisation
 * @param repo  the repository
 * @param path  the file's path in the repository, ending in {@code .gguf}
 */
public record HubReference(String owner, String repo, String path) {

    /** The prefix that marks a hub reference. */
    public static final String PREFIX = "hf:";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._+-]*");
    private static final Pattern REFERENCE = Pattern.compile("hf:([^/]+)/([^/]+)/(.+)");

    public HubReference {
        if (!NAME.matcher(owner).matches() || !NAME.matcher(repo).matches()) {
            throw new IllegalArgumentException(
                    "a hub owner and repository are letters, digits, '.', '_' or '-', not " + owner + "/" + repo);
        }
        for (String segment : path.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.contains("..")) {
                throw new IllegalArgumentException("not a file path in a repository: " + path);
            }
        }
        if (!path.endsWith(".gguf")) {
            throw new IllegalArgumentException("a model file ends in .gguf, not " + path);
        }
    }

    /** @return true when {@code text} is written as a hub reference ({@code hf:...}) */
    public static boolean isReference(String text) {
        return text.startsWith(PREFIX);
    }

    /**
     * @param text {@code hf:<owner>/<repo>/<file>.gguf}
     * @return the reference
     * @throws IllegalArgumentException when {@code text} is not written that way
     */
    public static HubReference parse(String text) {
        Matcher matcher = REFERENCE.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("a hub reference is written hf:<owner>/<repo>/<file>.gguf, not " + text);
        }
        return new HubReference(matcher.group(1), matcher.group(2), matcher.group(3));
    }

    /** @return the file's name without its folders: the name it gets in the models directory */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** @return the folder of the file in the repository, empty at its root */
    String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    @Override
    public String toString() {
        return PREFIX + owner + "/" + repo + "/" + path;
    }
}
