package dev.copydesk.core.testing;

import java.util.List;
import java.util.Random;

/**
 * Random inputs for the tests that try a property over many of them, each from a fixed seed, so
 * that a failure names the seed and the input and happens again on every run. Arbitrary text mixes
 * what breaks text code: ASCII letters, digits, punctuation and white space, control characters,
 * accented and non-Latin letters, typographic quotes and dashes, characters outside the Basic
 * Multilingual Plane (surrogate pairs), and lone surrogates.
 */
public final class RandomText {
    private static final String PUNCTUATION = ".,;:!?'\"()[]{}-_/\\@#&*%$+=<>~`|^";
    private static final String TYPOGRAPHIC = "\u2018\u2019\u201c\u201d\u00ab\u00bb\u2013\u2014\u2026\u00a0\u00ad\u200b\ufeff";
    private static final String WHITE = " \t\n\r\u000b\f";

    private RandomText() {
    }

    /** Text of at most {@code maxLength} UTF-16 units, any of the kinds above. */
    public static String any(Random random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder sb = new StringBuilder(length);
        while (sb.length() < length) {
            int kind = random.nextInt(12);
            switch (kind) {
                case 0, 1, 2 -> sb.append((char) ('a' + random.nextInt(26)));
                case 3 -> sb.append((char) ('A' + random.nextInt(26)));
                case 4 -> sb.append((char) ('0' + random.nextInt(10)));
                case 5 -> sb.append(PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
                case 6 -> sb.append(WHITE.charAt(random.nextInt(WHITE.length())));
                case 7 -> sb.append(TYPOGRAPHIC.charAt(random.nextInt(TYPOGRAPHIC.length())));
                case 8 -> sb.append((char) random.nextInt(0x20)); // control characters, NUL included
                case 9 -> sb.append((char) (0xC0 + random.nextInt(0x2500))); // accented Latin, Greek, Cyrillic, Arabic ...
                case 10 -> {
                    if (sb.length() + 2 <= length) {
                        sb.appendCodePoint(0x10000 + random.nextInt(0x10000)); // a surrogate pair
                    } else {
                        sb.append('x');
                    }
                }
                default -> sb.append((char) (random.nextBoolean() ? 0xD800 + random.nextInt(0x400)
                        : 0xDC00 + random.nextInt(0x400))); // a lone surrogate
            }
        }
        return sb.toString();
    }

    /** Text of at most {@code maxLength} ASCII letters. */
    public static String letters(Random random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int c = random.nextInt(52);
            sb.append((char) (c < 26 ? 'a' + c : 'A' + c - 26));
        }
        return sb.toString();
    }

    /** One of {@code choices}. */
    public static <T> T oneOf(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
