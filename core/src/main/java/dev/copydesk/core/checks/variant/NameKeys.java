package dev.copydesk.core.checks.variant;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * The keys a form is bucketed by. {@link #letters} keeps only letters and digits (so joined,
 * hyphenated and spaced writings meet); {@link #words} turns each word into plain ASCII (ICU
 * {@code Any-Latin; Latin-ASCII}, loaded on first non-ASCII input), drops the Arabic article
 * ({@code al-}, {@code el-}) and possessive {@code 's}; {@link #phonetic} is the Double Metaphone
 * primary code of each such word (maximum length 8). Not thread-safe: one per run.
 */
final class NameKeys {
    private static final int CODE_LENGTH = 8;
    private static final List<String> ARTICLES = List.of("al", "el");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");
    /** Removed by the transliteration's last step, or mapped to ' by Latin-ASCII and then removed. */
    private static final String REMOVED = "'\u2018\u2019\u02bf\u02be\u02bb\u02bc";

    private final DoubleMetaphone metaphone = new DoubleMetaphone();

    NameKeys() {
        metaphone.setMaxCodeLen(CODE_LENGTH);
    }

    /** Lower-case letters and digits only. */
    static String letters(String form) {
        String lower = form.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The form in plain lower-case ASCII (ICU transliteration for anything else). */
    static String ascii(String form) {
        return toAscii(form).toLowerCase(Locale.ROOT);
    }

    /** The words of a form in plain lower-case ASCII, articles and possessives dropped. */
    static List<String> words(String form) {
        List<String> out = new ArrayList<>();
        for (String raw : SPACES.split(form.toLowerCase(Locale.ROOT))) {
            String w = stripPossessive(raw);
            String word = toAscii(w).toLowerCase(Locale.ROOT);
            int hyphen = word.indexOf('-');
            if (hyphen > 0 && ARTICLES.contains(word.substring(0, hyphen))) {
                word = word.substring(hyphen + 1);
            }
            String letters = letters(word);
            if (!letters.isEmpty() && !ARTICLES.contains(letters)) {
                out.add(letters);
            }
        }
        return out;
    }

    /** Double Metaphone primary codes of the words, joined by spaces. */
    String phonetic(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            String code = metaphone.doubleMetaphone(w);
            sb.append(sb.length() > 0 ? " " : "").append(code == null || code.isEmpty() ? w : code);
        }
        return sb.toString();
    }

    /** The word without a possessive {@code 's} ({@code America's}, {@code Germany’s}); others as they are. */
    static String stripPossessive(String w) {
        if (w.endsWith("'s") || w.endsWith("\u2019s")) {
            return w.substring(0, w.length() - 2);
        }
        return w;
    }

    /**
     * The text in ASCII, as ICU's {@code Any-Latin; Latin-ASCII; [ʿʾʻʼ'] Remove} gives it, without
     * building that transliterator (half a second) for the usual case: Latin letters whose accents
     * come off by canonical decomposition ({@code é}, {@code Ḥ}) and apostrophes or ʿ/ʾ marks, which
     * go. Anything else (another script, {@code ß}, {@code ł}) goes through ICU.
     */
    static String toAscii(String s) {
        if (isAscii(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (REMOVED.indexOf(c) < 0) {
                sb.append(c);
            }
        }
        String kept = sb.toString();
        if (isAscii(kept)) {
            return kept;
        }
        String bare = MARKS.matcher(Normalizer.normalize(kept, Normalizer.Form.NFD)).replaceAll("");
        return isAscii(bare) ? bare : Transliteration.apply(s);
    }

    /** What ICU's transliteration alone gives (tests compare {@link #toAscii} with it). */
    static String transliterated(String s) {
        return Transliteration.apply(s);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /**
     * ICU's transliterator, built on first use (it takes over half a second), with the ʿ and ʾ
     * marks removed; calls are serialised, as ICU does not promise a shared instance is thread-safe.
     */
    private static final class Transliteration {
        private static final Transliterator INSTANCE =
                Transliterator.getInstance("Any-Latin; Latin-ASCII; [ʿʾʻʼ'] Remove");

        static String apply(String s) {
            synchronized (INSTANCE) {
                return INSTANCE.transliterate(s);
            }
        }
    }
}
