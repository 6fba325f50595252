# Sourced by ./mvnw and ./wbs: picks a JDK >= 21 (Tycho 5 and our bundles need it).
# JAVA_HOME wins when it points at a JDK >= 21; otherwise the newest Temurin under /usr/lib/jvm.
wbs_java_major() {
  # the JDK's release file says it without starting a JVM (a JVM start costs ./wbs 0.1-0.3 s); the JVM if it has none
  if [ -f "$1/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" | head -n 1)
    if [ -n "$v" ]; then echo "$v"; return 0; fi
  fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n 1
}
wbs_pick_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    v=$(wbs_java_major "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then return 0; fi
  fi
  # find, not a glob: mvnw runs with globbing off (set -f)
  for candidate in $(find /usr/lib/jvm -mindepth 1 -maxdepth 1 -name "temurin-*" 2>/dev/null | sort -r) $(find /usr/lib/jvm -mindepth 1 -maxdepth 1 -name "java-*" 2>/dev/null | sort -r); do
    if [ -x "$candidate/bin/java" ]; then
      v=$(wbs_java_major "$candidate")
      if [ -n "$v" ] && [ "$v" -ge 21 ]; then JAVA_HOME=$candidate; export JAVA_HOME; return 0; fi
    fi
  done
  echo "wbs: no JDK 21 or newer found; set JAVA_HOME to one" >&2
  exit 2
}
wbs_pick_jdk
