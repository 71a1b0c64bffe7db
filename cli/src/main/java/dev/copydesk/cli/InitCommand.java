package dev.copydesk.cli;

import dev.copydesk.core.check.Check;
import dev.copydesk.core.config.DefaultConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code copydesk init}: writes a commented default configuration, never over an existing file. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a commented default configuration (every setting shown with its default). "
                + "Refuses to overwrite an existing file.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the file was written", "2:the file exists already, or cannot be written"})
final class InitCommand implements Callable<Integer> {
    private final List<Check> checks;
    private final Environment env;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", defaultValue = "copydesk.yml",
            description = "Where to write it (default: ${DEFAULT-VALUE} in the working folder).")
    Path file;

    InitCommand(List<Check> checks, Environment env) {
        this.checks = List.copyOf(checks);
        this.env = env;
    }

    @Override
    public Integer call() {
        Path target = env.workingDir().resolve(file);
        String text = DefaultConfig.text(checks.stream().map(Check::info).toList());
        try {
            Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new UsageException(target + " exists already; not overwriting it", e);
        } catch (IOException e) {
            throw new UsageException("cannot write " + target + ": " + e.getMessage(), e);
        }
        spec.commandLine().getOut().println("wrote " + target);
        return ExitCode.CLEAN.code();
    }
}
