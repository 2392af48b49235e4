#!/usr/bin/env bash
# Runs the whole CMQ platform locally on its embedded defaults: PostgreSQL, Kafka (KRaft) and the
# four services, on 127.0.0.1. Builds first when the sources changed since the last build.
# Data (database, topics, signing key, tokens, logs) stays in .local-data/ between runs.
# Ctrl-C stops everything this script started.
set -euo pipefail
cd "$(dirname "$0")"

stamp=.local-data/last-build
if [ ! -f "$stamp" ] || [ ! -f local-run/target/local-run.jar ] \
   || [ -n "$(find pom.xml ./*/pom.xml ./*/src -newer "$stamp" -type f -print -quit 2>/dev/null)" ]; then
  echo "Building the platform (./mvnw -B -q package -DskipTests) ..."
  ./mvnw -B -q package -DskipTests -pl local-run,labelling-service,monitoring-service,funding-service,gateway -am
  mkdir -p .local-data && touch "$stamp"
fi
exec java -cp "local-run/target/local-run.jar:local-run/target/lib/*" fr.cmq.local.LocalPlatformMain
