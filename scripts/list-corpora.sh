#!/usr/bin/env bash
# Every corpus file: the shared ones beside this project and the project's own fixtures. A corpus is a
# JSON file with "profiles" and "cases"; other fixtures (a stored row, third-person pairs) are left out.
set -euo pipefail
cd "$(dirname "$0")/.."
for f in ../shared/corpus/*.json test/fixtures/*.json; do
  [ -f "$f" ] || continue
  node -e '
    const c = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    process.exit(c && typeof c.profiles === "object" && Array.isArray(c.cases) ? 0 : 1);' "$f" && echo "$f"
done
