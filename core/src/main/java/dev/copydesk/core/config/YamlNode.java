package dev.copydesk.core.config;

import java.util.List;
import java.util.Map;

/**
 * A YAML value with the line and column it starts at, so every validation error can say where it
 * is (Jackson's tree model forgets positions).
 */
sealed interface YamlNode {
    /** 1-based line of the value. */
    int line();

    /** 1-based column of the value. */
    int column();

    /** What kind of value this is, for error messages. */
    String kind();

    /** A scalar: text, number, boolean or null ({@code text} is then null). */
    record Scalar(String text, Type type, int line, int column) implements YamlNode {
        @Override
        public String kind() {
            return switch (type) {
                case TEXT -> "a text";
                case INTEGER -> "an integer";
                case DECIMAL -> "a number";
                case BOOLEAN -> "true or false";
                case NULL -> "an empty value";
            };
        }
    }

    /** The type of a scalar as YAML read it. */
    enum Type {
        TEXT,
        INTEGER,
        DECIMAL,
        BOOLEAN,
        NULL
    }

    /** A mapping, in file order. */
    record Mapping(Map<String, Entry> entries, int line, int column) implements YamlNode {
        @Override
        public String kind() {
            return "a mapping";
        }
    }

    /** A key of a mapping, where it is, and its value. */
    record Entry(String key, int line, int column, YamlNode value) {
    }

    /** A list. */
    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
        @Override
        public String kind() {
            return "a list";
        }
    }
}
