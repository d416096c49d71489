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
import dev.gatehouse.admin.YamlNodes.Fields;
import dev.gatehouse.directory.GroupDetails;
import dev.gatehouse.directory.NewUser;
import dev.gatehouse.permissionsets.CustomerPolicyReference;
import dev.gatehouse.permissionsets.PermissionSetDetails;
import dev.gatehouse.permissionsets.PermissionsBoundary;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
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
            return root == null
                    ? new ImportFile(name, false, List.of(), List.of(), List.of(), List.of(), List.of(), List.of())
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

    /** Reads entry by entry: a problem in one entry leaves that entry out and is kept, and reading goes on. */
    private record Parser(String name, YamlNodes yaml, List<ImportFileException.Problem> problems) {

        Parser(String name) {
            this(name, new YamlNodes(name), new ArrayList<>());
        }

        ImportFile file(Node root) {
            Map<String, NodeTuple> top = yaml.mapping(root, null, "the file");
            top.forEach((key, tuple) -> {
                if (!TOP.contains(key)) {
                    problems.addAll(yaml.problem(tuple.getKeyNode(), "unknown key '" + key + "' in the file; known keys: "
                            + String.join(", ", TOP.stream().sorted().toList())).problems());
                }
            });
            return new ImportFile(name, prune(top), list(top, "groups", this::group), list(top, "users", this::user),
                    list(top, "accounts", this::account), list(top, "permissionSets", this::permissionSet),
                    list(top, "assignments", this::assignment), List.copyOf(problems));
        }

        boolean prune(Map<String, NodeTuple> top) {
            try {
                return top.containsKey("prune") && yaml.bool(top.get("prune").getValueNode(), "prune");
            }
            catch (ImportFileException wrong) {
                problems.addAll(wrong.problems());
                return false;
            }
        }

        Entry<GroupDetails> group(Node node) {
            Fields f = yaml.fields(node, "a group", "name", "description");
            return entry(f, new GroupDetails(f.text("name"), f.text("description")));
        }

        Entry<UserEntry> user(Node node) {
            Fields f = yaml.fields(node, "a user", "username", "displayName", "email", "active", "password", "groups");
            String username = f.text("username");
            String displayName = f.text("displayName");
            NewUser user = new NewUser(username, displayName != null ? displayName : username, f.text("email"),
                    f.has("active") ? yaml.bool(f.node("active"), "active") : null, f.text("password"));
            return entry(f, new UserEntry(user, f.texts("groups")));
        }

        Entry<AccountDetails> account(Node node) {
            Fields f = yaml.fields(node, "an account", "accountId", "name", "email", "partition", "description");
            return entry(f, new AccountDetails(f.text("accountId"), f.text("name"), f.text("email"),
                    f.text("partition"), f.text("description")));
        }

        Entry<PermissionSetDetails> permissionSet(Node node) {
            Fields f = yaml.fields(node, "a permission set", "name", "description", "sessionDuration", "relayState",
                    "managedPolicyArns", "customerManagedPolicies", "inlinePolicy", "permissionsBoundary", "tags",
                    "roleName");
            List<CustomerPolicyReference> customer = new ArrayList<>();
            if (f.has("customerManagedPolicies")) {
                for (Node item : yaml.sequence(f.node("customerManagedPolicies"), "customerManagedPolicies")) {
                    customer.add(reference(item, "a customer managed policy"));
                }
            }
            PermissionsBoundary boundary = null;
            if (f.has("permissionsBoundary")) {
                Fields b = yaml.fields(f.node("permissionsBoundary"), "permissionsBoundary", "managedPolicyArn",
                        "customerManagedPolicy");
                boundary = new PermissionsBoundary(b.text("managedPolicyArn"), b.has("customerManagedPolicy")
                        ? reference(b.node("customerManagedPolicy"), "customerManagedPolicy") : null);
            }
            Map<String, String> tags = new LinkedHashMap<>();
            if (f.has("tags")) {
                yaml.mapping(f.node("tags"), null, "tags")
                        .forEach((key, tuple) -> tags.put(key, yaml.scalar(tuple.getValueNode(), key)));
            }
            return entry(f, new PermissionSetDetails(f.text("name"), f.text("description"), f.text("sessionDuration"),
                    f.text("relayState"), f.texts("managedPolicyArns"), customer, policy(f), boundary, tags,
                    f.text("roleName")));
        }

        Entry<AssignmentEntry> assignment(Node node) {
            Fields f = yaml.fields(node, "an assignment", "accountId", "permissionSet", "user", "group");
            if (f.has("user") == f.has("group")) {
                throw yaml.problem(node, "an assignment names exactly one of user and group");
            }
            for (String required : List.of("accountId", "permissionSet")) {
                if (!f.has(required)) {
                    throw yaml.problem(node, "an assignment needs " + required);
                }
            }
            return entry(f, new AssignmentEntry(f.text("accountId"), f.text("permissionSet"), f.text("user"),
                    f.text("group")));
        }

        /** An inline policy as a JSON string, or written as YAML and turned into JSON. */
        @Nullable String policy(Fields f) {
            if (!f.has("inlinePolicy")) {
                return null;
            }
            Node policy = f.node("inlinePolicy");
            if (policy instanceof ScalarNode scalar) {
                return scalar.getValue();
            }
            // IAM reads every policy value as a string anyway.
            return JSON.writeValueAsString(yaml.plain(policy));
        }

        CustomerPolicyReference reference(Node node, String what) {
            Fields f = yaml.fields(node, what, "name", "path");
            return new CustomerPolicyReference(f.text("name"), f.text("path"));
        }

        <T> List<Entry<T>> list(Map<String, NodeTuple> top, String key, Function<Node, Entry<T>> entry) {
            List<Entry<T>> entries = new ArrayList<>();
            try {
                for (Node item : top.containsKey(key) ? yaml.sequence(top.get(key).getValueNode(), key) : List.<Node>of()) {
                    try {
                        entries.add(entry.apply(item));
                    }
                    catch (ImportFileException wrong) {
                        problems.addAll(wrong.problems());
                    }
                }
            }
            catch (ImportFileException notAList) {
                problems.addAll(notAList.problems());
            }
            return entries;
        }

        static <T> Entry<T> entry(Fields fields, T value) {
            return new Entry<>(value, fields.line(), fields.lines());
        }
    }
}
