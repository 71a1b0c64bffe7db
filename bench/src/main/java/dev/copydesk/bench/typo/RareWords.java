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
 * Makes the typo check's list of rare words ({@code rare-words-en-US.txt}): the words of a larger
 * SCOWL list that the shipped en-US dictionary lacks in every case. Possessives are left out (the
 * check strips them), and so are entries the dictionary has as written or in lower case.
 *
 * <p>Usage: {@code RareWords SCOWL_LIST OUT}, with SCOWL_LIST Debian's
 * {@code /usr/share/dict/american-english-large} (package {@code wamerican-large}, SCOWL size 70):
 * {@code apt-get download wamerican-large && dpkg -x wamerican-large_*.deb x}, then
 * {@code java -cp "$CP" dev.copydesk.bench.typo.RareWords x/usr/share/dict/american-english-large
 * core/src/main/resources/dev/copydesk/core/checks/typo/rare-words-en-US.txt}.
 */
public final class RareWords {
    private RareWords() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: RareWords SCOWL_LIST OUT");
            System.exit(2);
        }
        Speller speller = new Speller(Lexicon.dictionary("en_US"));
        // sorted by their UTF-8 bytes, as the check searches them
        TreeSet<String> rare = new TreeSet<>((a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8),
                b.getBytes(StandardCharsets.UTF_8)));
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
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
        out.append("# Rare English words: the entries of SCOWL's size-70 American list that the shipped en-US\n")
                .append("# dictionary (org.languagetool:english-pos-dict) lacks in every case, possessives left out.\n")
                .append("# Source: Debian package wamerican-large 2020.12.07-2, /usr/share/dict/american-english-large\n")
                .append("#   (SCOWL, Spell Checker Oriented Word Lists, by Kevin Atkinson, http://wordlist.aspell.net/).\n")
                .append("# Licence: SCOWL's copyright notice (MIT-like, permits copying and distribution with the\n")
                .append("#   notice), in rare-words-en-US.COPYRIGHT.txt beside this file (Debian's copyright file).\n")
                .append("# Regenerate: dev.copydesk.bench.typo.RareWords (see its Javadoc). ")
                .append(rare.size()).append(" words, sorted by their UTF-8 bytes.\n");
        for (String w : rare) {
            out.append(w).append('\n');
        }
        Files.writeString(Path.of(args[1]), out, StandardCharsets.UTF_8);
        System.out.println(rare.size() + " rare words of " + lines.size() + " -> " + args[1]);
    }
}
