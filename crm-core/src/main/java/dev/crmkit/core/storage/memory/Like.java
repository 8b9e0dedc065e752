package dev.crmkit.core.storage.memory;

import dev.crmkit.core.query.LikePattern;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** SQL {@code LIKE} with {@link LikePattern#ESCAPE} as a Java pattern: {@code %} any text, {@code _} one character. */
final class Like {

    private Like() {}

    /** {@return rows whose text matches the pattern; every row without a pattern} */
    static <T> Predicate<T> matching(Optional<String> like, Function<T, String> text) {
        return like.map(Like::compile)
                .map(Pattern::asMatchPredicate)
                .<Predicate<T>>map(matches -> row -> matches.test(text.apply(row)))
                .orElse(row -> true);
    }

    static Pattern compile(String like) {
        StringBuilder regex = new StringBuilder();
        int[] codePoints = like.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            if (c == LikePattern.ESCAPE && i + 1 < codePoints.length) {
                regex.append(Pattern.quote(Character.toString(codePoints[++i])));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(Character.toString(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
