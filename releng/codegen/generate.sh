#!/usr/bin/env bash
# Regenerates the EMF code of the WBS metamodel from bundles/org.wbsmodeler.model/model/wbs.genmodel:
#   bundles/org.wbsmodeler.model/src-gen                 model code
#   bundles/org.wbsmodeler.model.edit/src-gen            EMF.Edit item providers, WbsEditPlugin
#   bundles/org.wbsmodeler.model.edit/icons, plugin.properties
# with the real EMF generator (org.eclipse.emf.codegen.ecore from Maven Central), headless.
# Java files are merged (JMerge): methods marked "@generated NOT" are kept; plugin.properties keeps existing values.
# MANIFEST.MF, plugin.xml and build.properties of both bundles are hand-written and never touched.
#
# Usage: releng/codegen/generate.sh [--save-genmodel]
#   --save-genmodel  also write back wbs.genmodel reconciled with wbs.ecore (after adding/removing classes or features)
# Removing a class from wbs.ecore leaves its old generated files behind: delete them by hand.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)

# a JDK >= 21 (same selection as ./mvnw)
. "$root/.mvn/wbs-env.sh"
export JAVA_HOME
# Maven 3.8's bundled Guava uses sun.misc.Unsafe: keep JDK 24+ from warning about it
if [ "$(wbs_java_major "$JAVA_HOME")" -ge 24 ]; then
  MAVEN_OPTS="${MAVEN_OPTS-} --sun-misc-unsafe-memory-access=allow"
  export MAVEN_OPTS
fi

# run from this folder: its own .mvn/ keeps Maven from picking up the Tycho build extension of the repository root
cd "$here"
exec mvn -B -q compile exec:java -Dexec.args="$root $*"
