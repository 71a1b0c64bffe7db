package dev.copydesk.core.config;

import dev.copydesk.core.check.CheckOption;
import java.nio.file.Path;

/**
 * Type-checks a configured option value against its default: an option whose default is an
 * integer takes integers, a decimal default takes numbers, a boolean default takes true or false,
 * anything else takes any single value as written.
 */
final class OptionValue {
    private OptionValue() {
    }

    static String check(CheckOption option, YamlNode.Scalar value, Path file) throws ConfigException {
        String def = option.defaultValue().strip();
        YamlNode.Type type = value.type();
        boolean ok;
        String expected;
        if (def.matches("-?\\d+")) {
            ok = type == YamlNode.Type.INTEGER;
            expected = "an integer";
        } else if (def.matches("-?\\d*\\.\\d+([eE]-?\\d+)?")) {
            ok = type == YamlNode.Type.INTEGER || type == YamlNode.Type.DECIMAL;
            expected = "a number";
        } else if (def.equals("true") || def.equals("false")) {
            ok = type == YamlNode.Type.BOOLEAN;
            expected = "true or false";
        } else {
            ok = type != YamlNode.Type.NULL;
            expected = "a value";
        }
        if (!ok) {
            throw ConfigReader.at(file, value, "option '" + option.key() + "' must be " + expected + ", not "
                    + value.kind() + " (default " + option.defaultValue() + ")");
        }
        return value.text();
    }
}
