package dev.copydesk.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The keys of one YAML mapping, each read as the type it must have, or an error saying where it is not. */
final class Fields {
    private final Map<String, YamlNode.Entry> entries;
    private final Path file;

    private Fields(Map<String, YamlNode.Entry> entries, Path file) {
        this.entries = entries;
        this.file = file;
    }

    /** The mapping's fields; a key outside {@code allowed} is an error. */
    static Fields of(YamlNode node, Path file, String what, List<String> allowed) throws ConfigException {
        if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.Type.NULL) {
            return new Fields(Map.of(), file);
        }
        if (!(node instanceof YamlNode.Mapping m)) {
            throw ConfigReader.at(file, node, what + " must be a mapping, not " + node.kind());
        }
        for (YamlNode.Entry e : m.entries().values()) {
            if (!allowed.contains(e.key())) {
                throw new ConfigException(file, e.line(), e.column(), "unknown key '" + e.key() + "' in " + what
                        + "; allowed: " + String.join(", ", allowed));
            }
        }
        return new Fields(m.entries(), file);
    }

    /** A scalar that is not null. */
    Optional<YamlNode.Scalar> scalar(String key) throws ConfigException {
        YamlNode.Entry e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (e.value() instanceof YamlNode.Scalar s && s.type() != YamlNode.Type.NULL) {
            return Optional.of(s);
        }
        throw ConfigReader.at(file, e.value(), "'" + key + "' must be a single value, not " + e.value().kind());
    }

    Optional<Boolean> bool(String key) throws ConfigException {
        Optional<YamlNode.Scalar> s = scalar(key);
        if (s.isPresent() && s.get().type() != YamlNode.Type.BOOLEAN) {
            throw ConfigReader.at(file, s.get(), "'" + key + "' must be true or false, not " + s.get().kind());
        }
        return s.map(v -> Boolean.parseBoolean(v.text()));
    }

    Optional<YamlNode.Mapping> mapping(String key) throws ConfigException {
        YamlNode.Entry e = entries.get(key);
        if (e == null || e.value() instanceof YamlNode.Scalar s && s.type() == YamlNode.Type.NULL) {
            return Optional.empty();
        }
        if (e.value() instanceof YamlNode.Mapping m) {
            return Optional.of(m);
        }
        throw ConfigReader.at(file, e.value(), "'" + key + "' must be a mapping, not " + e.value().kind());
    }

    /** A list of texts; a single text counts as a list of one. */
    List<YamlNode.Scalar> texts(String key) throws ConfigException {
        YamlNode.Entry e = entries.get(key);
        return e == null ? List.of() : textList(e.value(), file, "'" + key + "'");
    }

    static List<YamlNode.Scalar> textList(YamlNode node, Path file, String what) throws ConfigException {
        List<YamlNode.Scalar> out = new ArrayList<>();
        if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.Type.NULL) {
            return out;
        }
        List<YamlNode> items = node instanceof YamlNode.Sequence seq ? seq.items() : List.of(node);
        for (YamlNode item : items) {
            // any scalar as written: YAML 1.1 reads words like No and On as booleans, 2024 as a number
            if (!(item instanceof YamlNode.Scalar s) || s.type() == YamlNode.Type.NULL || s.text().isBlank()) {
                throw ConfigReader.at(file, item, what + " must be texts, not " + item.kind());
            }
            out.add(s);
        }
        return out;
    }
}
