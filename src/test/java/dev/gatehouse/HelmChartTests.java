package dev.gatehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Renders the Helm chart the way {@code helm template} does and checks what Kubernetes would be given. */
class HelmChartTests {

    private static final Path CHART = Path.of("helm", "gatehouse");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path valuesDir;

    @Test
    void passesStrictLint() {
        LintResult result = new Helm(CHART).lint().strict().call();

        assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
    }

    @Test
    void runsAsNonRootWithReadOnlyRootFilesystemAndWritableDataAndTmp() {
        Rendered rendered = render("");
        JsonNode pod = rendered.podSpec();
        JsonNode container = rendered.container();

        assertThat(pod.at("/securityContext/runAsNonRoot").booleanValue()).isTrue();
        assertThat(pod.at("/securityContext/runAsUser").intValue()).isEqualTo(10001);
        assertThat(pod.at("/securityContext/seccompProfile/type").stringValue()).isEqualTo("RuntimeDefault");
        assertThat(container.at("/securityContext/readOnlyRootFilesystem").booleanValue()).isTrue();
        assertThat(container.at("/securityContext/allowPrivilegeEscalation").booleanValue()).isFalse();
        assertThat(strings(container.at("/securityContext/capabilities/drop"))).containsExactly("ALL");
        assertThat(mountPaths(container)).containsEntry("data", "/var/lib/gatehouse").containsEntry("tmp", "/tmp");
        assertThat(pod.at("/enableServiceLinks").booleanValue()).isFalse();
    }

    @Test
    void probesSpringBootLivenessAndReadinessGroups() {
        JsonNode container = render("").container();

        assertThat(container.at("/startupProbe/httpGet/path").stringValue()).isEqualTo("/actuator/health/liveness");
        assertThat(container.at("/livenessProbe/httpGet/path").stringValue()).isEqualTo("/actuator/health/liveness");
        assertThat(container.at("/readinessProbe/httpGet/path").stringValue()).isEqualTo("/actuator/health/readiness");
        assertThat(container.at("/readinessProbe/httpGet/port").stringValue()).isEqualTo("http");
        assertThat(container.at("/ports/0/containerPort").intValue()).isEqualTo(8080);
    }

    @Test
    void sizesTheJvmHeapFromTheContainerMemoryLimit() {
        JsonNode container = render("").container();

        assertThat(container.at("/resources/requests/memory").stringValue()).isEqualTo("512Mi");
        assertThat(container.at("/resources/limits/memory").stringValue()).isNotEmpty();
        assertThat(env(container).get("JAVA_TOOL_OPTIONS").path("value").stringValue())
                .contains("-XX:MaxRAMPercentage=");
    }

    @Test
    void mountsApplicationYamlWithPublicUrlAndForwardedHeaders() {
        Rendered rendered = render("""
                portal:
                  url: https://access.example.com/
                  name: Acme Access
                """);

        JsonNode config = rendered.applicationYaml();
        assertThat(config.at("/server/forward-headers-strategy").stringValue()).isEqualTo("native");
        assertThat(config.at("/gatehouse/portal/url").stringValue()).isEqualTo("https://access.example.com");
        assertThat(config.at("/gatehouse/portal/name").stringValue()).isEqualTo("Acme Access");
        JsonNode container = rendered.container();
        assertThat(env(container).get("SPRING_CONFIG_ADDITIONAL_LOCATION").path("value").stringValue())
                .isEqualTo("optional:file:/etc/gatehouse/");
        assertThat(mountPaths(container)).containsEntry("config", "/etc/gatehouse");
    }

    @Test
    void mergesExtraConfigurationOverWhatTheChartGenerates() {
        JsonNode config = render("""
                config:
                  server:
                    forward-headers-strategy: framework
                  gatehouse:
                    aws:
                      region: eu-west-1
                """).applicationYaml();

        assertThat(config.at("/server/forward-headers-strategy").stringValue()).isEqualTo("framework");
        assertThat(config.at("/gatehouse/aws/region").stringValue()).isEqualTo("eu-west-1");
        assertThat(config.at("/gatehouse/portal/name").stringValue()).isEqualTo("Gatehouse");
        assertThat(config.at("/gatehouse/directory/bootstrap-admin/username").stringValue()).isEqualTo("admin");
    }

    @Test
    void rollsThePodsWhenTheConfigurationChanges() {
        String before = render("portal: {url: https://a.example.com}").podAnnotation("checksum/config");
        String same = render("portal: {url: https://a.example.com}").podAnnotation("checksum/config");
        String after = render("portal: {url: https://b.example.com}").podAnnotation("checksum/config");

        assertThat(before).isNotEmpty().isEqualTo(same).isNotEqualTo(after);
    }

