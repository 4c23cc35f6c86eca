# syntax=docker/dockerfile:1
# The Graph worker: watches /inbox and writes the triples it extracts to Neo4j.
# Build: docker compose build worker   (or: docker build -t graph .)

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# global.json pins the SDK of the developers' machines; the image's own SDK 10 builds the same code.
COPY Directory.Build.props Directory.Packages.props ./
COPY src/ src/
RUN dotnet restore src/Graph.Cli/Graph.Cli.csproj
RUN dotnet publish src/Graph.Cli/Graph.Cli.csproj --configuration Release --no-restore --output /app

FROM mcr.microsoft.com/dotnet/runtime:10.0 AS runtime
# A fixed uid/gid so a bind-mounted inbox can be made writable for it (chown 10001 inbox).
RUN groupadd --system --gid 10001 graph \
 && useradd --system --uid 10001 --gid graph --home-dir /app --shell /usr/sbin/nologin graph \
 && mkdir -p /inbox /data \
 && chown graph:graph /inbox /data
WORKDIR /app
COPY --from=build /app ./
ENV DOTNET_ENVIRONMENT=Production \
    GRAPH__STORE=neo4j \
    GRAPH__WORKER__INBOXPATH=/inbox \
    GRAPH__WORKER__LEDGERPATH=/data/ledger.db
VOLUME ["/data"]
USER graph
ENTRYPOINT ["/app/graph"]
CMD ["worker"]
