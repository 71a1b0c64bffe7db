package dev.copydesk.core.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.load.DocumentLoader;
import dev.copydesk.core.load.SourceFile;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.testing.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inline code in Markdown is a word of its own to every check: before, it was blanked out, so the
 * word after it started the sentence ({@code `.ci/run` runs}) and the punctuation after it had a
 * space before it ({@code `near`, not}), two false alarms wherever a README names code. The other
 * habits of READMEs found over npm packages' own (emoji shortcodes, badges, dotted file names,
 * namespaced names, {@code tl;dr}, emoticons, addresses in angle brackets) are pinned here too.
 */
class MarkdownCodeSpanTest {
    @TempDir
    Path dir;

    private List<Finding> check(String markdown) throws Exception {
        Path file = Files.writeString(dir.resolve("doc.md"), markdown, StandardCharsets.UTF_8);
        Document doc = DocumentLoader.create(TestData.segmenter()).loadOne(new SourceFile(file, "doc.md"));
        Corpus corpus = Corpus.of(List.of(doc));
        List<Finding> out = new ArrayList<>();
        for (Check c : BuiltInChecks.all()) {
            out.addAll(c.run(corpus, CheckContext.defaults(c.info())));
        }
        return out;
    }

    @Test
    void codeBetweenBackticksStartsTheSentenceAndTakesThePunctuationAfterIt() throws Exception {
        assertThat(check("""
                # Set-up

                `.ci/run` runs the tests, after installing `chromium` and `chromium-driver`.
                A copy is `near`, not `rewrite`; see `Corpus.repeated` and `"quoted"` code.

                [![npm npm](https://img.shields.io/npm/v/x.svg)](https://npm.im/x) ![lumpy space](https://x.org/a.png)

                :book: This package uses `micromatch`, tested :tada: and edited in .verb.md (thanks :D).
                Import node:crypto and connect:session; tl;dr by TJ <tj@vision-media.ca> alone.
                """)).isEmpty();
    }

    @Test
    void slipsAroundCodeAreStillFound() throws Exception {
        assertThat(check("Call `make` before.The tests run teh same way, and `npm` the the rest.\n"))
                .extracting(Finding::subject).containsExactlyInAnyOrder("before.The", "teh", "the the");
    }
}
