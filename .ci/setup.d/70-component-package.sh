#!/usr/bin/env bash
# The multi-language component package (package/): resolves its build plugins and dependencies, compiles it (the
# library's sources plus its entry point) and writes its schema once, so that ComponentPackagePluginTest can start
# the plugin offline the way the Java language host does (`mvn compile exec:java` in package/). Idempotent: a second
# run only checks that nothing changed (Maven's incremental compile).
set -euo pipefail
# exec:java runs in this JVM's working directory: the schema path below is relative to the repository root
cd "$(dirname "$0")/../.."
command -v mvn >/dev/null || { echo "70-component-package: mvn is not installed" >&2; exit 1; }
if ! mvn -B -ntp -f package/pom.xml compile exec:java -DmainArgs="--write-schema package/target/schema.json"; then
  echo "70-component-package: the component package (package/pom.xml) does not build or cannot write its schema" >&2
  exit 1
fi
test -s package/target/schema.json || { echo "70-component-package: package/target/schema.json was not written" >&2; exit 1; }
echo "component package schema: package/target/schema.json"
