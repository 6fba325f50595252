#!/bin/sh
# Issue 20, point 1, on a real studio process: open a plan in ./wbs studio, insert a task (a real Insert key through
# the X server), wait for the recovery note, kill -9 the studio, check that the plan's file is untouched, start the
# studio again and answer "Recover Unsaved Changes" with Recover. Prints the time from the edit to the recovery file
# and leaves screenshots in tests/org.wbsmodeler.studio.tests/target/screenshots/. Needs Xvfb, xwininfo and xdotool.
# Usage: tests/org.wbsmodeler.studio.tests/crash/kill9-recovery.sh   (exit 0: every check passed)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
shots="$root/tests/org.wbsmodeler.studio.tests/target/screenshots"
mkdir -p "$shots"
. "$root/.mvn/wbs-env.sh"
work=$(mktemp -d)
ws="$work/workspace"
recovery="$ws/.metadata/.plugins/org.wbsmodeler.ui/recovery"
cp "$root/examples/pschse-crm.wbs" "$work/plan.wbs"
cp "$work/plan.wbs" "$work/saved.wbs"

# a display of its own that no other X server holds: Xvfb picks the number and writes it to fd 3
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb=$!
studio=
cleanup() {
  [ -n "$studio" ] && kill -9 "$studio" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  # the studios' own output, for a failure's why
  cat "$work"/studio*.log 2>/dev/null | grep -v '^WARNING\|SessionManager\|^$' >"$shots/kill9-studio.log" || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "kill9-recovery: FAILED: $*" >&2; exit 1; }
i=0
until [ -s "$work/display" ]; do i=$((i + 1)); [ "$i" -gt 300 ] && fail "Xvfb did not start"; sleep 0.1; done
export DISPLAY=":$(cat "$work/display")"
export WBS_XVFB=1

# the product to run: the one the build just made (the product module's verify passes WBS_PRODUCT) or ./wbs's
product=${WBS_PRODUCT:-$root/releng/org.wbsmodeler.product/target/products/org.wbsmodeler.product/linux/gtk/x86_64}
run_studio() {
  if [ -n "${WBS_PRODUCT-}" ]; then
    exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Dorg.eclipse.swt.internal.SessionManagerDBus.disable=true -Dwbs.cwd="$PWD" \
      -jar "$(find "$product/plugins" -maxdepth 1 -name 'org.eclipse.equinox.launcher_*.jar' | head -n 1)" -install "$product" \
      -configuration "$work/configuration" -application org.wbsmodeler.studio.application -nosplash "$@"
  else
    exec "$root/wbs" studio "$@"
  fi
}
driver() {
  swt=$(find "$product/plugins" -maxdepth 1 -name 'org.eclipse.swt*.jar' | tr '\n' ':')
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Dorg.eclipse.swt.internal.SessionManagerDBus.disable=true -cp "$swt" "$here/CrashDriver.java" "$@" 2>>"$work/driver.log"
}

# waits (up to $2 s) until a window with that name is on the display
wait_window() {
  i=0
  while ! xwininfo -root -tree 2>/dev/null | grep -q "\"$1"; do
    i=$((i + 1)); [ "$i" -gt $(($2 * 10)) ] && return 1
    sleep 0.1
  done
}

