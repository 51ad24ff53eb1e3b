#!/usr/bin/env bash
# Installs what is missing, builds the UI and starts the desktop app.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
(cd ui && npm run build)
# custom-protocol: serve the built UI from the binary instead of a dev server.
exec cargo run -p cx-maturity-desktop --features tauri/custom-protocol
