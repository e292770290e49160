# build.sh: sourced by bench/run.  Builds what the macro benchmarks run:
# the j86 launcher, the runto watcher, private copies of jos/ (so that
# `make grade`'s `make clean` and the -DBENCH_ROUNDS builds never touch the
# shared jos/obj), and the native programs.
# Needs: ROOT (repository), WORK (bench/target/macro), ROUNDS.

# build_launcher FORCE: mvn install unless the jar exists (or FORCE=1).
build_launcher() {
	if [ "$1" = 1 ] || [ ! -f "$ROOT/launcher/target/j86.jar" ]; then
		say "building j86 (mvn install)"
		(cd "$ROOT" && mvn -q -o install -Dmaven.test.skip=true) ||
			(cd "$ROOT" && mvn -q install -Dmaven.test.skip=true) || die "mvn install failed"
	fi
}

# snapshot_launcher: a private copy of bin/j86 and the launcher jars, so that a
# rebuild by someone else during a long run cannot swap classes under it.
# Sets J86 to the copy (same script, same JVM flags).
snapshot_launcher() {
	local snap="$WORK/j86"
	rm -rf "$snap"
	mkdir -p "$snap/bin" "$snap/launcher/target"
	cp "$ROOT/bin/j86" "$snap/bin/" &&
		cp -r "$ROOT/launcher/target/j86.jar" "$ROOT/launcher/target/lib" "$snap/launcher/target/" ||
		die "cannot copy the launcher"
	J86="$snap/bin/j86"
}

build_runto() {
	mkdir -p "$WORK"
	gcc -O2 -Wall -o "$WORK/runto" "$ROOT/bench/lib/runto.c" || die "cannot compile runto"
	RUNTO="$WORK/runto"
}

# copy_jos DEST: a fresh copy of jos/ without its build outputs.
copy_jos() {
	rm -rf "$1"
	mkdir -p "$1"
	tar -C "$ROOT/jos" --exclude=./obj --exclude='./obj-*' --exclude=./qemu.log -cf - . | tar -C "$1" -xf - ||
		die "cannot copy jos to $1"
}

# build_images: the default kernel (primes) and the CPU-bound programs'
# images with BENCH_ROUNDS=$ROUNDS, in $WORK/jos.
build_images() {
	say "building JOS images (BENCH_ROUNDS=$ROUNDS) in $WORK/jos"
	copy_jos "$WORK/jos"
	local targets=(obj/kern/kernel.img)
	local p
	for p in $CPU_PROGS; do targets+=("obj/images/$p.img"); done
	# The lab-style and spin-lock workloads (bench/run checks which are wanted).
	targets+=(obj/tools/rspgrade obj/images/spinlock.img)
	make -s -C "$WORK/jos" DEFS="-DBENCH_ROUNDS=$ROUNDS" "${targets[@]}" >"$WORK/make-images.log" 2>&1 ||
		die "JOS build failed (see $WORK/make-images.log)"
	if wants primes-long; then
		copy_jos "$WORK/jos-long"
		make -s -C "$WORK/jos-long" DEFS="-DLOG2NENV=11" obj/kern/kernel.img >>"$WORK/make-images.log" 2>&1 ||
			die "JOS build (LOG2NENV=11) failed (see $WORK/make-images.log)"
	fi
}

build_native() {
	local bits=32
	host_runs_i386 || bits=64
	NATIVE_BITS=$bits
	say "building native programs (BENCH_ROUNDS=$ROUNDS, $bits-bit)"
	make -s -B -C "$ROOT/bench/native" OUT="$WORK/native" BENCH_ROUNDS="$ROUNDS" BITS=$bits >"$WORK/make-native.log" 2>&1 ||
		die "native build failed (see $WORK/make-native.log)"
}

# host_runs_i386: whether this host's kernel runs static i386 programs (some
# have no IA-32 emulation); the native row is then built for x86-64.
host_runs_i386() {
	local p="$WORK/probe-i386"
	mkdir -p "$WORK"
	printf '.globl _start\n_start: movl $1, %%eax\n xorl %%ebx, %%ebx\n int $0x80\n' >"$p.S"
	gcc -m32 -static -nostdlib -o "$p" "$p.S" 2>/dev/null && "$p" 2>/dev/null
}

# engine_wrapper E: a one-line launcher that runs j86 with --engine E, for
# graders that take a single emulator path (make grade QEMU=...).
engine_wrapper() {
	local w="$WORK/j86-$1"
	printf '#!/bin/sh\nexec "%s" --engine %s "$@"\n' "$J86" "$1" >"$w"
	chmod +x "$w"
	echo "$w"
}