    @Test
    void servesHttpOnTheServicePort() {
        JsonNode service = render("").one("Service");

        assertThat(service.at("/spec/ports/0/port").intValue()).isEqualTo(80);
        assertThat(service.at("/spec/ports/0/targetPort").stringValue()).isEqualTo("http");
        assertThat(service.at("/spec/selector/app.kubernetes.io~1instance").stringValue()).isEqualTo("gh");
    }

    @Test
    void createsNoIngressUnlessEnabled() {
        assertThat(render("").kinds()).doesNotContain("Ingress");
    }

    @Test
    void routesTheIngressHostToTheServiceAndDerivesTheHttpsPortalUrl() {
        Rendered rendered = render("""
                ingress:
                  enabled: true
                  className: nginx
                  host: access.example.com
                  tls:
                    - secretName: access-tls
                      hosts: [access.example.com]
                """);

        JsonNode ingress = rendered.one("Ingress");
        assertThat(ingress.at("/spec/ingressClassName").stringValue()).isEqualTo("nginx");
        assertThat(ingress.at("/spec/rules/0/host").stringValue()).isEqualTo("access.example.com");
        assertThat(ingress.at("/spec/rules/0/http/paths/0/backend/service/name").stringValue())
                .isEqualTo(rendered.one("Service").at("/metadata/name").stringValue());
        assertThat(ingress.at("/spec/tls/0/secretName").stringValue()).isEqualTo("access-tls");
        assertThat(rendered.applicationYaml().at("/gatehouse/portal/url").stringValue())
                .isEqualTo("https://access.example.com");
    }

    @Test
    void keepsTheH2DatabaseOnAPersistentVolumeClaimByDefault() {
        Rendered rendered = render("");

        String claim = rendered.one("PersistentVolumeClaim").at("/metadata/name").stringValue();
        assertThat(rendered.volume("data").at("/persistentVolumeClaim/claimName").stringValue()).isEqualTo(claim);
        assertThat(rendered.one("Deployment").at("/spec/strategy/type").stringValue()).isEqualTo("Recreate");
        assertThat(env(rendered.container())).doesNotContainKey("SPRING_PROFILES_ACTIVE");
    }

    @Test
    void usesAnExistingClaimOrAnEmptyDirWhenAsked() {
        assertThat(render("persistence: {existingClaim: gatehouse-h2}").volume("data")
                .at("/persistentVolumeClaim/claimName").stringValue()).isEqualTo("gatehouse-h2");

        Rendered ephemeral = render("persistence: {enabled: false}");
        assertThat(ephemeral.kinds()).doesNotContain("PersistentVolumeClaim");
        assertThat(ephemeral.volume("data").has("emptyDir")).isTrue();
    }

    @Test
    void refusesSeveralReplicasWithH2() {
        assertThatIllegalStateException().isThrownBy(() -> render("replicaCount: 2"))
                .withMessageContaining("H2 database file cannot be shared");
    }

    @Test
    void runsThePostgresProfileWithThePasswordFromAnExistingSecret() {
        Rendered rendered = render("""
                replicaCount: 3
                database:
                  type: postgres
                  postgres:
                    url: jdbc:postgresql://db.internal:5432/gatehouse
                    username: portal
                    password:
                      existingSecret: gatehouse-db
                      key: db-password
                """);

        Map<String, JsonNode> env = env(rendered.container());
        assertThat(env.get("SPRING_PROFILES_ACTIVE").path("value").stringValue()).isEqualTo("postgres");
        assertThat(env.get("SPRING_DATASOURCE_URL").path("value").stringValue())
                .isEqualTo("jdbc:postgresql://db.internal:5432/gatehouse");
        assertThat(env.get("SPRING_DATASOURCE_USERNAME").path("value").stringValue()).isEqualTo("portal");
        assertThat(secretRef(env.get("SPRING_DATASOURCE_PASSWORD"))).isEqualTo("gatehouse-db/db-password");
        assertThat(rendered.one("Deployment").at("/spec/replicas").intValue()).isEqualTo(3);
        assertThat(rendered.one("Deployment").at("/spec/strategy/type").stringValue()).isEqualTo("RollingUpdate");
        assertThat(rendered.kinds()).doesNotContain("PersistentVolumeClaim");
    }

    @Test
    void refusesPostgresWithoutAPasswordSecret() {
        assertThatIllegalStateException()
                .isThrownBy(() -> render("database: {type: postgres, postgres: {url: 'jdbc:postgresql://db/gh'}}"))
                .withMessageContaining("database.postgres.password.existingSecret is required");
    }

