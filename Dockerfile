# One image per service, built from the repository root:
#
#   docker build --build-arg MODULE=scheduling-service --build-arg PORT=8081 \
#       -t pt-practice/scheduling-service .
#
# MODULE is gateway, scheduling-service, patient-service or credentialing-service;
# PORT is the port the service listens on (documentation only: EXPOSE).
# docker-compose.yml builds all four this way. Only the classic builder's syntax is
# used (no RUN --mount, no COPY --chmod), so it builds without BuildKit too.

# Node and npm for the web module (its Maven build runs `npm ci` and `npm run build`),
# taken from the official Node image rather than the JDK image's older distribution
# packages (Vite needs Node 20.19+).
FROM node:22-bookworm-slim AS node

FROM eclipse-temurin:21-jdk AS build
WORKDIR /workspace
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/npm
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
	&& ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
	&& node --version && npm --version

# Maven, every dependency and every plugin: this layer is rebuilt only when a pom
# changes, and it is the same for all four images.
COPY mvnw ./
COPY .mvn/ .mvn/
COPY pom.xml ./
COPY common/pom.xml common/
COPY needling-rule/pom.xml needling-rule/
COPY web/pom.xml web/
COPY gateway/pom.xml gateway/
COPY scheduling-service/pom.xml scheduling-service/
COPY patient-service/pom.xml patient-service/
COPY credentialing-service/pom.xml credentialing-service/
# in the reactor, though no image is built from them
COPY e2e-tests/pom.xml e2e-tests/
COPY bench/pom.xml bench/
RUN chmod +x mvnw && ./mvnw -B -ntp dependency:go-offline

COPY common/src common/src
COPY needling-rule/src needling-rule/src
COPY web/package.json web/package-lock.json web/tsconfig.json web/vite.config.ts web/index.html web/
COPY web/src web/src
COPY gateway/src gateway/src
COPY scheduling-service/src scheduling-service/src
COPY patient-service/src patient-service/src
COPY credentialing-service/src credentialing-service/src

# Declared this late so that every layer above is shared by the four images.
ARG MODULE
RUN test -f "${MODULE:-missing}/pom.xml" \
	|| { echo "build arg MODULE must name a service module, e.g. --build-arg MODULE=gateway" >&2; exit 1; }
RUN ./mvnw -B -ntp -pl "$MODULE" -am -DskipTests package
# The Boot jar split into layers (dependencies change less often than the code).
RUN set -- "$MODULE"/target/"$MODULE"-*.jar \
	&& test "$#" -eq 1 -a -f "$1" \
	&& java -Djarmode=tools -jar "$1" extract --layers --launcher --destination /workspace/extracted

FROM eclipse-temurin:21-jre
ARG MODULE
ARG PORT=8080

# The compose health checks call curl; the Temurin images ship it, this only makes
# sure a future base image without it still works.
RUN command -v curl >/dev/null \
	|| { apt-get update \
		&& DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
		&& rm -rf /var/lib/apt/lists/*; }
RUN groupadd --system --gid 10001 app \
	&& useradd --system --uid 10001 --gid app --home-dir /app --no-create-home \
		--shell /usr/sbin/nologin app

WORKDIR /app
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./

USER 10001:10001
LABEL org.opencontainers.image.title="$MODULE"
EXPOSE $PORT
# Heap at 32 % of the container's memory: 128 MB within compose's 400 MB limit. The image's
# JDK 21 has no compact object headers, so its live sets are larger than those behind
# scripts/stack.sh's 80-88 MiB on JDK 25 (docs/performance.md, Memory); the rest is
# metaspace, code cache, thread stacks and malloc, which the JVM trims back every 5 s.
# two glibc malloc arenas instead of up to 8 per core: less resident memory under load
ENV MALLOC_ARENA_MAX=2
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=32 -XX:+UseSerialGC -Xss512k -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
