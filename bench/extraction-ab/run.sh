#!/usr/bin/env bash
# Extraction-alone throughput of a baseline commit against the working tree, alternating in one JVM.
# Usage: bench/extraction-ab/run.sh BASE_COMMIT CORPUS.jsonl [REPORTS=50000] [SECONDS=540] [THREADS=2]
# CORPUS: a corpus file `dispatches bench` wrote (target/bench/reports-N-seed42.jsonl).
# Everything built here goes under target/extraction-ab (never committed).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
base="${1:?base commit}"; corpus="${2:?corpus file}"
reports="${3:-50000}"; seconds="${4:-540}"; threads="${5:-2}"
work="$root/target/extraction-ab"
mkdir -p "$work"
java_bin="${JAVA_HOME:?set JAVA_HOME to a JDK >= 21}/bin"
build() { # dir name -> classpath of the build, with the runner compiled against it
  local dir="$1" name="$2"
  (cd "$dir" && mvn -q -B compile && mvn -q -B dependency:build-classpath -Dmdep.outputFile="$work/$name.cp") >&2
  local cp="$dir/target/classes:$(cat "$work/$name.cp")"
  mkdir -p "$work/runner-$name"
  "$java_bin/javac" -nowarn -d "$work/runner-$name" -cp "$cp" "$here/Runner.java"
  echo "$work/runner-$name:$cp"
}
if [ ! -d "$work/base" ]; then git -C "$root" worktree add --detach "$work/base" "$base" >/dev/null; fi
git -C "$work/base" checkout -q --detach "$base"
base_cp="$(build "$work/base" base)"
head_cp="$(build "$root" head)"
"$java_bin/javac" -nowarn -d "$work/driver" "$here/ExtractionAB.java"
exec "$java_bin/java" -Xmx4g -cp "$work/driver" ExtractionAB "$corpus" "$reports" "$seconds" "$threads" \
  "base=$base_cp" "head=$head_cp"
