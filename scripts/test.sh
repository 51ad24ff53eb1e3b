#!/usr/bin/env bash
# Runs every check and test of the project; what CI runs (.ci/run).
# Installs what is missing first, so a fresh Debian/Ubuntu machine with Rust
# and Node needs nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."
# Each step says when it started (minutes since the start), so a slow step shows.
step() { printf '\n==> %s  [%dm%02ds]\n' "$*" $((SECONDS / 60)) $((SECONDS % 60)); }

step "dependencies"
./scripts/install-deps.sh --test

# Every cargo step selects the whole workspace with the app's features, so
# they all resolve the same dependency features and nothing compiles twice.
# `test-picks` lets the end-to-end tests answer file dialogs from a queue
# file; the installers are built without it.
CARGO_SEL=(--workspace --features tauri/custom-protocol,cx-maturity-desktop/test-picks)

step "UI: format (ui and e2e), type check, lint, unit tests, build (the shell embeds ui/dist)"
(cd ui && npm run format:check && npm run typecheck && npm run lint && npm test && npm run build)
(cd e2e && npm run format:check)

step "rust: format"
cargo fmt --all --check

step "invariant: no issue number or work session named in the code"
./scripts/check-no-history.sh

step "invariant: the core does not depend on tauri"
if cargo tree -p cx-maturity -e normal,build | grep -q tauri; then
  echo "the core package depends on tauri; only src-tauri may" >&2
  exit 1
fi

step "rust: clippy"
cargo clippy "${CARGO_SEL[@]}" --all-targets -- -D warnings

step "rust: docs"
RUSTDOCFLAGS="-D warnings" cargo doc "${CARGO_SEL[@]}" --no-deps -q

step "rust: build everything (core, cxm, desktop app, tests)"
cargo build "${CARGO_SEL[@]}" --all-targets

step "rust: core, CLI and shell tests; TypeScript bindings are up to date"
cargo test "${CARGO_SEL[@]}"
if [ -n "$(git status --porcelain -- ui/src/bindings ui/src/participant/bindings)" ]; then
  echo "TypeScript bindings are stale: commit the regenerated files" >&2
  git status --porcelain -- ui/src/bindings ui/src/participant/bindings >&2
  exit 1
fi

step "fuzz: the file parsers from outside (questionnaire, pack, logo), 60 s each"
./scripts/fuzz.sh 60

step "UI: browser tests with mocked IPC (Chromium)"
(cd ui && npm run test:browser)

step "live workshop: the participant page on phone viewports, against a real cxm live (Chromium)"
(cd ui && CXM_BIN="$PWD/../target/debug/cxm" npm run test:participant)

step "desktop: real-app end-to-end tests (tauri-driver, Xvfb)"
(cd e2e && APP_BIN="$PWD/../target/debug/cx-maturity" xvfb-run -a -s "-screen 0 1280x800x24" npm test)

step "desktop: the installer (.deb built, installed, the installed app started, removed)"
./scripts/test-installer.sh

step "all tests passed"
