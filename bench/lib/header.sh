# header.sh: sourced by bench/run.  The opening of the Markdown report:
# when, on what, with which settings, and how to read the table.

write_header() {
	local model qemu_version java_version commit
	model=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)
	if [ "$USE_QEMU" = 1 ]; then
		qemu_version=$("$QEMU_BIN" -version | head -1)
	elif [ "${QEMU_MISSING:-0}" = 1 ]; then
		qemu_version="**ERROR: $QEMU_BIN is not installed: no QEMU column, no j86/QEMU ratios**"
	else
		qemu_version="not run (--no-qemu)"
	fi
	java_version=$(java -version 2>&1 | head -1)
	commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
	cat <<HEADER
# j86 macro benchmarks, $STAMP (UTC)

- machine: ${model:-unknown}, $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB; load average before $LOAD_BEFORE, after $LOAD_AFTER
- j86 $commit (engines: $ENGINES), $java_version; QEMU: $qemu_version
- $REPS runs per guest workload ($GRADE_REPS for the grading suites), medians; BENCH_ROUNDS=$ROUNDS for the CPU-bound programs
- native: the same C built as a ${NATIVE_BITS:-32}-bit static Linux program (64-bit where the host runs no i386 programs)
- seconds: wall time from process start to the stop line; RSS: peak resident set (wait4 ru_maxrss); ratios: j86 median / QEMU or native median
- "(k/n reached)": only k of n runs reached the stop line in time; the median is over those k

HEADER
}

# merged_header CSV...: the opening of a report merged from earlier runs,
# with each source's own settings (from its .md, when there is one).
merged_header() {
	local f md
	echo "# j86 macro benchmarks, $STAMP (UTC), merged"
	echo
	echo "For each workload, the runs of the last of these files that has it:"
	echo
	for f in "$@"; do
		md="${f%.csv}.md"
		echo "- \`$(basename "$f")\`: $(tail -n +2 "$f" | cut -d, -f1 | sort -u | tr '\n' ' ')"
		[ -f "$md" ] && sed -n 's/^- /  - /p' "$md" | grep -v '^  - seconds:\|^  - "(k'
	done
	echo "- seconds: wall time from process start to the stop line; RSS: peak resident set (wait4 ru_maxrss); ratios: j86 median / QEMU or native median"
	echo "- \"(k/n reached)\": only k of n runs reached the stop line in time; the median is over those k"
	echo
}

# report HEADER_FUNCTION [ARG...]: $CSV -> $RESULTS/$STAMP.md and .png.
report() {
	local md="$RESULTS/$STAMP.md" png="$RESULTS/$STAMP.png"
	summarize "$CSV" "$WORK/table.md" "$WORK/chart.dat"
	"$@" >"$md"
	cat "$WORK/table.md" >>"$md"
	if ensure_gnuplot && draw_chart "$WORK/chart.dat" "$png" "j86 vs QEMU vs native, $STAMP (median wall seconds)"; then
		printf '\n![median seconds per workload](%s)\n' "$STAMP.png" >>"$md"
	else
		say "no chart (gnuplot unavailable)"
		png=
	fi
	say "wrote $CSV, $md${png:+, $png}"
	cat "$md"
}
