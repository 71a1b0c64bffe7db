package dev.copydesk.core.checks.casing;

import java.util.Locale;

/** The shapes of a word's capitals that the casing rules compare. */
final class Casings {
    private Casings() {
    }

    static boolean isLower(String s) {
        return s.equals(s.toLowerCase(Locale.ROOT));
    }

    static boolean isUpper(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT)) && !isLower(s);
    }

    /** A capital somewhere: {@code Syrian}, {@code al-Sham}, {@code iPhone}; not all capitals. */
    static boolean hasCapital(String s) {
        return !isLower(s) && !isUpper(s);
    }

    /** A shift-key slip: two leading capitals, then lower case ({@code DAmascus}). */
    static boolean isBrokenCaps(String s) {
        return s.length() >= 3 && Character.isUpperCase(s.charAt(0)) && Character.isUpperCase(s.charAt(1))
                && Character.isLowerCase(s.charAt(2)) && s.chars().skip(2).noneMatch(Character::isUpperCase);
    }

    /** The word without a possessive ending: {@code regime’s} -> {@code regime}. */
    static String withoutPossessive(String s) {
        return s.endsWith("'s") || s.endsWith("\u2019s") ? s.substring(0, s.length() - 2) : s;
    }

    /** The word with its first letter in upper case. */
    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
