#!/bin/sh
# newer-build.sh REPOSITORY OUT: "a newer build" of the workbench UI for the install test's update step: the UI feature
# and its plug-ins (org.wbsmodeler.ui, .ui.diagram, .studio) taken from the update site with the qualifier raised by
# one (in the feature, its plug-in entries and each Bundle-Version), as features/ and plugins/ under OUT for p2's
# publisher. The same code under a higher version is exactly what a rebuild is to p2; building the reactor a second
# time would double the build's time for nothing more.
set -eu
repo=$1
out=$2
jar="${JAVA_HOME:+$JAVA_HOME/bin/}jar"
rm -rf "$out"
mkdir -p "$out/features" "$out/plugins" "$out/work"
feature=$(ls "$repo"/features/org.wbsmodeler.ui.feature_*.jar)
old=${feature##*_}
old=${old%.jar}
qualifier=${old##*.}
new=${old%.*}.$((qualifier + 1))

cd "$out/work" && mkdir feature && cd feature
"$jar" xf "$feature"
sed -i "s/\"$old\"/\"$new\"/g" feature.xml
"$jar" cf "$out/features/org.wbsmodeler.ui.feature_$new.jar" .

for bundle in $(sed -n 's/.*<plugin[^>]* id="\([^"]*\)".*/\1/p' feature.xml); do
  mkdir "$out/work/$bundle" && cd "$out/work/$bundle"
  "$jar" xf "$repo/plugins/${bundle}_$old.jar"
  mv META-INF/MANIFEST.MF ../MANIFEST.MF
  sed -i "s/^Bundle-Version: $old/Bundle-Version: $new/" ../MANIFEST.MF
  grep -q "^Bundle-Version: $new" ../MANIFEST.MF
  "$jar" cfm "$out/plugins/${bundle}_$new.jar" ../MANIFEST.MF .
done
rm -rf "$out/work"
echo "$new" > "$out/version"
echo "newer build of org.wbsmodeler.ui.feature: $old -> $new ($(ls "$out/plugins" | tr '\n' ' '))"
