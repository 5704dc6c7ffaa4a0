#!/usr/bin/env bash
# Scores every development set kept in the repository with one binary and
# prints one block per set: the totals of `dossier eval` (entities,
# relations, money, parties, clutter). Held-out sets (meantime-val,
# probe-wire, any set with a HELD-OUT file) are never run here.
#
# Usage: scripts/eval-all.sh [DOSSIER_BINARY] > evals.txt   (from the repo root)
# Compare two runs with scripts/eval-compare.py A.txt B.txt.
set -euo pipefail
bin=${1:-target/release/dossier}
run() {
    local name=$1
    shift
    echo "== $name"
    "$bin" eval "$@" | awk '/^total/{t=1} t' | grep -v '^total' || true
}
for d in eval/meantime-dev eval/meantime-train eval/wire-dev eval/wire-dev[0-9]* eval/news-dev* eval/reuters*; do
    [ -d "$d" ] || continue
    [ -e "$d/HELD-OUT" ] && continue
    # Sets of Reuters copy keep their texts out of git: rebuild them first.
    if [ ! -d "$d/texts" ]; then
        echo "== ${d#eval/}: texts missing; rebuild them as $d/README.md says"
        continue
    fi
    # A one-file set prints no total block: score it file by file then.
    files=("$d"/gold/*.json)
    if [ ${#files[@]} -gt 1 ]; then run "${d#eval/}" "${files[@]}"; fi
done
for d in tests/fixtures/pages tests/fixtures/pages-blind*; do
    run "${d#tests/fixtures/}" "$d"/*.json
done
echo "== sample"
"$bin" eval tests/fixtures/gold/microsoft-openai.json | sed -n '2,$p'
