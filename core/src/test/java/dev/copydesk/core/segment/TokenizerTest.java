package dev.copydesk.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.copydesk.core.model.Word;
import dev.copydesk.core.model.WordKind;
import java.util.List;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    /** The text and kind of each token of a text that is one sentence. */
    private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> tokens(String text) {
        return assertThat(Tokenizer.tokenize(text)).extracting(Word::text, Word::kind);
    }

    @Test
    void keepsHyphenatedNamesAndApostrophesInOneToken() {
        assertThat(Tokenizer.tokenize("Abu Mohammed al-Jolani, the regime’s Islamist-led alliance; don't"))
                .extracting(Word::text)
                .containsExactly("Abu", "Mohammed", "al-Jolani", "the", "regime’s", "Islamist-led", "alliance", "don't");
    }

    @Test
    void anAcuteAccentTypedForAnApostropheKeepsTheWordWhole() {
        assertThat(Tokenizer.tokenize("he weren\u00B4t there, it\u00B4s late"))
                .extracting(Word::text)
                .containsExactly("he", "weren\u00B4t", "there", "it\u00B4s", "late");
    }

    @Test
    void theAsciiShortCutAgreesWithTheCharacterTablesForEveryChar() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            boolean general = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK || c == '_'
                    || Character.isSurrogate(c) && Character.isLetter(c);
            assertThat(Tokenizer.isWordChar(c)).as("U+%04X", i).isEqualTo(general);
        }
    }

    @Test
    void aRepeatedWordSharesOneTextAndOneClassification() {
        WordTexts texts = new WordTexts();
        String text = "NGOs said NGOs and 5km, then 5km again; NGOs.";
        char[] chars = text.toCharArray();
        List<Word> words = Tokenizer.tokenize(chars, new int[] {text.length()}, Tokenizer.codeSpans(chars), texts);
        assertThat(words.get(0).text()).isSameAs(words.get(2).text()).isSameAs(words.get(8).text());
        assertThat(words.get(4).text()).isSameAs(words.get(6).text());
        assertThat(words).allSatisfy(w -> assertThat(w.kind()).isEqualTo(Tokenizer.classify(w.text())));
        assertThat(texts.word("NGOs").kind()).isEqualTo(WordKind.ACRONYM);
        assertThat(texts.word("5km").kind()).isEqualTo(WordKind.NUMBER);
    }

    @Test
    void classifiesNumbersUrlsEmailsTagsAndAcronyms() {
        tokens("HTS said 2,000 troops (5km away) read https://example.org/a?b=1, "
                + "mail desk@example.com #Syria @reuters v2.3.1 U.S. snake_case NGOs")
                .containsExactly(
                        tuple("HTS", WordKind.ACRONYM), tuple("said", WordKind.WORD), tuple("2,000", WordKind.NUMBER),
                        tuple("troops", WordKind.WORD), tuple("5km", WordKind.NUMBER), tuple("away", WordKind.WORD),
                        tuple("read", WordKind.WORD), tuple("https://example.org/a?b=1", WordKind.URL),
                        tuple("mail", WordKind.WORD), tuple("desk@example.com", WordKind.EMAIL),
                        tuple("#Syria", WordKind.HASHTAG), tuple("@reuters", WordKind.HANDLE),
                        tuple("v2.3.1", WordKind.NUMBER), tuple("U.S.", WordKind.ACRONYM),
                        tuple("snake_case", WordKind.CODE), tuple("NGOs", WordKind.ACRONYM));
    }

    @Test
    void aUrlWithASchemeIsOneUrlTokenThoughItsHostHasNoDot() {
        tokens("see http://localhost/cgi-bin/man/man2html or ftp://fileserver/pub now")
                .containsExactly(tuple("see", WordKind.WORD), tuple("http://localhost/cgi-bin/man/man2html", WordKind.URL),
                        tuple("or", WordKind.WORD), tuple("ftp://fileserver/pub", WordKind.URL), tuple("now", WordKind.WORD));
    }

    @Test
    void keepsFileNamesHostsAndDottedHandlesWholeAsCode() {
        tokens("my nginx.conf, diaspora.yml and erdogan.com.tr; @lior.avni said os.path.join")
                .containsExactly(
                        tuple("my", WordKind.WORD), tuple("nginx.conf", WordKind.CODE), tuple("diaspora.yml", WordKind.CODE),
                        tuple("and", WordKind.WORD), tuple("erdogan.com.tr", WordKind.CODE),
                        tuple("@lior.avni", WordKind.HANDLE), tuple("said", WordKind.WORD),
                        tuple("os.path.join", WordKind.CODE));
    }

    @Test
    void aVerticalBarEndsAChunkSoAHostBeforeItIsStillOneToken() {
        tokens("website = banque.sonore.breton.free.fr|access-date = 2016|grep foo|sort")
                .containsExactly(
                        tuple("website", WordKind.WORD), tuple("banque.sonore.breton.free.fr", WordKind.URL),
                        tuple("access-date", WordKind.WORD), tuple("2016", WordKind.NUMBER),
                        tuple("grep", WordKind.WORD), tuple("foo", WordKind.WORD), tuple("sort", WordKind.WORD));
    }

    @Test
    void characterReferencesWrittenOutAsTextAreNotPartOfTheAddressTheyEnclose() {
        tokens("Projekt &lt;debian-live@lists.debian.org&gt; and &quot;www.debian.org&quot; &amp; more")
                .containsExactly(
                        tuple("Projekt", WordKind.WORD), tuple("debian-live@lists.debian.org", WordKind.EMAIL),
                        tuple("and", WordKind.WORD), tuple("www.debian.org", WordKind.URL),
                        tuple("more", WordKind.WORD));
    }

    @Test
    void keepsQualifiedNamesOfCodeWholeButNotAWordOrAbbreviationBeforeACapital() {
        tokens("(except java.lang.Object), org.apache.tika.Tika and java.util.Map.Entry;"
                        + " ever before.The end e.g.The rest or it.The")
                .containsExactly(
                        tuple("except", WordKind.WORD), tuple("java.lang.Object", WordKind.CODE),
                        tuple("org.apache.tika.Tika", WordKind.CODE), tuple("and", WordKind.WORD),
                        tuple("java.util.Map.Entry", WordKind.CODE),
                        tuple("ever", WordKind.WORD), tuple("before", WordKind.WORD), tuple("The", WordKind.WORD),
                        tuple("end", WordKind.WORD), tuple("e.g", WordKind.WORD), tuple("The", WordKind.WORD),
                        tuple("rest", WordKind.WORD), tuple("or", WordKind.WORD), tuple("it", WordKind.WORD),
                        tuple("The", WordKind.WORD));
    }

    @Test
    void keepsCodeBetweenBackticksWholeAsCodeButNotAStrayBacktick() {
        tokens("Run `npm test` now, and ``a ` b`` too (`x`); a stray ` tick, unclosed")
                .containsExactly(
                        tuple("Run", WordKind.WORD), tuple("`npm test`", WordKind.CODE), tuple("now", WordKind.WORD),
                        tuple("and", WordKind.WORD), tuple("``a ` b``", WordKind.CODE), tuple("too", WordKind.WORD),
                        tuple("`x`", WordKind.CODE), tuple("a", WordKind.WORD), tuple("stray", WordKind.WORD),
                        tuple("tick", WordKind.WORD), tuple("unclosed", WordKind.WORD));
        assertThat(Tokenizer.tokenize("`` and ` ` are no code")).extracting(Word::kind).containsOnly(WordKind.WORD);
        assertThat(Tokenizer.tokenize("an `open one\nand `another")).extracting(Word::kind).containsOnly(WordKind.WORD);
    }

    @Test
    void keepsEmojiShortcodesDottedFilesAndBracketedAddressesWhole() {
        tokens(":book: This and :+1:, .verb.md and .eslintrc.json files; <tj@vision-media.ca> wrote")
                .containsExactly(
                        tuple(":book:", WordKind.CODE), tuple("This", WordKind.WORD), tuple("and", WordKind.WORD),
                        tuple(":+1:", WordKind.CODE), tuple(".verb.md", WordKind.CODE), tuple("and", WordKind.WORD),
                        tuple(".eslintrc.json", WordKind.CODE), tuple("files", WordKind.WORD),
                        tuple("tj@vision-media.ca", WordKind.EMAIL), tuple("wrote", WordKind.WORD));
        assertThat(Tokenizer.tokenize("Note:This and time 10:30:")).extracting(Word::kind).doesNotContain(WordKind.CODE);
        tokens("as fast as @nodelib/fs.walk, which")
                .contains(tuple("@nodelib/fs.walk", WordKind.CODE));
        tokens("Set -XX:PermSize and --only typo, -Dkey=v, not -well or -a at all")
                .containsExactly(tuple("Set", WordKind.WORD), tuple("-XX:PermSize", WordKind.CODE),
                        tuple("and", WordKind.WORD), tuple("--only", WordKind.CODE), tuple("typo", WordKind.WORD),
                        tuple("-Dkey=v", WordKind.CODE), tuple("not", WordKind.WORD), tuple("well", WordKind.WORD),
                        tuple("or", WordKind.WORD), tuple("a", WordKind.WORD), tuple("at", WordKind.WORD),
                        tuple("all", WordKind.WORD));
    }

    @Test
    void keepsANameRightBeforeAParenthesisAsCodeButNotAPluralInBrackets() {
        tokens("Call printf() or queue.unshift(task), see sources.list(5) and Promise#nodeify(fn).")
                .containsExactly(
                        tuple("Call", WordKind.WORD), tuple("printf", WordKind.CODE), tuple("or", WordKind.WORD),
                        tuple("queue.unshift", WordKind.CODE), tuple("task", WordKind.WORD), tuple("see", WordKind.WORD),
                        tuple("sources.list", WordKind.CODE), tuple("5", WordKind.NUMBER), tuple("and", WordKind.WORD),
                        tuple("Promise#nodeify", WordKind.CODE), tuple("fn", WordKind.WORD));
        tokens("the name(s) of the box(es), a child(ren), a word (in brackets) and def- icit(-)")
                .extracting(t -> t.toList().get(1)).containsOnly(WordKind.WORD);
    }

    @Test
    void keepsFilePathsWithTheirLineNumbersWholeAsCode() {
        tokens("from lib/ruby/2.3.0/tsort.rb:421 and src/main.c, not and/or or 1.5/2.0")
                .containsExactly(
                        tuple("from", WordKind.WORD), tuple("lib/ruby/2.3.0/tsort.rb:421", WordKind.CODE),
                        tuple("and", WordKind.WORD), tuple("src/main.c", WordKind.CODE), tuple("not", WordKind.WORD),
                        tuple("and", WordKind.WORD), tuple("or", WordKind.WORD), tuple("or", WordKind.WORD),
                        tuple("1.5", WordKind.NUMBER), tuple("2.0", WordKind.NUMBER));
    }

    @Test
    void keepsPathsFromTheRootHomeOrCurrentFolderFilePatternsAndQuotedFileNamesWholeAsCodeButNotASlashBetweenWords() {
        tokens("see /dev/sda, ~/.bashrc, /etc/init.d/ and ../lib or *.tar.gz and / or \u201D/etc/apt/sources.list\u201D"
                + " and \u00BBdpkg.log\u00AB")
                .containsExactly(tuple("see", WordKind.WORD), tuple("/dev/sda", WordKind.CODE),
                        tuple("~/.bashrc", WordKind.CODE), tuple("/etc/init.d/", WordKind.CODE),
                        tuple("and", WordKind.WORD), tuple("../lib", WordKind.CODE), tuple("or", WordKind.WORD),
                        tuple("*.tar.gz", WordKind.CODE), tuple("and", WordKind.WORD), tuple("or", WordKind.WORD),
                        tuple("/etc/apt/sources.list", WordKind.CODE), tuple("and", WordKind.WORD),
                        tuple("dpkg.log", WordKind.CODE));
    }

    @Test
    void aDotBeforeACapitalOrBetweenSingleLettersOrDigitsIsNotADottedName() {
        tokens("ever before.The e.g. i.e, 2.35 v2.31.0 3.5km a.m.")
                .containsExactly(
                        tuple("ever", WordKind.WORD), tuple("before", WordKind.WORD), tuple("The", WordKind.WORD),
                        tuple("e.g.", WordKind.WORD), tuple("i.e", WordKind.WORD), tuple("2.35", WordKind.NUMBER),
                        tuple("v2.31.0", WordKind.NUMBER), tuple("3.5km", WordKind.NUMBER), tuple("a.m.", WordKind.WORD));
    }

    @Test
    void theFastCharacterTestsAgreeWithTheirDefinitionsForEveryChar() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(Tokenizer.isWhitespace(c)).as("white space U+%04X", (int) c).isEqualTo(Character.isWhitespace(c));
            assertThat(Tokenizer.isLeading(c)).as("leading U+%04X", (int) c).isEqualTo(Tokenizer.LEADING.indexOf(c) >= 0);
            assertThat(Tokenizer.isTrailing(c)).as("trailing U+%04X", (int) c).isEqualTo(Tokenizer.TRAILING.indexOf(c) >= 0);
        }
    }

    @Test
    void splitsWordsJoinedByAMissingSpace() {
        assertThat(Tokenizer.tokenize("ever before.The fire,hayat However,any"))
                .extracting(Word::text)
                .containsExactly("ever", "before", "The", "fire", "hayat", "However", "any");
    }

    @Test
    void dropsInvisibleCharactersFromWordsButRemembersThem() {
        Word word = Tokenizer.tokenize("Jo\u00ADlani and Da\u200Bmascus").get(0);
        assertThat(word.text()).isEqualTo("Jolani");
        assertThat(word.invisible()).isTrue();
        assertThat(word.end() - word.start()).isEqualTo(7);
        assertThat(Tokenizer.tokenize("plain").get(0).invisible()).isFalse();
    }

    @Test
    void spansPointIntoTheOriginalText() {
        String text = "“Damascus is waiting for you,” he said.";
        for (Word w : Tokenizer.tokenize(text)) {
            assertThat(text.substring(w.start(), w.end())).isEqualTo(w.text());
        }
    }
}
