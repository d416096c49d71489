# syntax=docker/dockerfile:1

# Build: compile with the Maven wrapper, then split the Boot jar into layers that change at different rates.
FROM eclipse-temurin:21-jdk-noble AS build
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 \
    sh ./mvnw -B -DskipTests package
RUN java -Djarmode=tools -jar target/gatehouse-*.jar extract --layers --application-filename gatehouse.jar \
        --destination /build/extracted

# Run: a JRE only, no build tools, a fixed non-root uid so Kubernetes' runAsNonRoot can verify it.
FROM eclipse-temurin:21-jre-noble
ARG GATEHOUSE_UID=10001
RUN groupadd --gid "${GATEHOUSE_UID}" gatehouse \
    && useradd --uid "${GATEHOUSE_UID}" --gid gatehouse --home-dir /var/lib/gatehouse --no-create-home \
        --shell /usr/sbin/nologin gatehouse \
    && mkdir -p /var/lib/gatehouse \
    && chown gatehouse:gatehouse /var/lib/gatehouse \
    && chmod 0750 /var/lib/gatehouse

WORKDIR /opt/gatehouse
# Least to most often changed, so a code change rebuilds only the last layer.
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./

# Class data sharing: a training run that stops once the context has refreshed records the loaded classes,
# which roughly halves start-up. It runs on a throw-away data directory, so the image holds no data or key.
RUN GATEHOUSE_DATA_DIR=/tmp/cds-training java -XX:ArchiveClassesAtExit=gatehouse.jsa -Xlog:cds=off \
        -Dspring.context.exit=onRefresh -jar gatehouse.jar \
    && rm -rf /tmp/cds-training

ENV GATEHOUSE_DATA_DIR=/var/lib/gatehouse \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60 -XX:+ExitOnOutOfMemoryError"
VOLUME ["/var/lib/gatehouse"]
EXPOSE 8080
USER ${GATEHOUSE_UID}:${GATEHOUSE_UID}

# Bash's /dev/tcp needs nothing beyond the base image; readiness is UP only once the app takes traffic.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${SERVER_PORT:-8080} && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]

ENTRYPOINT ["java", "-XX:SharedArchiveFile=gatehouse.jsa", "-Xlog:cds=off", "-jar", "gatehouse.jar"]
