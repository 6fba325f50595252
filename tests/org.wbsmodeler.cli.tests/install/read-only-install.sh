#!/bin/sh
# Issue 22, point 1, on the built command line: an install nobody may write (a package in /opt, a shared server
# folder) run by a user without a writable home (a service account, HOME=/nonexistent). The command line must answer
# as from a writable install, keep its configuration and start-up cache in a private folder of its own, write nothing
# into the install, and refuse with one line when that private folder is not the user's.
# As root (CI) the install belongs to root and the commands run as "nobody" (root ignores file modes); as any other
# user they run as that user against an install made read-only. Exit 0: every check passed.
# Usage: tests/org.wbsmodeler.cli.tests/install/read-only-install.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
products="$root/releng/org.wbsmodeler.product/target/products"
if [ ! -d "$products/org.wbsmodeler.commandline/linux/gtk/x86_64/plugins" ]; then
  echo "read-only install test: no built command line under $products (build the product first)" >&2
  exit 1
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/wbs-read-only.XXXXXX")
cleanup() {
  chmod -R u+w "$work" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
chmod 755 "$work"
fail() {
  echo "read-only install test FAILED: $*" >&2
  exit 1
}

# the install: the script, its JDK picker and the built command line, as a package would lay them out
install="$work/install"
target="$install/releng/org.wbsmodeler.product/target/products"
mkdir -p "$install/.mvn" "$target/org.wbsmodeler.product/linux/gtk/x86_64"
cp "$root/wbs" "$install/"
cp "$root/.mvn/wbs-env.sh" "$install/.mvn/"
cp -r "$products/org.wbsmodeler.commandline" "$target/"
mkdir -p "$work/plans" "$work/out" "$work/tmp"
cp "$root/examples/pschse-crm.wbs" "$work/plans/plan.wbs"
chmod 777 "$work/out" "$work/tmp"

# the reference: the same install while it can still be written, as the one who installed it (this also prepares
# its configuration and start-up cache, as the first run after an install does)
touch "$target/org.wbsmodeler.product/linux/gtk/x86_64/.built"
(cd "$work/plans" && "$install/wbs" schedule plan.wbs --json) >"$work/reference.json" 2>"$work/reference.err" \
  || fail "the writable install did not schedule: $(head -n 3 "$work/reference.err")"
grep -q '"finish"' "$work/reference.json" || fail "the reference schedule has no finish: $(head -c 200 "$work/reference.json")"

chmod -R a-w "$install" "$work/plans"
touch "$work/marker"
if [ "$(id -u)" -eq 0 ]; then
  as_user() { runuser -u nobody -- env HOME=/nonexistent TMPDIR="$work/tmp" PATH="$PATH" "$@"; }
  who="nobody"
else
  as_user() { env HOME=/nonexistent TMPDIR="$work/tmp" "$@"; }
  who=$(id -un)
fi

# every command a script or a server runs, twice (the second start reads the configuration the first one made)
for round in 1 2; do
  as_user sh -c "cd '$work/plans' && '$install/wbs' --help" >"$work/out/help.txt" 2>"$work/out/help.err" \
    || fail "--help as $who (round $round): $(head -n 3 "$work/out/help.err")"
  grep -q "schedule" "$work/out/help.txt" || fail "--help as $who printed no command list"
  as_user sh -c "cd '$work/plans' && '$install/wbs' validate plan.wbs" >"$work/out/validate.txt" 2>"$work/out/validate.err" \
    || fail "validate as $who (round $round) exited $?: $(head -n 3 "$work/out/validate.err")"
  as_user sh -c "cd '$work/plans' && '$install/wbs' schedule plan.wbs --json" >"$work/out/schedule.json" 2>"$work/out/schedule.err" \
    || fail "schedule --json as $who (round $round): $(head -n 3 "$work/out/schedule.err")"
  cmp -s "$work/reference.json" "$work/out/schedule.json" \
    || fail "schedule --json as $who (round $round) differs from the writable install's"
done

written=$(find "$install" "$work/plans" -newer "$work/marker" -print | head -n 3)
[ -z "$written" ] || fail "the read-only install was written to: $written"
private=$(find "$work/tmp" -mindepth 1 -maxdepth 1 -name 'wbsmodeler-*' -print | head -n 1)
[ -n "$private" ] || fail "no private configuration folder in TMPDIR"
[ "$(stat -c %a "$private")" = 700 ] || fail "the private folder $private is mode $(stat -c %a "$private"), not 700"

# a private folder that is not the user's (here a link somebody planted): one line, exit 2, no command run
trap_dir="$work/trap"
mkdir -p "$trap_dir/elsewhere"
chmod 777 "$trap_dir"
uid=$(as_user id -u)
ln -s "$trap_dir/elsewhere" "$trap_dir/wbsmodeler-$uid"
set +e
as_user env TMPDIR="$trap_dir" sh -c "cd '$work/plans' && '$install/wbs' --help" >/dev/null 2>"$work/out/refused.err"
code=$?
set -e
[ "$code" -eq 2 ] || fail "a planted private folder: exit $code, not 2 ($(head -n 2 "$work/out/refused.err"))"
[ "$(wc -l <"$work/out/refused.err")" -eq 1 ] || fail "a planted private folder: not one line: $(cat "$work/out/refused.err")"
grep -q "no writable place for the configuration" "$work/out/refused.err" || fail "a planted private folder: $(cat "$work/out/refused.err")"
[ -z "$(ls -A "$trap_dir/elsewhere")" ] || fail "something was written through the planted link"

echo "read-only install: --help, validate and schedule --json as $who from a read-only install with HOME=/nonexistent, twice; answers equal the writable install's; nothing written into the install; a planted private folder refused with one line"