# 1. the studio with the plan; an edit; the recovery note
(cd "$work" && run_studio plan.wbs -data "$ws" -clean) >"$work/studio1.log" 2>&1 &
studio=$!
wait_window "WBS Modeler" 1200 || { cat "$work/studio1.log" >&2; fail "no studio window"; }
# the largest top-level window whose name starts with the studio's title, once it has its full size (it is mapped
# small first)
studio_geometry() {
  window=$(xwininfo -root -tree | grep '"WBS Modeler' | awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+x[0-9]+\+/) { split($i, d, /[x+]/); print d[1] * d[2], $1 } }' | sort -n | tail -n 1 | cut -d' ' -f2)
  [ -n "$window" ] || return 1
  geometry=$(xwininfo -id "$window")
  left=$(echo "$geometry" | awk '/Absolute upper-left X/ {print $4}')
  top=$(echo "$geometry" | awk '/Absolute upper-left Y/ {print $4}')
  width=$(echo "$geometry" | awk '/Width:/ {print $2}')
  height=$(echo "$geometry" | awk '/Height:/ {print $2}')
  [ "$width" -gt 600 ] && [ "$height" -gt 400 ]
}
i=0
until studio_geometry; do i=$((i + 1)); [ "$i" -gt 3000 ] && fail "the studio window never got its size"; sleep 0.1; done
echo "kill9-recovery: studio window $window at $left,$top, $width x $height" >&2
# the editor opens after the window: retry until the plan takes the Insert (a click on its rows, then the key,
# through the X server with xdotool: SWT's Display.post from another process does not reach the studio's window)
edited=
for attempt in 1 2 3 4 5 6 7 8 9 10 11 12; do
  xdotool mousemove $((left + width / 2)) $((top + height / 3)) click 1
  sleep 0.5
  edit=$(date +%s%N)
  xdotool key Insert
  # poll for the recovery note: edit -> recovery file written, in ms
  i=0
  while [ "$i" -lt 1000 ] && ! ls "$recovery"/*.properties >/dev/null 2>&1; do i=$((i + 1)); sleep 0.01; done
  if ls "$recovery"/*.properties >/dev/null 2>&1; then
    edited="edit -> recovery file written in $(( ($(date +%s%N) - edit) / 1000000 )) ms"
    break
  fi
done
[ -n "$edited" ] || { driver shot "$shots/kill9-no-edit.png"; fail "the Insert key made no recovery note"; }
echo "kill9-recovery: $edited (uptime: $(uptime | sed 's/.*load/load/'))"
driver shot "$shots/kill9-1-edited.png"

# 2. kill -9: nothing written to the plan, the recovery kept
kill -9 "$studio"
wait "$studio" 2>/dev/null || true
studio=
cmp -s "$work/plan.wbs" "$work/saved.wbs" || fail "the plan's file changed before any save"
ls "$recovery"/*.properties >/dev/null 2>&1 || fail "no recovery left after kill -9"
ls "$recovery"/*.wbs >/dev/null 2>&1 || fail "no recovered model left after kill -9"

# 3. the next start offers it; Recover (the default button) opens it
(cd "$work" && run_studio -data "$ws" -clean) >"$work/studio2.log" 2>&1 &
studio=$!
wait_window "Recover Unsaved Changes" 600 || { driver shot "$shots/kill9-no-dialog.png"; cat "$work/studio2.log" >&2; fail "no Recover Unsaved Changes dialog"; }
driver shot "$shots/kill9-2-recover-dialog.png"
dialog=$(xdotool search --name "Recover Unsaved Changes" | head -n 1)
xdotool windowfocus --sync "$dialog" key Return
i=0
while xwininfo -root -tree 2>/dev/null | grep -q '"Recover Unsaved Changes'; do
  i=$((i + 1)); [ "$i" -gt 300 ] && fail "the dialog did not close on Enter"
  sleep 0.1
done
# the recovered editor: dirty, with the new task; the file still the saved one, the recovery still kept
i=0
until xwininfo -root -tree 2>/dev/null | grep -q '"WBS Modeler'; do i=$((i + 1)); [ "$i" -gt 300 ] && fail "no window after Recover"; sleep 0.1; done
driver shot "$shots/kill9-3-recovered.png"
cmp -s "$work/plan.wbs" "$work/saved.wbs" || fail "Recover wrote the plan's file"
ls "$recovery"/*.properties >/dev/null 2>&1 || fail "the recovery went before the plan was saved"
echo "kill9-recovery: passed (screenshots in $shots/kill9-*.png)"
