package dev.copydesk.core.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A folder of real bad inputs next to a good article, for loader and CLI tests: a truncated .docx,
 * a password-protected PDF, random bytes named .pdf, an empty file and a file that cannot be read.
 * Each maps to the start of the reason the loader must give.
 */
public final class BadInputs {
    private BadInputs() {
    }

    /**
     * Writes the bad inputs and {@code good.txt} (seed 000) into a folder.
     *
     * @return file name to the expected start of its one-line reason
     */
    public static Map<String, String> write(Path dir) throws IOException {
        FormatFiles.Article article = FormatFiles.seedExcerpt();
        Files.copy(TestData.news().resolve("000_b63dc4cb37152557.txt"), dir.resolve("good.txt"));
        Map<String, String> expected = new LinkedHashMap<>();
        FormatFiles.truncatedDocx(article, dir.resolve("truncated.docx"));
        expected.put("truncated.docx", "corrupt or truncated docx file");
        FormatFiles.pdf(article, dir.resolve("encrypted.pdf"), "secret");
        expected.put("encrypted.pdf", "encrypted or password-protected document");
        FormatFiles.randomBytes(dir.resolve("random.pdf"), 8192, 42);
        expected.put("random.pdf", "corrupt or truncated pdf file");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        expected.put("empty.txt", "empty file");
        expected.put("locked.txt", unreadable(dir.resolve("locked.txt")));
        return expected;
    }

    /**
     * Makes a file that cannot be read. chmod 000 is enough for a normal user; root reads such a
     * file anyway, so there it becomes a link to a file that does not exist, which cannot be read
     * by anyone.
     *
     * @return the expected start of the reason
     */
    public static String unreadable(Path file) throws IOException {
        Files.writeString(file, "Locked text.");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        if (!Files.isReadable(file)) {
            return "permission denied";
        }
        Files.delete(file);
        Files.createSymbolicLink(file, file.resolveSibling("missing-target.txt"));
        return "broken link";
    }

    /** Makes a named pipe: opening it for reading blocks until a writer comes, like a stuck read. */
    public static Path fifo(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("mkfifo failed for " + file);
        }
        return file;
    }

    /** Releases a reader blocked on a pipe made by {@link #fifo}. */
    public static void release(Path fifo) throws IOException {
        try (OutputStream out = Files.newOutputStream(fifo)) {
            out.flush();
        }
    }
}
