package dev.crmkit.examples.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * The bad inputs the fuzz test draws from: ids that are not plain digits, query values of the wrong
 * type or beyond any column's range, JSON values of every wrong kind, and whole bodies that are
 * malformed in ways parsers disagree on. Deterministic for a given {@link Random}.
 */
final class BadInputs {

    /**
     * Forms of an id that are not plain decimal digits in {@code long} range; each must be a 404,
     * never the record whose digits it hides.
     */
    static List<String> malformedIds(long real) {
        return List.of(
                "0x" + Long.toHexString(real),
                "+" + real,
                "0" + real,
                real + ";DROP",
                real + ".0",
                real + "%20",
                "%20" + real,
                real + "e0",
                "-" + real,
                "99999999999999999999",
                "9223372036854775808",
                "abc",
                "%D9%A1",
                "1_000",
                "%2B" + real,
                real + "%3Bx",
                "0" + "0".repeat(30) + real);
    }

    /** Plain digits that name no record: refused (404, or 400 for a body that breaks a rule first), never 2xx. */
    static List<String> missingIds(long real) {
        return List.of("0", "" + real + real + real + real + real + real + "9", "9223372036854775807");
    }

    /** Query values: wrong types, extremes, bad dates, control characters, injection attempts. Percent-encoded. */
    static final List<String> QUERY_VALUES = List.of(
            "abc",
            "",
            "-1",
            "0",
            "1e2147483648",
            "1e-999999999",
            "-1e131072",
            "1e131072",
            "99999999999999999999",
            "9223372036854775808",
            "0x10",
            "%2B1",
            "NaN",
            "Infinity",
            "true",
            "%2B5874898-01-01",
            "-4714-11-24",
            "0000-01-01",
            "2026-02-30",
            "2026-13-01",
            "10000-01-01",
            "%00",
            "a%01b",
            "%1B%5B31m",
            "%7F",
            "%C0%AF",
            "%E0%80%AF",
            "%ED%A0%80",
            "%F4%90%80%80",
            "%FF",
            "%FE%FF",
            "%F0%9F%98%80",
            "'%3B%20DROP%20TABLE%20contacts%3B--",
            "%25",
            "-",
            "--id",
            "-%2Bid",
            ",,,",
            "todo,,nope",
            "a".repeat(5000),
            "eyJ2IjoxfQ",
            "AAAA",
            "bm9wZQ%3D%3D",
            "-9223372036854775808",
            "1.5",
            "1%2C5");

    /** JSON values of every wrong kind and size, as raw JSON text. */
    static final List<String> JSON_VALUES = List.of(
            "\"abc\"",
            "\"\"",
            "1e2147483648",
            "-1e2147483648",
            "1e-999999999",
            "1e400",
            "-1e400",
            "99999999999999999999999",
            "9223372036854775808",
            "-9223372036854775809",
            "1.5",
            "-1",
            "0",
            "true",
            "false",
            "null",
            "{}",
            "[]",
            "[1,2]",
            "{\"a\":{\"b\":[]}}",
            "\"1e999999999\"",
            "\"-0.00001\"",
            "\"25000.00\"",
            "\"+5874898-01-01\"",
            "\"-4714-11-24\"",
            "\"0000-01-01\"",
            "\"9999-12-31\"",
            "\"2026-02-30\"",
            "\"a\\u0000b\"",
            "\"\\u0001\"",
            "\"\\u001b[31mred\"",
            "\"\\ud800\"",
            "\"tab\\tnew\\nline\"",
            "\"" + "x".repeat(3000) + "\"",
            "\"\uD83D\uDE00\"",
            "\"WON\"",
            "\"nope\"",
            "\"'; DROP TABLE deals;--\"",
            "0.00001",
            "1234567890123456.5");

    /** Whole bodies that are wrong before any field is read. */
    static final List<String> BODIES = List.of(
            "",
            " ",
            "null",
            "[]",
            "[1]",
            "\"text\"",
            "42",
            "{",
            "{\"a\":",
            "{\"a\":1,}",
            "{'a':1}",
            "{\"a\" 1}",
            "\uFEFF{}",
            "{\"a\":1}{\"b\":2}",
            "{\"a\":NaN}",
            "{\"a\":Infinity}",
            "{\"a\":01}",
            "{\"a\":.5}",
            "{\"a\":\"\\x41\"}",
            "[".repeat(2000) + "]".repeat(2000),
            "{\"a\":" + "[".repeat(600) + "]".repeat(600) + "}");

    private BadInputs() {}

    /** {@code "first_name": "a/b"} with the slash as an overlong or otherwise invalid UTF-8 sequence. */
    static byte[] invalidUtf8(Random random, String field) {
        byte[][] sequences = {
            {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xFF},
            {(byte) 0xC3},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0xAF}
        };
        byte[] bad = sequences[random.nextInt(sequences.length)];
        byte[] head = ("{\"" + field + "\": \"a").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "b\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(bad, 0, body, head.length, bad.length);
        System.arraycopy(tail, 0, body, head.length + bad.length, tail.length);
        return body;
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
