package dev.copydesk.bench.duplicate;

import dev.copydesk.core.check.CheckContext;
import dev.copydesk.core.check.Evidence;
import dev.copydesk.core.check.Finding;
import dev.copydesk.core.checks.duplicate.NearDuplicateCheck;
import dev.copydesk.core.corpus.Corpus;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Document;
import dev.copydesk.core.model.DocumentFormat;
import dev.copydesk.core.model.SourceMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Runs the duplicate check with its defaults (or overrides) and reads its groups back. */
final class CheckRun {
    private CheckRun() {
    }

    static List<Finding> run(Corpus corpus, Map<String, String> options) {
        NearDuplicateCheck check = new NearDuplicateCheck();
        CheckContext defaults = CheckContext.defaults(check.info());
        return check.run(corpus, new CheckContext(check.info(), defaults.dialect(), defaults.acceptedWords(),
                defaults.houseStyle(), options));
    }

    /**
     * A document of paragraphs as the check sees them: text only. Segmentation is the loader's cost,
     * not the check's, and the check reads only block text.
     */
    static Document document(String id, List<String> paragraphs) {
        List<Block> blocks = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            blocks.add(new Block(BlockKind.PARAGRAPH, blocks.size(), p, List.of(), List.of(), SourceMap.NONE, 0));
        }
        return new Document(id, DocumentFormat.TEXT, blocks);
    }

    /** Check options from {@code key=value} arguments. */
    static Map<String, String> options(String[] args, int from) {
        Map<String, String> options = new TreeMap<>();
        for (int i = from; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            if (kv.length == 2) {
                options.put(kv[0], kv[1]);
            }
        }
        return options;
    }

    static Evidence.Comparison comparison(Finding f) {
        return (Evidence.Comparison) f.evidence();
    }
}
