#!/usr/bin/env bash
# Stops the Neo4j started by start-test-server.sh DIR and deletes DIR.
set -euo pipefail
dir="${1:?usage: stop-test-server.sh DIR}"
if [[ -f "$dir/bin/neo4j" ]]; then
  NEO4J_HOME="$dir" NEO4J_CONF="$dir/conf" bash "$dir/bin/neo4j" stop >/dev/null || true
fi
# Only ever delete a directory this script's sibling set up.
if [[ -f "$dir/conf/neo4j.conf" ]] && grep -q "start-test-server.sh" "$dir/conf/neo4j.conf"; then
  rm -rf "$dir"
fi
