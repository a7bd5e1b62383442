#!/usr/bin/env bash
# Installs the built .deb (as root; otherwise uses the app image in place), then drives the installed launcher in
# command-line mode the way a user's files would reach it:
#   - creates a workbook file (.cchc) from the bundled sample with `import-json`,
#   - `summary FILE.cchc` and `validate FILE.cchc`, with the expected unit and total in the output,
#   - `export FILE.cchc --reports … -o out.xlsx` when the program has that command, and checks the .xlsx,
#   - all of it with the network switched off (a private network namespace, when root),
#   - checks the menu entry, the .cchc file type and that the start-up (AOT) cache is used,
# and finally removes the package again. Not part of `mvn verify` (it needs the installer, root and a minute).
# Usage: packaging/linux/build.sh && packaging/linux/test-installed.sh [path/to/cchc-workbook_*.deb]
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
name=cchc-workbook
deb=${1:-$(ls "$root"/target/packaging/linux/${name}_*.deb 2>/dev/null | head -n 1)}
work=$(mktemp -d)
installed=""
failures=0

pass() { printf 'ok    %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*"; failures=$((failures + 1)); }
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }

made_dirs=()
cleanup() {
  if [ -n "$installed" ]; then
    dpkg --purge "$name" > "$work/remove.log" 2>&1 && echo "removed the package" \
      || { echo "dpkg --purge failed:"; cat "$work/remove.log"; }
  fi
  for dir in "${made_dirs[@]}"; do rmdir "$dir" 2> /dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

if [ "$(id -u)" = 0 ] && [ -n "$deb" ] && [ -f "$deb" ]; then
  if dpkg -s "$name" > /dev/null 2>&1; then
    echo "$name is already installed; remove it first (dpkg -r $name)" >&2
    exit 2
  fi
  # The package registers its menu entry with xdg-desktop-menu, which needs the freedesktop menu folders that
  # every desktop system has; a server or container without a desktop lacks them, so they are made for the test.
  for dir in /etc/xdg/menus /usr/share/desktop-directories /usr/share/applications; do
    [ -d "$dir" ] || { mkdir -p "$dir"; made_dirs+=("$dir"); }
  done
  echo "installing $deb ($(du -h "$deb" | cut -f1))"
  installed=yes
  dpkg -i "$deb" > "$work/install.log" 2>&1 || { cat "$work/install.log"; exit 1; }
  launcher=/opt/$name/bin/$name
  home=/opt/$name
else
  home=$root/target/packaging/linux/image/$name
  launcher=$home/bin/$name
  echo "not root or no .deb: testing the app image $home"
fi
[ -x "$launcher" ] || { echo "no launcher at $launcher" >&2; exit 1; }

# Every run gets a data folder of its own, never the user's.
export CCHC_DATA_DIR=$work/data
offline=()
if [ "$(id -u)" = 0 ] && unshare --net true 2> /dev/null; then
  offline=(unshare --net)
  pass "runs below have no network (unshare --net)"
fi
run() { "${offline[@]}" "$launcher" "$@"; }

# --- the package -------------------------------------------------------------------------------------------------
if [ -n "$installed" ]; then
  desktop=$(grep -l "^Exec=.*$name" /usr/share/applications/*.desktop 2> /dev/null | head -n 1 || true)
  check "menu entry installed ($desktop)" test -n "$desktop"
  if [ -n "$desktop" ]; then
    check "menu entry named 'Sổ chấm điểm CCHC'" grep -q '^Name=Sổ chấm điểm CCHC$' "$desktop"
    check "menu entry opens .cchc files" grep -q '^MimeType=application/x-cchc-workbook' "$desktop"
  fi
  check "mime type registered" grep -rqs 'application/x-cchc-workbook' /usr/share/mime/packages/
fi
check "start-up cache present" test -f "$home/lib/app/$name.aot"
check "JavaFX's native libraries in the runtime" test -f "$home/lib/runtime/lib/libglass.so"

# --- a workbook file through the installed launcher ---------------------------------------------------------------
sample_json=$work/hien-thanh.json
unzip -p "$home/lib/app/$name.jar" vn/cchc/workbook/bundled/samples/hien-thanh-6t-2023.json > "$sample_json"
file=$work/"Sổ chấm điểm 2023.cchc"
if run import-json "$sample_json" -o "$file" > "$work/import.txt" 2>&1; then
  pass "import-json wrote a .cchc file"
else
  fail "import-json: $(cat "$work/import.txt")"
fi

if [ -n "$installed" ] && command -v xdg-mime > /dev/null && [ -f "$file" ]; then
  filetype=$(xdg-mime query filetype "$file" 2> /dev/null || true)
  check "xdg-mime: a .cchc file is application/x-cchc-workbook (got '$filetype')" \
    test "$filetype" = application/x-cchc-workbook
  handler=$(xdg-mime query default application/x-cchc-workbook 2> /dev/null || true)
  check "xdg-mime: .cchc files open with the program (got '$handler')" test -n "$handler"
fi

if run summary "$file" > "$work/summary.txt" 2>&1; then
  pass "summary of the .cchc file"
else
  fail "summary exited with $?: $(head -5 "$work/summary.txt")"
fi
check "summary names the unit" grep -q 'Hiền Thành' "$work/summary.txt"
check "summary has a total" grep -qiE 'tổng|điểm' "$work/summary.txt"
check "no warnings or errors on the console" bash -c "! grep -qE 'WARNING|\\[(warning|error) *\\]|Exception' '$work/summary.txt'"

if run validate "$file" > "$work/validate.txt" 2>&1; then pass "validate: the file is valid"; else fail "validate: $(head -5 "$work/validate.txt")"; fi

# The cache is used by the installed launcher (moved from the build folder to /opt).
JAVA_TOOL_OPTIONS=-Xlog:class+load=info "$launcher" summary "$file" > "$work/classload.txt" 2>&1 || true
shared=$(grep -c 'source: shared objects file' "$work/classload.txt" || true)
check "start-up cache used by the launcher ($shared classes from it)" test "$shared" -gt 1000
# The cache is trained on the window's start (to its first frame); the entry class is in it, the command line's are not.
check "the program's own classes come from the cache" \
  grep -q 'vn.cchc.workbook.Main source: shared objects file' "$work/classload.txt"

if run --help 2> /dev/null | grep -qE '^ +export( |$)'; then
  out=$work/"Phụ lục.xlsx"
  if run export "$file" --reports phu-luc -o "$out" > "$work/export.txt" 2>&1; then
    pass "export wrote $(du -h "$out" | cut -f1) to a Vietnamese file name"
  else
    fail "export: $(head -5 "$work/export.txt")"
  fi
  check "the export is an Excel workbook (zip with xl/workbook.xml)" \
    bash -c "unzip -l '$out' | grep -q 'xl/workbook.xml'"
  check "the export holds the unit's name" bash -c "unzip -p '$out' | grep -q 'Hiền Thành'"
else
  echo "skip  export (this build has no export command yet)"
fi

echo
if [ "$failures" -eq 0 ]; then echo "all checks passed"; else echo "$failures check(s) failed"; fi
exit "$failures"
