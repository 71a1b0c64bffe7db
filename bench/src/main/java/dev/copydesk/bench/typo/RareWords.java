package dev.copydesk.bench.typo;

import dev.copydesk.core.corpus.Lexicon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import morfologik.speller.Speller;

/**
 * Makes the typo check's lists of rare words ({@code rare-words-en-US.txt},
 * {@code rare-words-en-GB.txt}): the words of a larger SCOWL list that the shipped dictionary of
 * the dialect lacks in every case. Possessives are left out (the check strips them), and so are
 * entries the dictionary has as written or in lower case.
 *
 * <p>Usage: {@code RareWords en_US|en_GB SCOWL_LIST OUT}, with SCOWL_LIST Debian's
 * {@code /usr/share/dict/american-english-large} (package {@code wamerican-large}, SCOWL size 70)
 * or {@code british-english-large} ({@code wbritish-large}):
 * {@code apt-get download wamerican-large wbritish-large}, {@code dpkg -x} each into {@code x},
 * then {@code java -cp "$CP" dev.copydesk.bench.typo.RareWords en_US
 * x/usr/share/dict/american-english-large
 * core/src/main/resources/dev/copydesk/core/checks/typo/rare-words-en-US.txt}, and the same with
 * {@code en_GB}, {@code british-english-large} and {@code rare-words-en-GB.txt}.
 */
public final class RareWords {
    private RareWords() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !args[0].equals("en_US") && !args[0].equals("en_GB")) {
            System.err.println("usage: RareWords en_US|en_GB SCOWL_LIST OUT");
            System.exit(2);
        }
        boolean us = args[0].equals("en_US");
        Speller speller = new Speller(Lexicon.dictionary(args[0]));
        // sorted by their UTF-8 bytes, as the check searches them
        TreeSet<String> rare = new TreeSet<>((a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8),
                b.getBytes(StandardCharsets.UTF_8)));
        List<String> lines = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        for (String line : lines) {
            String w = line.strip();
            if (w.isEmpty() || w.indexOf('\'') >= 0 || w.indexOf('\u2019') >= 0) {
                continue;
            }
            if (!speller.isInDictionary(w) && !speller.isInDictionary(w.toLowerCase(Locale.ROOT))) {
                rare.add(w);
            }
        }
        StringBuilder out = new StringBuilder();
        String variety = us ? "American" : "British";
        String dialect = us ? "en-US" : "en-GB";
        String pkg = us ? "wamerican-large" : "wbritish-large";
        String file = us ? "american-english-large" : "british-english-large";
        out.append("# Rare English words: the entries of SCOWL's size-70 ").append(variety).append(" list that the shipped ")
                .append(dialect).append("\n")
                .append("# dictionary (org.languagetool:english-pos-dict) lacks in every case, possessives left out.\n")
                .append("# Source: Debian package ").append(pkg).append(" 2020.12.07-2, /usr/share/dict/").append(file)
                .append("\n")
                .append("#   (SCOWL, Spell Checker Oriented Word Lists, by Kevin Atkinson, http://wordlist.aspell.net/).\n")
                .append("# Licence: SCOWL's copyright notice (MIT-like, permits copying and distribution with the\n")
                .append("#   notice), in rare-words.COPYRIGHT.txt beside this file (Debian's copyright file).\n")
                .append("# Regenerate: dev.copydesk.bench.typo.RareWords (see its Javadoc). ")
                .append(rare.size()).append(" words, sorted by their UTF-8 bytes.\n");
        for (String w : rare) {
            out.append(w).append('\n');
        }
        Files.writeString(Path.of(args[2]), out, StandardCharsets.UTF_8);
        System.out.println(rare.size() + " rare words of " + lines.size() + " -> " + args[2]);
    }
}
