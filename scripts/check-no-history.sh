#!/usr/bin/env bash
# Fails when a comment or identifier in the code names an issue number
# ("issue 7", "#12") or a work session: code says what it does and why, and
# the history lives in git. Checks every tracked source file (not prose
# under docs/, not lock files).
set -euo pipefail
cd "$(dirname "$0")/.."
pattern='(\bissues?[ _-]?#?[0-9]+\b|\bsession[ _-]?[0-9]+\b|\bwork[ _-]?package\b)'
found=$(git ls-files -co --exclude-standard -- \
    '*.rs' '*.ts' '*.tsx' '*.mjs' '*.js' '*.css' '*.html' '*.sh' '*.sql' '*.toml' '*.py' \
    ':!:*/node_modules/*' ':!:ui/src/bindings/*' ':!:scripts/check-no-history.sh' |
  xargs -r grep -nEi "$pattern" -- 2>/dev/null || true)
if [ -n "$found" ]; then
  echo "code names an issue or a work session (say what the code does instead):" >&2
  echo "$found" >&2
  exit 1
fi
echo "no issue numbers or work sessions named in the code"
