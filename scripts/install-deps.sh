#!/usr/bin/env bash
# Installs what this project needs on a Debian/Ubuntu machine that already has
# Rust and Node: system packages (apt, as root or with sudo), npm packages, and
# with --test the tools the end-to-end tests drive (tauri-driver).
# Idempotent: each step is skipped when its result is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=0
[ "${1:-}" = "--test" ] && with_tests=1

packages=(libwebkit2gtk-4.1-dev build-essential libxdo-dev libssl-dev
  libayatana-appindicator3-dev librsvg2-dev libsoup-3.0-dev libjavascriptcoregtk-4.1-dev
  pkg-config file fonts-dejavu-core perl make)
# perl and make: SQLCipher's OpenSSL is compiled from source by cargo.
if [ "$with_tests" = 1 ]; then
  # Xvfb for the real app, WebKitWebDriver for tauri-driver, poppler/qpdf to
  # check the PDF, Chromium for the mocked-IPC UI tests, the sqlite3 shell to
  # read copies of the database back, python3 for the window-close helper,
  # dbus for a session bus (one app per database), LibreOffice Writer to
  # convert the Word report to PDF in its tests.
  packages+=(xvfb xauth webkit2gtk-driver poppler-utils qpdf chromium sqlite3 python3 dbus
    libreoffice-writer-nogui)
  # pip for python-docx, which reads the Word report back in its tests.
  python3 -m pip --version >/dev/null 2>&1 || packages+=(python3-pip)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing system packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# python-docx reads the Word report back in the tests; from PyPI, into the
# python3 on PATH (a system Python managed by Debian needs pip's consent).
if [ "$with_tests" = 1 ] && ! python3 -c "import docx" >/dev/null 2>&1; then
  echo "installing python-docx"
  python3 -m pip install -q --disable-pip-version-check python-docx 2>/dev/null ||
    python3 -m pip install -q --disable-pip-version-check --break-system-packages python-docx
fi

npm_install() { # $1: folder with a package-lock.json
  local dir=$1 stamp
  [ -f "$dir/package-lock.json" ] || return 0
  # npm ci wipes node_modules; only run it when the lock file changed since.
  stamp=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [ "$(cat "$dir/node_modules/.installed-lock" 2>/dev/null)" != "$stamp" ]; then
    (cd "$dir" && npm ci --no-audit --no-fund)
    echo "$stamp" >"$dir/node_modules/.installed-lock"
  fi
}
npm_install ui
if [ "$with_tests" = 1 ]; then
  npm_install e2e
  if ! command -v tauri-driver >/dev/null 2>&1; then
    cargo install tauri-driver --locked
  fi
fi
