#!/usr/bin/env bash
# The installer test: checks the bundle configuration of every platform,
# builds the .deb (or takes CXM_DEB), checks its size (<= 15 MB), control
# fields, contents, desktop entry, icons and that its Depends cover every
# shared library the binary needs; installs it, starts the INSTALLED app
# (/usr/bin/cx-maturity) under Xvfb through tauri-driver with throwaway data
# folders (e2e/tests/installed.test.mjs) and removes it again.
# Needs root or sudo (dpkg). Called by scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n==> installer: %s\n' "$*"; }
fail() { echo "test-installer: $*" >&2; exit 1; }

PKG=cx-maturity
MAX_BYTES=15000000 # 15 MB
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
tmp=$(mktemp -d)
installed_by_us=0
cleanup() {
  if [ "$installed_by_us" = 1 ]; then $sudo dpkg -r "$PKG" >/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

step "configuration of every platform (deb; msi, nsis; app, dmg)"
node scripts/check-bundle-config.mjs

step "build the .deb"
if [ -n "${CXM_DEB:-}" ]; then
  deb=$CXM_DEB
  echo "using CXM_DEB=$deb"
else
  start=$(date +%s)
  deb=$(./scripts/build-installer.sh | tail -n 1)
  echo "built $deb in $(($(date +%s) - start)) s"
fi
[ -f "$deb" ] || fail "no .deb at $deb"

step "size"
size=$(stat -c %s "$deb")
echo "$(basename "$deb"): $size bytes ($(awk "BEGIN{printf \"%.1f\", $size/1000000}") MB)"
[ "$size" -le "$MAX_BYTES" ] || fail "the .deb is $size bytes, over the $MAX_BYTES budget"

step "control fields"
field() { dpkg-deb -f "$deb" "$1"; }
version=$(sed -n 's/^  "version": "\(.*\)",$/\1/p' src-tauri/tauri.conf.json)
[ "$(field Package)" = "$PKG" ] || fail "Package is '$(field Package)', expected $PKG"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is '$(field Architecture)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ "$(field Section)" = "misc" ] || fail "Section is '$(field Section)', expected misc"
description=$(field Description)
[ "${description%%$'\n'*}" = "Customer-experience maturity assessments" ] || fail "Description is '${description%%$'\n'*}'"
grep -q "five-level questionnaire" <<<"$description" || fail "no long description"
depends=$(field Depends)
for d in libwebkit2gtk-4.1-0 libgtk-3-0; do
  grep -qw "$d" <<<"$depends" || fail "Depends ($depends) lacks $d"
done
dpkg-deb -f "$deb" Package Version Architecture Maintainer Section Depends Installed-Size

step "contents"
# Columns: mode, owner, size, date, time, path (which may hold spaces;
# some dpkg versions print it with a leading ./).
dpkg-deb -c "$deb" | sed -E 's#^([^ ]+ +){5}(\./)?##' >"$tmp/contents"
cat "$tmp/contents"
for f in usr/bin/cx-maturity "usr/share/applications/CX Maturity.desktop"; do
  grep -qxF "$f" "$tmp/contents" || fail "the .deb lacks $f"
done
icons=$(grep -c '^usr/share/icons/hicolor/.*/apps/cx-maturity.png$' "$tmp/contents" || true)
[ "$icons" -ge 3 ] || fail "expected icons in at least 3 sizes, found $icons"

step "desktop entry"
dpkg-deb -x "$deb" "$tmp/root"
desktop="$tmp/root/usr/share/applications/CX Maturity.desktop"
cat "$desktop"
for line in "Type=Application" "Name=CX Maturity" "Exec=cx-maturity" "Icon=cx-maturity" "Comment=Customer-experience maturity assessments"; do
  grep -qx "$line" "$desktop" || fail "desktop entry lacks '$line'"
done
grep -q '^Categories=.*Office;' "$desktop" || fail "desktop entry is not in the Office category"
if command -v desktop-file-validate >/dev/null 2>&1; then desktop-file-validate "$desktop"; fi

step "no test hook in the shipped binary"
# The E2E build answers file dialogs from a queue file (cargo feature
# test-picks); the installer must never carry that door.
if grep -aq CXM_TEST_PICKS "$tmp/root/usr/bin/cx-maturity"; then
  fail "the shipped binary carries the test-picks hook (CXM_TEST_PICKS)"
fi

step "Depends cover every shared library the binary needs"
# dpkg-shlibdeps names the package of each library the binary links; each
# must be among the declared Depends or what they pull in.
mkdir -p "$tmp/shlib/debian"
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$PKG" "$PKG" >"$tmp/shlib/debian/control"
needs=$(cd "$tmp/shlib" && dpkg-shlibdeps -O "$tmp/root/usr/bin/cx-maturity" 2>/dev/null | sed 's/^shlibs:Depends=//' | tr ',' '\n' | sed 's/(.*)//; s/|.*//; s/ //g' | sort -u)
declared=$(tr ',' '\n' <<<"$depends" | sed 's/(.*)//; s/|.*//; s/ //g' | sort -u)
# shellcheck disable=SC2086 # one package name per word
closure=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces --no-enhances $declared | grep -v '^ ' | sort -u)
missing=$(comm -23 <(echo "$needs") <(echo "$closure"))
echo "the binary links packages: $(echo $needs)"
[ -z "$missing" ] || fail "Depends do not cover: $(echo $missing)"

step "install"
if dpkg-query -W -f='${Status}' "$PKG" 2>/dev/null | grep -q "ok installed"; then
  fail "$PKG is already installed here; remove it first (dpkg -r $PKG), the test installs and removes its own"
fi
installed_by_us=1
$sudo dpkg -i "$deb" || $sudo apt-get install -f -y -q --no-install-recommends
[ "$(command -v cx-maturity)" = /usr/bin/cx-maturity ] || fail "cx-maturity is not on the PATH at /usr/bin after install"
dpkg -L "$PKG" | grep -q "/usr/share/applications/CX Maturity.desktop" || fail "dpkg -L does not list the desktop entry"

step "start the installed app under Xvfb (home screen, Help)"
shots=${TMPDIR:-/tmp}/cx-maturity-screenshots
mkdir -p "$shots"
start=$(date +%s)
# Screenshots of the installed app need ImageMagick's `import` (optional).
shots_env=()
command -v import >/dev/null 2>&1 && shots_env=(E2E_SHOTS="$shots")
(cd e2e && env APP_BIN=/usr/bin/cx-maturity "${shots_env[@]}" xvfb-run -a -s "-screen 0 1280x800x24" node run.mjs installed)
echo "installed app tested in $(($(date +%s) - start)) s; screenshots in $shots"

step "remove"
$sudo dpkg -r "$PKG"
installed_by_us=0
[ ! -e /usr/bin/cx-maturity ] || fail "/usr/bin/cx-maturity is still there after dpkg -r"
echo "installer test passed: $(basename "$deb"), $size bytes"
