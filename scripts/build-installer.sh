#!/usr/bin/env bash
# Builds the Linux installer, target/dist/bundle/deb/CX Maturity_<version>_<arch>.deb:
# the UI (Vite), then the desktop app with the `dist` profile (Cargo.toml:
# the release profile, the app's binary stripped), then the Debian package
# (Tauri's bundler).
# A clean build takes minutes (see docs/performance.md); the .deb path is
# printed on the last line. Windows and macOS: docs/installers.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
# The Tauri CLI is an npm devDependency of ui/ (a prebuilt binary); --ci
# never prompts. Arguments after `--` go to cargo.
(cd src-tauri && ../ui/node_modules/.bin/tauri build --ci --bundles deb -- --profile dist)
version=$(sed -n 's/^  "version": "\(.*\)",$/\1/p' src-tauri/tauri.conf.json)
deb="target/dist/bundle/deb/CX Maturity_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || { echo "build-installer: expected $deb" >&2; exit 1; }
echo "$deb"
