#!/usr/bin/env bash
# The Debian package as a user gets it: built by cpack from this build tree (no new
# build), checked by lintian (no errors), the desktop-entry, AppStream and
# shared-mime-info tools; its dependencies resolved by apt against Debian's archive as if
# on a system with nothing installed; then installed by dpkg into a temporary root, run
# from there and removed again.
# Every tool is installed by `packaging/install-deps.sh --tests`; a missing one fails.
# Usage: package_test.sh BUILD_DIR VERSION TEST_DATA_DIR
set -euo pipefail
build=$1
version=$2
data=$3

fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in cpack dpkg-deb dpkg-shlibdeps lintian desktop-file-validate appstreamcli update-mime-database readelf; do
  command -v "$tool" >/dev/null || fail "$tool is missing: run packaging/install-deps.sh --tests"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/bitext-package-XXXXXX")
trap 'rm -rf "$work"' EXIT
# The binary under test must not read or write the real home.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"

echo "=== cpack"
if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log"
  fail "cpack failed"
fi
deb="$work/out/bitext_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "no $(basename "$deb") in: $(ls "$work/out")"
dpkg-deb --info "$deb"

echo "=== control fields"
for field in Package Version Architecture Maintainer Section Priority Homepage Description Depends; do
  [ -n "$(dpkg-deb --field "$deb" "$field")" ] || fail "no $field field"
done
[ "$(dpkg-deb --field "$deb" Version)" = "$version" ] || fail "version is not $version"
depends=$(dpkg-deb --field "$deb" Depends)
# dpkg-shlibdeps found the libraries bitext links; the SQLite driver plugin is named by hand.
echo "$depends" | grep -Eq 'libqt(6core6|5core5a) \(>=' || fail "Depends lacks Qt Core from dpkg-shlibdeps: $depends"
echo "$depends" | grep -Eq 'libqt(6sql6|5sql5)-sqlite' || fail "Depends lacks the Qt SQLite driver: $depends"
# Every dependency is satisfied here: this machine runs bitext. A dependency with
# alternatives ("libqt5gui5 | libqt5gui5-gles") needs one of them.
installed() { dpkg-query -W -f='${Status}\n' "$1" 2>/dev/null | grep -q "install ok installed"; }
while IFS= read -r dependency; do
  [ -n "$dependency" ] || continue
  satisfied=0
  for package in $(echo "$dependency" | tr '|' '\n' | sed 's/(.*//; s/ //g'); do
    installed "$package" && satisfied=1
  done
  [ "$satisfied" -eq 1 ] || fail "Depends names $dependency, and none of it is installed here"
done < <(echo "$depends" | tr ',' '\n')

echo "=== lintian"
# Errors fail the test; warnings and information are printed (the README explains them).
status=0
lintian --fail-on error --display-info "$deb" >"$work/lintian.log" 2>&1 || status=$?
grep -v 'running with root privileges' "$work/lintian.log" || true
[ "$status" -eq 0 ] || fail "lintian reports errors (status $status)"

echo "=== dependencies on an empty system"
# apt resolves the whole tree from the archive (the lists install-deps.sh fetched), as it
# would for `apt install ./bitext.deb` on a fresh Debian 12: a Depends that names a
# package Debian lacks, or a version it does not have, fails here.
: >"$work/empty-status"
apt-get install --simulate --no-install-recommends -o Dir::State::Status="$work/empty-status" "$deb" \
  >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt cannot install the package on an empty system"; }
grep -q '^Inst bitext ' "$work/apt.log" || { cat "$work/apt.log"; fail "apt would not install bitext"; }
echo "apt would install bitext with $(grep -c '^Inst ' "$work/apt.log") packages"
# With recommends (apt's default) a team library works too: the PostgreSQL driver comes.
recommends=$(dpkg-deb --field "$deb" Recommends)
echo "$recommends" | grep -Eq 'libqt(6sql6|5sql5)-psql' || fail "Recommends lacks the Qt PostgreSQL driver: $recommends"
apt-get install --simulate -o Dir::State::Status="$work/empty-status" "$deb" >"$work/apt.log" 2>&1 ||
  { cat "$work/apt.log"; fail "apt cannot install the package with its recommends on an empty system"; }
grep -Eq '^Inst libqt(6sql6|5sql5)-psql ' "$work/apt.log" || { cat "$work/apt.log"; fail "apt would not bring the PostgreSQL driver"; }

echo "=== install into a temporary root with dpkg"
root="$work/root"
mkdir -p "$root"/var/lib/dpkg/{info,updates,triggers,alternatives}
: >"$root/var/lib/dpkg/status"
: >"$root/var/lib/dpkg/available"
# The root has no libraries of its own (--force-depends: apt checked them above); the
# installed binary runs on this machine's.
in_root() { dpkg --root="$root" --force-not-root --force-depends --force-script-chrootless --log=/dev/null "$@"; }
in_root --install "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg --install"; }
[ "$(dpkg-query --root="$root" -W -f='${Status}' bitext)" = "install ok installed" ] ||
  fail "dpkg does not list bitext as installed"
app_id=app.bitext.Bitext
for file in usr/bin/bitext "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg" "usr/share/mime/packages/$app_id.xml" \
    usr/share/man/man1/bitext.1.gz usr/share/doc/bitext/copyright usr/share/doc/bitext/changelog.gz; do
  [ -f "$root/$file" ] || fail "the package has no /$file"
done
readelf -S "$root/usr/bin/bitext" | grep -q '\.symtab' && fail "/usr/bin/bitext is not stripped"

echo "=== desktop file, AppStream, MIME types"
desktop="$root/usr/share/applications/$app_id.desktop"
desktop-file-validate "$desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree"
grep -qx "Exec=bitext %F" "$desktop" || fail "Exec= does not pass files"
grep -qx "Icon=$app_id" "$desktop" || fail "Icon= is not the installed icon"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
  fail "the metainfo has no release $version"
mkdir -p "$work/mime/packages"
cp "$root/usr/share/mime/packages/$app_id.xml" "$work/mime/packages/"
update-mime-database "$work/mime" 2>/dev/null
grep -q '^50:application/x-refi-qda-project:\*\.qdpx$' "$work/mime/globs2" || fail "*.qdpx is not a known type"
# Each type the desktop file opens is known, to the system or to our MIME file.
for type in $(sed -n 's/^MimeType=//p' "$desktop" | tr ';' ' '); do
  [ -f "/usr/share/mime/$type.xml" ] || [ -f "$work/mime/$type.xml" ] || fail "unknown MIME type $type"
done

echo "=== run the unpacked bitext"
bitext="$root/usr/bin/bitext"
[ "$("$bitext" --version)" = "bitext $version" ] || fail "bitext --version"
library="$work/library.sqlite"
[ "$("$bitext" --library "$library" list --json)" = "[]" ] || fail "bitext --library X list"
"$bitext" --library "$library" import "$data/import/subtitles.srt" || fail "bitext import"
"$bitext" --library "$library" list --json | grep -q "\"source\":\"subtitles.srt\"" ||
  fail "the imported document is not listed"

echo "=== remove"
in_root --remove bitext >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg --remove"; }
[ ! -e "$root/usr/bin/bitext" ] || fail "dpkg --remove left /usr/bin/bitext"
echo "=== the package is fine: $(basename "$deb")"
