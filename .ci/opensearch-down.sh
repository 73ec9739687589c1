#!/usr/bin/env bash
# Stops the OpenSearch nodes that .ci/opensearch-up.sh started (only those: the script checks
# each PID against its own node directory). Safe to run when nothing is running; always exits 0.
set -uo pipefail
cd "$(dirname "$0")/.."
TOOL="${OPENSEARCH_SH:-../shared/tools/opensearch.sh}"
BASE="${DISPATCHES_OPENSEARCH_DIR:-/tmp}"
[[ -x "$TOOL" ]] || exit 0
for dir in "$BASE/dispatches-opensearch-single" "$BASE/dispatches-opensearch-pair"; do
  [[ -d "$dir/nodes" ]] && "$TOOL" stop --dir "$dir" || true
done
exit 0
