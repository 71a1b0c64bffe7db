package dev.copydesk.core.config;

import dev.copydesk.core.check.CheckContext.PreferredForm;
import dev.copydesk.core.check.CheckInfo;
import dev.copydesk.core.check.CheckOption;
import dev.copydesk.core.check.Dialect;
import dev.copydesk.core.check.Severity;
import dev.copydesk.core.load.FileDiscovery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads and validates {@code copydesk.yml} against the available checks. Every problem (YAML
 * syntax, an unknown key, a value of the wrong type, an unknown check or option, a bad glob, an
 * unreadable accepted-words file) is a {@link ConfigException} naming the file, line and column.
 */
public final class ConfigReader {
    static final List<String> TOP_LEVEL = List.of("dialect", "checks", "accept", "accept-files", "prefer",
            "include", "exclude", "check-other-languages", "min-severity");

    private final Map<String, CheckInfo> checks = new TreeMap<>();

    /** A reader that knows these checks (usually every built-in check). */
    public ConfigReader(List<CheckInfo> available) {
        available.forEach(c -> checks.put(c.id(), c));
    }

    /** Reads a configuration file. */
    public Config read(Path file) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file, 0, 0, "cannot read: " + WordListFile.reason(e));
        }
        return parse(text, file);
    }

    /** Parses configuration text; {@code file} names it in errors and anchors relative paths. */
    public Config parse(String text, Path file) throws ConfigException {
        Fields root = Fields.of(YamlTree.parse(text, file), file, "the configuration", TOP_LEVEL);
        Dialect dialect = Dialect.EN_US;
        Optional<YamlNode.Scalar> d = root.scalar("dialect");
        if (d.isPresent()) {
            try {
                dialect = Dialect.parse(d.get().text());
            } catch (IllegalArgumentException e) {
                throw at(file, d.get(), e.getMessage());
            }
        }
        Map<String, CheckSettings> checkSettings = readChecks(root, file);
        TreeSet<String> accepted = new TreeSet<>(root.texts("accept").stream().map(YamlNode.Scalar::text).toList());
        for (YamlNode.Scalar name : root.texts("accept-files")) {
            Path words = file.toAbsolutePath().getParent().resolve(name.text());
            try {
                accepted.addAll(WordListFile.read(words));
            } catch (IOException e) {
                throw at(file, name, "cannot read accepted words file '" + name.text() + "': " + WordListFile.reason(e));
            }
        }
        List<String> includes = globs(root, "include", file);
        List<String> excludes = globs(root, "exclude", file);
        boolean otherLanguages = root.bool("check-other-languages").orElse(false);
        Optional<YamlNode.Scalar> min = root.scalar("min-severity");
        // error, warning or info; not off, as a report always shows its errors
        Severity minSeverity = min.isPresent()
                ? severity(min.get(), file, "unknown min-severity '%s' (error, warning or info)") : Severity.INFO;
        return new Config(Optional.of(file), dialect, checkSettings, accepted, readPrefer(root, file), includes,
                excludes, otherLanguages, minSeverity);
    }

    private Map<String, CheckSettings> readChecks(Fields root, Path file) throws ConfigException {
        Map<String, CheckSettings> out = new LinkedHashMap<>();
        Optional<YamlNode.Mapping> section = root.mapping("checks");
        if (section.isEmpty()) {
            return out;
        }
        for (YamlNode.Entry entry : section.get().entries().values()) {
            CheckInfo info = checks.get(entry.key());
            if (info == null) {
                throw new ConfigException(file, entry.line(), entry.column(), "unknown check '" + entry.key()
                        + "'; " + (checks.isEmpty() ? "no checks are built in" : "the checks are: "
                        + String.join(", ", checks.keySet())));
            }
            out.put(info.id(), readCheck(info, entry.value(), file));
        }
        if (!out.isEmpty() && !checks.isEmpty()
                && checks.keySet().stream().allMatch(id -> out.containsKey(id) && !out.get(id).enabled())) {
            YamlNode node = section.get();
            throw at(file, node, "every check is turned off: nothing would be checked");
        }
        return out;
    }

    /** A check is {@code off}, a severity, or a mapping of {@code enabled}, {@code severity} and its options. */
    private static CheckSettings readCheck(CheckInfo info, YamlNode node, Path file) throws ConfigException {
        if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.Type.BOOLEAN) {
            return new CheckSettings(Boolean.parseBoolean(s.text()), Optional.empty(), Map.of());
        }
        if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.Type.TEXT) {
            return "off".equalsIgnoreCase(s.text().strip())
                    ? new CheckSettings(false, Optional.empty(), Map.of())
                    : new CheckSettings(true, Optional.of(severity(s, file)), Map.of());
        }
        List<String> allowed = new ArrayList<>(List.of("enabled", "severity"));
        info.options().forEach(o -> allowed.add(o.key()));
        Fields fields = Fields.of(node, file, "check '" + info.id() + "' (off, a severity, or a mapping)", allowed);
        boolean enabled = fields.bool("enabled").orElse(true);
        Optional<Severity> severity = Optional.empty();
        Optional<YamlNode.Scalar> sev = fields.scalar("severity");
        if (sev.isPresent()) {
            severity = Optional.of(severity(sev.get(), file));
        }
        Map<String, String> options = new TreeMap<>();
        for (CheckOption option : info.options()) {
            Optional<YamlNode.Scalar> value = fields.scalar(option.key());
            if (value.isPresent()) {
                options.put(option.key(), OptionValue.check(option, value.get(), file));
            }
        }
        return new CheckSettings(enabled, severity, options);
    }

    private static Severity severity(YamlNode.Scalar s, Path file) throws ConfigException {
        return severity(s, file, "unknown severity '%s' (error, warning, info, or off)");
    }

    /** A severity in any case, or an error whose message is {@code problem} with the text written. */
    private static Severity severity(YamlNode.Scalar s, Path file, String problem) throws ConfigException {
        String text = s.text() == null ? "" : s.text().strip();
        for (Severity v : Severity.values()) {
            if (v.id().equalsIgnoreCase(text)) {
                return v;
            }
        }
        throw at(file, s, problem.formatted(text));
    }

    /** {@code prefer:} maps each preferred form to the variants it replaces: none, one, or a list. */
    private static List<PreferredForm> readPrefer(Fields root, Path file) throws ConfigException {
        List<PreferredForm> out = new ArrayList<>();
        Optional<YamlNode.Mapping> section = root.mapping("prefer");
        if (section.isEmpty()) {
            return out;
        }
        for (YamlNode.Entry entry : section.get().entries().values()) {
            String preferred = entry.key().strip();
            if (preferred.isEmpty()) {
                throw new ConfigException(file, entry.line(), entry.column(), "a preferred form cannot be empty");
            }
            List<String> variants = new ArrayList<>();
            for (YamlNode.Scalar v : Fields.textList(entry.value(), file, "the variants of '" + preferred + "'")) {
                if (v.text().strip().equals(preferred)) {
                    throw at(file, v, "'" + preferred + "' is listed as a variant of itself");
                }
                variants.add(v.text().strip());
            }
            out.add(new PreferredForm(preferred, variants));
        }
        return out;
    }

    private static List<String> globs(Fields root, String key, Path file) throws ConfigException {
        List<String> out = new ArrayList<>();
        for (YamlNode.Scalar glob : root.texts(key)) {
            try {
                FileDiscovery.of(List.of(glob.text()), List.of(), false);
            } catch (IllegalArgumentException e) {
                throw at(file, glob, e.getMessage().lines().findFirst().orElse("bad glob"));
            }
            out.add(glob.text());
        }
        return out;
    }

    static ConfigException at(Path file, YamlNode node, String problem) {
        return new ConfigException(file, node.line(), node.column(), problem);
    }
}
