package dev.copydesk.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads YAML text into {@link YamlNode}s with positions, through Jackson's streaming YAML parser. */
final class YamlTree {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final Path file;
    private final JsonParser parser;

    private YamlTree(Path file, JsonParser parser) {
        this.file = file;
        this.parser = parser;
    }

    /** Parses one YAML document; an empty file is an empty mapping. */
    static YamlNode parse(String text, Path file) throws ConfigException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            YamlTree tree = new YamlTree(file, parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlNode.Mapping(Map.of(), 1, 1);
            }
            YamlNode root = tree.read(first);
            if (parser.nextToken() != null) {
                throw tree.error(parser.currentTokenLocation(), "only one YAML document is allowed");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage().lines().findFirst().orElse("not valid YAML");
            throw new ConfigException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "not valid YAML: " + message);
        } catch (IOException e) {
            throw new ConfigException(file, 0, 0, "cannot read: " + e.getMessage());
        }
    }

    private YamlNode read(JsonToken token) throws IOException, ConfigException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        return switch (token) {
            case START_OBJECT -> readMapping(line, column);
            case START_ARRAY -> readSequence(line, column);
            case VALUE_STRING -> new YamlNode.Scalar(parser.getText(), YamlNode.Type.TEXT, line, column);
            case VALUE_NUMBER_INT -> new YamlNode.Scalar(parser.getText(), YamlNode.Type.INTEGER, line, column);
            case VALUE_NUMBER_FLOAT -> new YamlNode.Scalar(parser.getText(), YamlNode.Type.DECIMAL, line, column);
            case VALUE_TRUE, VALUE_FALSE -> new YamlNode.Scalar(parser.getText(), YamlNode.Type.BOOLEAN, line, column);
            case VALUE_NULL -> new YamlNode.Scalar(null, YamlNode.Type.NULL, line, column);
            default -> throw error(at, "unexpected " + token);
        };
    }

    private YamlNode readMapping(int line, int column) throws IOException, ConfigException {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            JsonLocation keyAt = parser.currentTokenLocation();
            String key = parser.currentName();
            if (entries.containsKey(key)) {
                throw error(keyAt, "duplicate key '" + key + "'");
            }
            YamlNode value = read(parser.nextToken());
            entries.put(key, new YamlNode.Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
        }
        return new YamlNode.Mapping(entries, line, column);
    }

    private YamlNode readSequence(int line, int column) throws IOException, ConfigException {
        List<YamlNode> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            items.add(read(t));
        }
        return new YamlNode.Sequence(items, line, column);
    }

    private ConfigException error(JsonLocation at, String problem) {
        return new ConfigException(file, at.getLineNr(), at.getColumnNr(), problem);
    }
}
