#!/usr/bin/env bash
# One command for the OMR speed figures of docs/omr-speed.md: builds the benchmark jar when it is
# missing, then runs OmrSpeed (ours against the tf-end-to-end CRNN at 64x512 and 128x1024, inference
# and training, 1 and 2 PyTorch threads) and PageSpeed (an A4 page stage by stage), printing the
# load average before and after. Arguments go to OmrSpeed (e.g. --threads 1 --sizes 64x512).
# Run from anywhere; about 3-5 minutes on an idle two-core machine.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/scorelab-bench/target/benchmarks.jar"
cd "$ROOT"
if [ ! -f "$JAR" ] || [ -n "$(find scorelab-core scorelab-nn scorelab-omr scorelab-bench \( -path '*/src/main/*' -o -name pom.xml \) -type f -newer "$JAR" -print -quit)" ]; then
  echo "building $JAR ..." >&2
  mvn -B -q -DskipTests -pl scorelab-bench -am package >&2
fi
export OPT_OUT_TRACKING=true
echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "# uptime before: $(uptime)"
java -cp "$JAR" org.scorelab.bench.OmrSpeed "$@"
echo
java -cp "$JAR" org.scorelab.bench.PageSpeed
echo "# uptime after: $(uptime)"