    @Test
    void readsTheBootstrapAdminSecretsFromAnExistingSecretOnlyWhenOneIsNamed() {
        assertThat(env(render("").container()))
                .doesNotContainKeys("GATEHOUSE_DIRECTORY_BOOTSTRAP_ADMIN_PASSWORD",
                        "GATEHOUSE_DIRECTORY_BOOTSTRAP_ADMIN_API_TOKEN");

        Map<String, JsonNode> env = env(render("""
                bootstrapAdmin:
                  password: {existingSecret: gatehouse-admin}
                  apiToken: {existingSecret: gatehouse-admin, key: token}
                """).container());
        assertThat(secretRef(env.get("GATEHOUSE_DIRECTORY_BOOTSTRAP_ADMIN_PASSWORD")))
                .isEqualTo("gatehouse-admin/password");
        assertThat(secretRef(env.get("GATEHOUSE_DIRECTORY_BOOTSTRAP_ADMIN_API_TOKEN")))
                .isEqualTo("gatehouse-admin/token");
    }

    @Test
    void givesEveryReplicaTheSameEncryptionKeyFromAnExistingSecret() {
        assertThat(env(render("").container())).doesNotContainKey("GATEHOUSE_SECURITY_ENCRYPTION_KEY");

        Map<String, JsonNode> env = env(render("""
                replicaCount: 3
                database:
                  type: postgres
                  postgres:
                    url: jdbc:postgresql://db:5432/gatehouse
                    password: {existingSecret: gatehouse-db}
                security:
                  encryptionKey: {existingSecret: gatehouse-keys}
                """).container());
        assertThat(secretRef(env.get("GATEHOUSE_SECURITY_ENCRYPTION_KEY"))).isEqualTo("gatehouse-keys/encryption-key");
    }

    @Test
    void annotatesTheServiceAccountForIamRolesForServiceAccounts() {
        Rendered rendered = render("""
                serviceAccount:
                  annotations:
                    eks.amazonaws.com/role-arn: arn:aws:iam::111122223333:role/gatehouse
                """);

        JsonNode account = rendered.one("ServiceAccount");
        assertThat(account.at("/metadata/annotations/eks.amazonaws.com~1role-arn").stringValue())
                .isEqualTo("arn:aws:iam::111122223333:role/gatehouse");
        assertThat(rendered.podSpec().at("/serviceAccountName").stringValue())
                .isEqualTo(account.at("/metadata/name").stringValue());
    }

    private Rendered render(String values) {
        try {
            Path file = Files.createTempFile(valuesDir, "values", ".yaml");
            Files.writeString(file, values);
            String manifest = new Helm(CHART).template().withName("gh").withNamespace("access")
                    .withValuesFile(file).call();
            List<JsonNode> objects = StreamSupport.stream(new Yaml().loadAll(manifest).spliterator(), false)
                    .filter(Objects::nonNull)
                    .map(object -> (JsonNode) JSON.valueToTree(object))
                    .toList();
            return new Rendered(objects);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Map<String, JsonNode> env(JsonNode container) {
        return container.path("env").valueStream()
                .collect(Collectors.toMap(variable -> variable.path("name").stringValue(), variable -> variable));
    }

    private static Map<String, String> mountPaths(JsonNode container) {
        return container.path("volumeMounts").valueStream()
                .collect(Collectors.toMap(mount -> mount.path("name").stringValue(),
                        mount -> mount.path("mountPath").stringValue()));
    }

    private static String secretRef(JsonNode variable) {
        JsonNode ref = variable.at("/valueFrom/secretKeyRef");
        return ref.path("name").stringValue() + "/" + ref.path("key").stringValue();
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::stringValue).toList();
    }

    private record Rendered(List<JsonNode> objects) {

        List<String> kinds() {
            return objects.stream().map(object -> object.path("kind").stringValue()).toList();
        }

        JsonNode one(String kind) {
            List<JsonNode> matching = objects.stream().filter(object -> kind.equals(object.path("kind").stringValue()))
                    .toList();
            assertThat(matching).as("rendered %s objects", kind).hasSize(1);
            return matching.get(0);
        }

        JsonNode podSpec() {
            return one("Deployment").at("/spec/template/spec");
        }

        JsonNode container() {
            return podSpec().at("/containers/0");
        }

        JsonNode volume(String name) {
            return podSpec().path("volumes").valueStream()
                    .filter(volume -> name.equals(volume.path("name").stringValue()))
                    .findFirst().orElseThrow();
        }

        String podAnnotation(String name) {
            return one("Deployment").at("/spec/template/metadata/annotations").path(name).stringValue();
        }

        JsonNode applicationYaml() {
            Object config = new Yaml().load(one("ConfigMap").at("/data/application.yaml").stringValue());
            return JSON.valueToTree(config);
        }
    }
}
