package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --changed-since} in a temporary git repository. */
class ChangedSinceTest {
    @TempDir
    Path repo;

    Cli cli;

    @BeforeEach
    void repository() throws Exception {
        Cli.write(repo.resolve("docs/committed.txt"), "An old teh.");
        Cli.write(repo.resolve("docs/edited.txt"), "A first paragraph.");
        Cli.write(repo.resolve(".gitignore"), "ignored.txt");
        git("init", "-q");
        git("add", "-A");
        git("-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "-q", "-m", "start");
        cli = Cli.in(repo);
    }

    private void git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
    }

    @Test
    void reportsOnlyOnChangedAndUntrackedFilesWhileReadingEveryFile() {
        Cli.write(repo.resolve("docs/edited.txt"), "A first paragraph.", "A new teh.");
        Cli.write(repo.resolve("docs/new.txt"), "A fresh teh.");
        Cli.write(repo.resolve("docs/ignored.txt"), "An ignored teh.");
        Cli.Result r = cli.run("check", repo.resolve("docs").toString(), "--changed-since", "HEAD");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.out().lines().filter(l -> l.contains("[test-typo]")).map(l -> l.substring(0, l.indexOf(':'))))
                .containsExactly(repo.resolve("docs/edited.txt").toString(), repo.resolve("docs/new.txt").toString());
        assertThat(r.out()).contains("3 documents"); // the file git ignores is not walked at all
    }

    @Test
    void aFolderInARepositoryIsWalkedAsGitSeesItUnlessAskedOtherwise() {
        Cli.write(repo.resolve("docs/ignored.txt"), "An ignored teh.");
        Cli.write(repo.resolve(".gitignore"), "ignored.txt", "build/");
        Cli.write(repo.resolve("docs/build/site.txt"), "A built teh.");
        assertThat(GitIgnored.under(repo.resolve("docs"))).containsExactlyInAnyOrder(Path.of("ignored.txt"),
                Path.of("build"));
        Cli.Result walked = cli.run("check", repo.resolve("docs").toString());
        assertThat(walked.out()).contains("2 documents").doesNotContain("ignored.txt", "site.txt");
        Cli.Result all = cli.run("check", "--no-gitignore", repo.resolve("docs").toString());
        assertThat(all.out()).contains("4 documents", "ignored.txt", "site.txt");
        // a file named on the command line is read even if git ignores it
        assertThat(cli.run("check", repo.resolve("docs/ignored.txt").toString()).out()).contains("1 document,");
    }

    @Test
    void nothingChangedMeansNothingReported() {
        Cli.Result r = cli.run("check", repo.resolve("docs").toString(), "--changed-since", "HEAD");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("2 documents, 2 blocks, 6 words checked: 0 errors, 0 warnings, 0 info\n");
    }

    @Test
    void anUnknownRefOrAFolderOutsideGitIsAUsageError(@TempDir Path outside) {
        Cli.Result badRef = cli.run("check", repo.resolve("docs").toString(), "--changed-since", "no-such-branch");
        assertThat(badRef.exit()).isEqualTo(2);
        assertThat(badRef.err()).contains("--changed-since: git rev-parse");
        Cli.Result option = cli.run("check", repo.resolve("docs").toString(), "--changed-since=--output=x");
        assertThat(option.exit()).isEqualTo(2);
        Cli.write(outside.resolve("a.txt"), "Text.");
        Cli.Result notGit = Cli.in(outside).run("check", outside.toString(), "--changed-since", "HEAD");
        assertThat(notGit.exit()).isEqualTo(2);
        assertThat(notGit.err()).contains("not a git repository");
    }
}
