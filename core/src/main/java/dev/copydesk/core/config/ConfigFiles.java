package dev.copydesk.core.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds the configuration file: {@code copydesk.yml} or {@code .copydesk.yml} in a folder or its parents. */
public final class ConfigFiles {
    /** The names looked for, in order. */
    public static final List<String> NAMES = List.of("copydesk.yml", ".copydesk.yml");

    private ConfigFiles() {
    }

    /**
     * The nearest configuration file at or above a folder.
     *
     * @throws ConfigException when one folder holds both names, so which one applies is ambiguous
     */
    public static Optional<Path> discover(Path folder) throws ConfigException {
        for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path first = dir.resolve(NAMES.get(0));
            Path second = dir.resolve(NAMES.get(1));
            boolean hasFirst = Files.isRegularFile(first);
            if (hasFirst && Files.isRegularFile(second)) {
                throw new ConfigException(second, 0, 0, "both " + NAMES.get(0) + " and " + NAMES.get(1)
                        + " exist in this folder: keep one");
            }
            if (hasFirst) {
                return Optional.of(first);
            }
            if (Files.isRegularFile(second)) {
                return Optional.of(second);
            }
        }
        return Optional.empty();
    }
}
