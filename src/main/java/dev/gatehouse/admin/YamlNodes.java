package dev.gatehouse.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the nodes of one YAML file as the shape the import expects (mappings with known keys, lists, single
 * values), each refusal an {@link ImportFileException} naming the file and the line. Scalars are taken as written.
 */
record YamlNodes(String file) {

    Fields fields(Node node, String what, String... allowed) {
        return new Fields(this, node, mapping(node, Set.of(allowed), what));
    }

    /** The keys of a mapping in their order; {@code allowed} null takes any key. */
    Map<String, NodeTuple> mapping(Node node, @Nullable Set<String> allowed, String what) {
        if (!(node instanceof MappingNode map)) {
            throw problem(node, what + " must be a mapping of keys to values");
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            String key = scalar(tuple.getKeyNode(), "a key");
            if (allowed != null && !allowed.contains(key)) {
                throw problem(tuple.getKeyNode(), "unknown key '" + key + "' in " + what + "; known keys: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
            if (entries.put(key, tuple) != null) {
                throw problem(tuple.getKeyNode(), "'" + key + "' is given twice in " + what);
            }
        }
        return entries;
    }

    List<Node> sequence(Node node, String what) {
        if (!(node instanceof SequenceNode list)) {
            throw problem(node, what + " must be a list");
        }
        return list.getValue();
    }

    String scalar(Node node, String what) {
        if (!(node instanceof ScalarNode scalar)) {
            throw problem(node, what + " must be a single value");
        }
        return scalar.getValue();
    }

    boolean bool(Node node, String what) {
        String value = scalar(node, what);
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        throw problem(node, what + " must be true or false, not '" + value + "'");
    }

    /** Maps, lists and strings, as written. */
    Object plain(Node node) {
        if (node instanceof MappingNode map) {
            Map<String, Object> values = new LinkedHashMap<>();
            map.getValue().forEach(tuple -> values.put(scalar(tuple.getKeyNode(), "a key"), plain(tuple.getValueNode())));
            return values;
        }
        if (node instanceof SequenceNode list) {
            return list.getValue().stream().map(this::plain).toList();
        }
        return ((ScalarNode) node).getValue();
    }

    ImportFileException problem(Node node, String message) {
        return new ImportFileException(List.of(new ImportFileException.Problem(line(node),
                file + " line " + line(node) + ": " + message, false)));
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** The fields of one mapping; an empty value ({@code key:}) counts as not given. */
    record Fields(YamlNodes yaml, Node node, Map<String, NodeTuple> values) {

        boolean has(String key) {
            return values.containsKey(key) && !(values.get(key).getValueNode() instanceof ScalarNode scalar
                    && scalar.getValue().isEmpty() && scalar.getTag().getValue().endsWith(":null"));
        }

        Node node(String key) {
            return values.get(key).getValueNode();
        }

        @Nullable String text(String key) {
            return has(key) ? yaml.scalar(node(key), key) : null;
        }

        List<String> texts(String key) {
            return has(key) ? yaml.sequence(node(key), key).stream().map(item -> yaml.scalar(item, key)).toList()
                    : List.of();
        }

        int line() {
            return YamlNodes.line(node);
        }

        /** The line of every key, and of every item of a list as {@code key[i]}. */
        Map<String, Integer> lines() {
            Map<String, Integer> lines = new LinkedHashMap<>();
            values.forEach((key, tuple) -> {
                lines.put(key, YamlNodes.line(tuple.getKeyNode()));
                if (tuple.getValueNode() instanceof SequenceNode list) {
                    for (int i = 0; i < list.getValue().size(); i++) {
                        lines.put(key + "[" + i + "]", YamlNodes.line(list.getValue().get(i)));
                    }
                }
            });
            return lines;
        }
    }
}
