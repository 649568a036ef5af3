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
RUN useradd --system --uid 10001 upstairs
USER upstairs
WORKDIR /app
COPY --from=build /upstairs.jar /app/upstairs.jar
EXPOSE 8080
# The jar's manifest carries the --add-opens the embedded Neo4j needs; the heap stays bounded.
ENTRYPOINT ["java", "-Xmx512m", "-jar", "/app/upstairs.jar"]
