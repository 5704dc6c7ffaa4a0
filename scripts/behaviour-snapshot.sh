#!/usr/bin/env bash
# Records what the pipeline and the evaluation commands print, so that a
# refactor can be checked to change nothing: run it before and after, then
# `diff -r BEFORE AFTER` (or compare the SHA256SUMS files).
#
#   scripts/behaviour-snapshot.sh OUT_DIR [DOSSIER_BINARY]
#
# Needs ../shared/data (CoNLL-2003, TempEval-3 platinum, MEANTIME English).
# Lines that report time or speed are dropped: they differ run to run.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/behaviour-snapshot.sh OUT_DIR [DOSSIER_BINARY]}
bin=${2:-target/release/dossier}
data=../shared/data
meantime=$data/meantime-en/meantime_newsreader_english_oct15
mkdir -p "$out/meantime-texts"
untimed() { grep -v -E 'tokens/s|[0-9.]+ ?(ms|s)\b.*(elapsed|seconds|took)|^time|per second' || true; }

"$bin" analyze --format jsonl assets/microsoft-openai.txt >"$out/sample.jsonl"
"$bin" analyze --format jsonl tests/fixtures/articles/*.txt >"$out/articles.jsonl"
"$bin" analyze --format jsonl tests/fixtures/formats/* >"$out/formats.jsonl"
"$bin" eval-entities "$meantime" -v --texts-out "$out/meantime-texts" | untimed >"$out/eval-entities.txt"
"$bin" analyze --format jsonl "$out"/meantime-texts/*.txt >"$out/meantime.jsonl"
"$bin" ner --conll "$data/conll2003/test.txt" >"$out/ner-conll-test.txt"
"$bin" eval-ner "$data/conll2003/test.txt" | untimed >"$out/eval-ner.txt"
"$bin" eval tests/fixtures/gold/microsoft-openai.json tests/fixtures/articles/*.json -v | untimed >"$out/eval.txt"
"$bin" eval-timex "$data/tempeval3-platinum/tml" -v | untimed >"$out/eval-timex.txt"
"$bin" eval-values "$meantime" -v | untimed >"$out/eval-values.txt"
(cd "$out" && find . -type f ! -name SHA256SUMS ! -path './meantime-texts/*' | sort | xargs sha256sum >SHA256SUMS)
cat "$out/SHA256SUMS"
