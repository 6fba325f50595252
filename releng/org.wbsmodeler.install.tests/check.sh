#!/bin/sh
# check.sh IDE WORKSPACE OUT VERSION_FILE|REPOSITORY: starts the IDE's workbench (org.eclipse.ui.ide.workbench) under the
# display of the build (./mvnw runs under xvfb-run); the installed check bundle checks the installation from inside,
# writes OUT and closes the workbench. Fails unless every line is ok and org.wbsmodeler.ui is at EXPECTED_VERSION.
set -eu
ide=$1
workspace=$2
out=$3
# the version to expect: a file holding it (the newer build's), or the update site whose UI feature it is
if [ -f "$4" ]; then expected=$(cat "$4"); else expected=$(ls "$4"/features/org.wbsmodeler.ui.feature_*.jar); expected=${expected##*_}; expected=${expected%.jar}; fi
root=$(cd "$(dirname "$0")/../.." && pwd)
if [ -z "${DISPLAY-}" ]; then
  echo "install check skipped: no DISPLAY (./mvnw runs the build under xvfb-run when it is installed)"
  exit 0
fi
rm -f "$out"
launcher=$(ls "$ide"/plugins/org.eclipse.equinox.launcher_*.jar)
start=$(date +%s)
timeout 300 "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Dorg.eclipse.swt.internal.SessionManagerDBus.disable=true \
  -Dwbs.install.check.out="$out" -Dwbs.install.check.example="$root/examples/pschse-crm.wbs" \
  -jar "$launcher" -install "$ide" -configuration "$ide/configuration" -data "$workspace" \
  -application org.eclipse.ui.ide.workbench -consoleLog -nosplash > "$out.log" 2>&1 || { cat "$out.log"; echo "install check: the IDE failed"; exit 1; }
if [ ! -s "$out" ]; then
  cat "$out.log"
  echo "install check: the IDE wrote no results (was the check bundle started?)"
  exit 1
fi
cat "$out"
if grep -v '^ok ' "$out" >/dev/null; then
  echo "install check FAILED (IDE log: $out.log)"
  exit 1
fi
grep -q "^ok   bundle org.wbsmodeler.ui $expected " "$out" || { echo "install check FAILED: org.wbsmodeler.ui is not at $expected"; exit 1; }
echo "install check passed in $(( $(date +%s) - start )) s: org.wbsmodeler.ui $expected active"
