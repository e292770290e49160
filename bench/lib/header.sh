# header.sh: sourced by bench/run.  The opening of the Markdown report:
# when, on what, with which settings, and how to read the table.

# engine_wrapper E: a one-line launcher that runs j86 with --engine E, for
# graders that take a single emulator path (make grade QEMU=...).
engine_wrapper() {
	local w="$WORK/j86-$1"
	printf '#!/bin/sh\nexec "%s" --engine %s "$@"\n' "$J86" "$1" >"$w"
	chmod +x "$w"
	echo "$w"
}

write_header() {
	local model qemu_version java_version commit
	model=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)
	qemu_version=$([ "$USE_QEMU" = 1 ] && "$QEMU_BIN" -version | head -1 || echo "not run")
	java_version=$(java -version 2>&1 | head -1)
	commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
	cat <<HEADER
# j86 macro benchmarks, $STAMP (UTC)

- machine: ${model:-unknown}, $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB; load average before $LOAD_BEFORE, after $LOAD_AFTER
- j86 $commit (engines: $ENGINES), $java_version; QEMU: $qemu_version
- $REPS runs per guest workload ($GRADE_REPS for the grading suites), medians; BENCH_ROUNDS=$ROUNDS for the CPU-bound programs
- seconds: wall time from process start to the stop line; RSS: peak resident set (wait4 ru_maxrss); ratios: j86 median / QEMU or native median
- "(k/n reached)": only k of n runs reached the stop line in time; the median is over those k

HEADER
}
