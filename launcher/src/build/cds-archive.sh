#!/usr/bin/env bash
#
# cds-archive.sh: makes launcher/target/j86.jsa, the class-data-sharing
# archive that bin/j86 hands to the JVM (-XX:SharedArchiveFile).
#
# A JVM that starts j86 loads and verifies about 400 classes of j86, ASM and
# Caffeine before the guest runs its first instruction.  A dynamic AppCDS
# archive holds them already parsed and verified; the JVM maps it instead.
# The archive is made by one training run at build time (maven's package
# phase): our JOS boots on 2 CPUs to its first user environment under the
# translator (which runs cold code in the interpreter, so both engines'
# classes are loaded), and the JVM writes the classes it loaded at exit.
#
# The archive is an optimisation only: when it is missing, stale (a jar
# rebuilt after it) or made by another JDK, bin/j86 or the JVM ignores it.
# The training run is started by bin/j86 itself, so that it has exactly the JVM
# flags of the runs that will use the archive.
set -u
launcher="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
jar="$launcher/target/j86.jar"
img="$launcher/../jos/obj/kern/kernel.img"
out="$launcher/target/j86.jsa"
log="$launcher/target/cds-training.log"

rm -f "$out" "$out.tmp"
if [ ! -f "$jar" ] || [ ! -f "$img" ]; then
	echo "cds-archive: $jar or $img missing; no class-data archive (j86 starts without one)" >&2
	exit 0
fi
J86_JAVA_OPTS="-XX:ArchiveClassesAtExit=$out.tmp" "$launcher/../bin/j86" --engine jit -smp 2 -snapshot -nographic -no-reboot \
	-drive "file=$img,index=0,media=disk,format=raw" -serial mon:stdio \
	--exit-on 'new env 0000100' --timeout 120 </dev/null >"$log" 2>&1
status=$?
if [ $status -ne 0 ] || [ ! -s "$out.tmp" ]; then
	rm -f "$out.tmp"
	echo "cds-archive: the training run ended with status $status (see $log); no class-data archive" >&2
	exit 0
fi
mv "$out.tmp" "$out"
