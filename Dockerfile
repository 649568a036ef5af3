# Builds the service jar and runs it on a Temurin 17 JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY cypher cypher
COPY graphql-schema graphql-schema
RUN ./mvnw -B -ntp -DskipTests package && cp target/upstairs-*.jar /upstairs.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 upstairs && mkdir -p /app/data && chown upstairs /app/data
USER upstairs
WORKDIR /app
# The embedded store (the default without an external Neo4j) lives in /app/data: mount a
# volume there to keep it.
VOLUME /app/data
COPY --from=build /upstairs.jar /app/upstairs.jar
EXPOSE 8080
# Healthy once ready: the database answers and, with the demo profile, the demo data is in.
# The JRE image has bash but no curl, so the request goes through bash's /dev/tcp; a 503
# (not ready yet) or no answer fails it.
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=3 \
	CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
# The jar's manifest carries the --add-opens the embedded Neo4j needs; the heap stays bounded.
ENTRYPOINT ["java", "-Xmx512m", "-jar", "/app/upstairs.jar"]
