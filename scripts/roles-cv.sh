#!/usr/bin/env bash
# Cross-validated whole-pipeline score of the role tagger on MUC-4 dev: each fold's model (written by
# `train roles --fold-models DIR`) extracts the articles it held out; the outputs are joined and scored once.
#   usage: scripts/roles-cv.sh FOLD_DIR OUT.jsonl [more extract options, e.g. --roles-threshold 0.7]
# Run from the project folder after `mvn -q -o package -DskipTests`. M (default ../shared/datasets/muc4).
set -euo pipefail
folds=$1
out=$2
shift 2
M=${M:-../shared/datasets/muc4}
AE=(java -jar target/attack-events.jar)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
: > "$out"
for ids in "$folds"/fold-*.ids; do
    k=$(basename "$ids" .ids)
    mkdir -p "$tmp/$k"
    while read -r id; do
        cp "$M/dev/texts/$id.txt" "$tmp/$k/"
    done < "$ids"
    "${AE[@]}" extract "$tmp/$k" --relevance models/relevance/muc4-relevance.bin --roles "$folds/$k.bin" "$@" \
        -o "$tmp/$k.jsonl" 2>/dev/null
    cat "$tmp/$k.jsonl" >> "$out"
done
"${AE[@]}" evaluate --gold-format muc4 --gold "$M/dev/keys" --predicted "$out" --quiet
