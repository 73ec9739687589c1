#!/usr/bin/env bash
# Starts the OpenSearch nodes the tests use, if they are not already up:
#   a single node on 127.0.0.1:9200 (contract tests) and a 2-node cluster on 127.0.0.1:9250-9251
#   (fail-over test), 512 MB heap each, data under $DISPATCHES_OPENSEARCH_DIR (default /tmp).
# Idempotent (a node that answers is left alone) and tolerant: if a node cannot start, it prints
# a warning and exits 0, and the tests that need that node skip with a message.
# Usage: .ci/opensearch-up.sh [--single-only]
set -uo pipefail
cd "$(dirname "$0")/.."
TOOL="${OPENSEARCH_SH:-../shared/tools/opensearch.sh}"
BASE="${DISPATCHES_OPENSEARCH_DIR:-/tmp}"
SINGLE_DIR="$BASE/dispatches-opensearch-single"
PAIR_DIR="$BASE/dispatches-opensearch-pair"
HEAP="${DISPATCHES_OPENSEARCH_HEAP:-512m}"

warn() { echo "opensearch-up: warning: $*; the tests that need it will be skipped" >&2; }
answers() { curl --noproxy '*' -s --max-time 2 "$1" >/dev/null 2>&1; }
nodes_at() { curl --noproxy '*' -s --max-time 2 "$1/_cluster/health" 2>/dev/null | sed -n 's/.*"number_of_nodes":\([0-9]*\).*/\1/p'; }

if [[ ! -x "$TOOL" ]]; then warn "$TOOL not found"; exit 0; fi

start_single() {
  if answers http://127.0.0.1:9200; then echo "opensearch-up: a node already answers at 127.0.0.1:9200"; return 0; fi
  "$TOOL" stop --dir "$SINGLE_DIR" >/dev/null 2>&1 || true
  "$TOOL" start --dir "$SINGLE_DIR" --port 9200 --transport-port 9300 --heap "$HEAP" --clean --wait \
    || warn "the single node at 127.0.0.1:9200 did not start (log: $SINGLE_DIR/nodes/node-1/stdout.log)"
}

start_pair() {
  # the fail-over test leaves one node of two: a pair that is not whole is restarted clean
  if [[ "$(nodes_at http://127.0.0.1:9250)" == 2 ]]; then echo "opensearch-up: a 2-node cluster already answers at 127.0.0.1:9250"; return 0; fi
  "$TOOL" stop --dir "$PAIR_DIR" >/dev/null 2>&1 || true
  "$TOOL" start --nodes 2 --dir "$PAIR_DIR" --port 9250 --transport-port 9350 --heap "$HEAP" --clean --wait \
    || warn "the 2-node cluster at 127.0.0.1:9250 did not start (logs: $PAIR_DIR/nodes/node-*/stdout.log)"
}

ZIP="${M2_REPO:-$HOME/.m2/repository}/org/opensearch/distribution/integ-test-zip/opensearch/${OPENSEARCH_VERSION:-3.6.0}/opensearch-${OPENSEARCH_VERSION:-3.6.0}.zip"
if [[ "${1:-}" == "--single-only" ]]; then start_single; exit 0; fi
if [[ ! -f "$ZIP" ]]; then
  # the first start downloads the distribution: one download, then the pair
  start_single; start_pair
else
  # both start at once: JVM start-up is most of the wait
  start_single & single=$!
  start_pair & pair=$!
  wait "$pair"; wait "$single"
fi
exit 0
