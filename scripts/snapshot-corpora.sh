#!/usr/bin/env bash
# Saves `npm run triage -- --jsonl` output for every corpus into OUTDIR (one .jsonl per corpus), so a
# change meant to keep behaviour can be proved with `diff -r BEFORE AFTER`.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/snapshot-corpora.sh OUTDIR}
mkdir -p "$out"
for corpus in $(scripts/list-corpora.sh); do
  name=$(basename "$corpus" .json)
  [ -f "$out/$name.jsonl" ] && name="$(basename "$(dirname "$corpus")")-$name"
  node -e '
    const c = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    for (const k of c.cases) {
      const line = { text: k.text, profile: k.profile ? c.profiles[k.profile] : null };
      if (k.author) line.author = k.author;
      if (k.previous) line.previous = k.previous;
      console.log(JSON.stringify(line));
    }' "$corpus" | npm run --silent triage -- --jsonl > "$out/$name.jsonl"
done
echo "wrote $(ls "$out" | wc -l) corpora to $out"
