package dev.gatehouse.admin;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.gatehouse.accounts.AccountDetails;
import dev.gatehouse.admin.ImportFile.AssignmentEntry;
import dev.gatehouse.admin.ImportFile.Entry;
import dev.gatehouse.admin.ImportFile.UserEntry;
import dev.gatehouse.directory.GroupDetails;
import dev.gatehouse.directory.NewUser;
import dev.gatehouse.permissionsets.CustomerPolicyReference;
import dev.gatehouse.permissionsets.PermissionSetDetails;
import dev.gatehouse.permissionsets.PermissionsBoundary;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an import file into {@link ImportFile}, keeping the line of every entry and field. It checks only the
 * file's shape (known keys, lists where lists belong); the values are checked by the modules, as for the pages
 * and the API. Scalars are taken as written, so {@code accountId: 012345678901} keeps its leading zero.
 */
final class ImportFileReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> TOP = Set.of("prune", "groups", "users", "accounts", "permissionSets", "assignments");

    private ImportFileReader() {
    }

    static ImportFile read(Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new ImportFileException(name + ": no such file (set by gatehouse.import.file)");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node root = new Yaml(new LoaderOptions()).compose(reader);
            return root == null ? new ImportFile(name, false, List.of(), List.of(), List.of(), List.of(), List.of())
                    : new Parser(name).file(root);
        }
        catch (MarkedYAMLException broken) {
            int line = broken.getProblemMark() != null ? broken.getProblemMark().getLine() + 1 : 1;
            throw new ImportFileException(name + " line " + line + ": not valid YAML: " + broken.getProblem(), broken);
        }
        catch (IOException unreadable) {
            throw new ImportFileException(name + ": cannot be read: " + unreadable.getMessage(), unreadable);
        }
    }

    private record Parser(String name) {

        ImportFile file(Node root) {
            Map<String, NodeTuple> top = mapping(root, TOP, "the file");
            return new ImportFile(name, top.containsKey("prune") && bool(top.get("prune").getValueNode()),
                    list(top, "groups", this::group), list(top, "users", this::user),
                    list(top, "accounts", this::account), list(top, "permissionSets", this::permissionSet),
                    list(top, "assignments", this::assignment));
        }

        Entry<GroupDetails> group(Node node) {
            Fields f = fields(node, "a group", "name", "description");
            return f.entry(new GroupDetails(f.text("name"), f.text("description")));
        }

        Entry<UserEntry> user(Node node) {
            Fields f = fields(node, "a user", "username", "displayName", "email", "active", "password", "groups");
            String username = f.text("username");
            String displayName = f.text("displayName");
            NewUser user = new NewUser(username, displayName != null ? displayName : username, f.text("email"),
                    f.has("active") ? bool(f.node("active")) : null, f.text("password"));
            return f.entry(new UserEntry(user, f.texts("groups")));
        }

        Entry<AccountDetails> account(Node node) {
            Fields f = fields(node, "an account", "accountId", "name", "email", "partition", "description");
            return f.entry(new AccountDetails(f.text("accountId"), f.text("name"), f.text("email"),
                    f.text("partition"), f.text("description")));
        }

        Entry<PermissionSetDetails> permissionSet(Node node) {
            Fields f = fields(node, "a permission set", "name", "description", "sessionDuration", "relayState",
                    "managedPolicyArns", "customerManagedPolicies", "inlinePolicy", "permissionsBoundary", "tags",
                    "roleName");
            List<CustomerPolicyReference> customer = new ArrayList<>();
            if (f.has("customerManagedPolicies")) {
                for (Node item : sequence(f.node("customerManagedPolicies"), "customerManagedPolicies")) {
                    customer.add(reference(item, "a customer managed policy"));
                }
            }
            PermissionsBoundary boundary = null;
            if (f.has("permissionsBoundary")) {
                Fields b = fields(f.node("permissionsBoundary"), "permissionsBoundary", "managedPolicyArn",
                        "customerManagedPolicy");
                boundary = new PermissionsBoundary(b.text("managedPolicyArn"), b.has("customerManagedPolicy")
                        ? reference(b.node("customerManagedPolicy"), "customerManagedPolicy") : null);
            }
            Map<String, String> tags = new LinkedHashMap<>();
            if (f.has("tags")) {
                mapping(f.node("tags"), null, "tags").forEach((key, tuple) -> tags.put(key, scalar(tuple.getValueNode(), key)));
            }
            return f.entry(new PermissionSetDetails(f.text("name"), f.text("description"), f.text("sessionDuration"),
                    f.text("relayState"), f.texts("managedPolicyArns"), customer, policy(f), boundary, tags,
                    f.text("roleName")));
        }

        Entry<AssignmentEntry> assignment(Node node) {
            Fields f = fields(node, "an assignment", "accountId", "permissionSet", "user", "group");
            if (f.has("user") == f.has("group")) {
                throw problem(node, "an assignment names exactly one of user and group");
            }
            for (String required : List.of("accountId", "permissionSet")) {
                if (!f.has(required)) {
                    throw problem(node, "an assignment needs " + required);
                }
            }
            return f.entry(new AssignmentEntry(f.text("accountId"), f.text("permissionSet"), f.text("user"),
                    f.text("group")));
        }

        /** An inline policy as a JSON string, or written as YAML and turned into JSON. */
        String policy(Fields f) {
            if (!f.has("inlinePolicy")) {
                return null;
            }
            Node policy = f.node("inlinePolicy");
            if (policy instanceof ScalarNode scalar) {
                return scalar.getValue();
            }
            return JSON.writeValueAsString(plain(policy));
        }

        /** A YAML policy as maps, lists and strings (IAM reads every policy value as a string anyway). */
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

        CustomerPolicyReference reference(Node node, String what) {
            Fields f = fields(node, what, "name", "path");
            return new CustomerPolicyReference(f.text("name"), f.text("path"));
        }

        <T> List<Entry<T>> list(Map<String, NodeTuple> top, String key, Function<Node, Entry<T>> entry) {
            if (!top.containsKey(key)) {
                return List.of();
            }
            return sequence(top.get(key).getValueNode(), key).stream().map(entry).toList();
        }

        Fields fields(Node node, String what, String... allowed) {
            return new Fields(this, node, mapping(node, Set.of(allowed), what));
        }

        Map<String, NodeTuple> mapping(Node node, Set<String> allowed, String what) {
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

        boolean bool(Node node) {
            String value = scalar(node, "a yes/no value");
            if (value.equals("true") || value.equals("false")) {
                return Boolean.parseBoolean(value);
            }
            throw problem(node, "must be true or false, not '" + value + "'");
        }

        ImportFileException problem(Node node, String message) {
            return new ImportFileException(name + " line " + line(node) + ": " + message);
        }

        static int line(Node node) {
            return node.getStartMark().getLine() + 1;
        }
    }

    private record Fields(Parser parser, Node node, Map<String, NodeTuple> values) {

        boolean has(String key) {
            return values.containsKey(key) && !(values.get(key).getValueNode() instanceof ScalarNode scalar
                    && scalar.getValue().isEmpty() && scalar.getTag().getValue().endsWith(":null"));
        }

        Node node(String key) {
            return values.get(key).getValueNode();
        }

        String text(String key) {
            return has(key) ? parser.scalar(node(key), key) : null;
        }

        List<String> texts(String key) {
            return has(key) ? parser.sequence(node(key), key).stream().map(item -> parser.scalar(item, key)).toList()
                    : List.of();
        }

        <T> Entry<T> entry(T value) {
            Map<String, Integer> lines = new LinkedHashMap<>();
            values.forEach((key, tuple) -> {
                lines.put(key, Parser.line(tuple.getKeyNode()));
                if (tuple.getValueNode() instanceof SequenceNode list) {
                    for (int i = 0; i < list.getValue().size(); i++) {
                        lines.put(key + "[" + i + "]", Parser.line(list.getValue().get(i)));
                    }
                }
            });
            return new Entry<>(value, Parser.line(node), lines);
        }
    }
}
