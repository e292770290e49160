# summarize.sh: sourced by bench/run.  Turns the raw CSV (one line per
# run) into the Markdown table and the chart's data file: per workload and
# system, the median seconds and median peak RSS of the runs that reached
# their stop line, and the ratios of each j86 engine to QEMU and to native.
#
# Raw CSV columns: workload,stop,system,cpus,rep,status,seconds,rss_kb,result

SYSTEMS_ORDER="j86-interp j86-jit qemu native"

# summarize CSV MD CHARTDATA
summarize() {
	awk -F, -v md="$2" -v dat="$3" -v order="$SYSTEMS_ORDER" '
	function median(list,   a, n, i, j, t) {
		n = split(list, a, " ")
		for (i = 2; i <= n; i++)
			for (j = i; j > 1 && a[j - 1] + 0 > a[j] + 0; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
		if (n == 0) return ""
		return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
	}
	function fmt(s) {
		if (s == "") return "-"
		return s < 10 ? sprintf("%.3f", s) : sprintf("%.1f", s)
	}
	function ratio(a, b) { return (a == "" || b == "" || b == 0) ? "-" : sprintf("%.1f", a / b) }
	NR == 1 { next }
	{
		w = $1; s = $3
		if (!(w in seen)) { seen[w] = 1; works[++nw] = w; stop[w] = $2 }
		if (!((w, s) in runs)) runs[w, s] = 0
		runs[w, s]++
		have[s] = 1
		if ($6 == "matched") {
			secs[w, s] = secs[w, s] " " $7
			rss[w, s] = rss[w, s] " " $8
			ok[w, s]++
		}
		if ($9 != "" && $9 != "-") {
			if (s == "native") ref[w] = $9
			if (!((w, s) in res)) res[w, s] = $9
			else if (res[w, s] != $9) res[w, s] = "varies"
		}
	}
	END {
		ns = split(order, all, " ")
		for (i = 1; i <= ns; i++) if (all[i] in have) sys[++n] = all[i]
		hdr = "| workload | stop line |"; sep = "|---|---|"
		for (i = 1; i <= n; i++) { hdr = hdr " " sys[i] " (s) |"; sep = sep "---:|" }
		for (i = 1; i <= n; i++) if (sys[i] ~ /^j86/) {
			e = substr(sys[i], 5)
			if ("qemu" in have) { hdr = hdr " " e "/QEMU |"; sep = sep "---:|" }
			if ("native" in have) { hdr = hdr " " e "/native |"; sep = sep "---:|" }
		}
		for (i = 1; i <= n; i++) if (sys[i] != "native") { hdr = hdr " " sys[i] " RSS (MB) |"; sep = sep "---:|" }
		hdr = hdr " result |"; sep = sep "---|"
		print hdr > md; print sep > md
		printf "workload" > dat
		for (i = 1; i <= n; i++) printf " %s", sys[i] > dat
		printf "\n" > dat
		for (k = 1; k <= nw; k++) {
			w = works[k]
			for (i = 1; i <= n; i++) { m[sys[i]] = median(secs[w, sys[i]]); r[sys[i]] = median(rss[w, sys[i]]) }
			line = "| " w " | `" stop[w] "` |"
			printf "%s", w > dat
			for (i = 1; i <= n; i++) {
				s = sys[i]
				cell = fmt(m[s])
				if ((w, s) in runs && ok[w, s] < runs[w, s]) cell = cell " (" ok[w, s] + 0 "/" runs[w, s] " reached)"
				if (!((w, s) in runs)) cell = ""
				line = line " " cell " |"
				printf " %s", (m[s] == "" ? "-" : m[s]) > dat
			}
			printf "\n" > dat
			for (i = 1; i <= n; i++) if (sys[i] ~ /^j86/) {
				if ("qemu" in have) line = line " " ratio(m[sys[i]], m["qemu"]) " |"
				if ("native" in have) line = line " " ratio(m[sys[i]], m["native"]) " |"
			}
			for (i = 1; i <= n; i++) if (sys[i] != "native")
				line = line " " (r[sys[i]] == "" ? "" : sprintf("%.0f", r[sys[i]] / 1024)) " |"
			note = ""
			for (i = 1; i <= n; i++) if ((w, sys[i]) in res) {
				v = res[w, sys[i]]
				if (w in ref && v != ref[w]) note = note " " sys[i] " DIFFERS (" v ")"
				else if (!(w in ref) && note == "") note = v
			}
			if (w in ref && note == "") note = ref[w] " (all agree)"
			print line " " note " |" > md
		}
	}' "$1"
}

# merge_csv OUT IN...: the runs of several raw CSVs in one; for each
# workload, only the rows of the last file that has it are kept (so a
# re-run of some workloads replaces their earlier figures).
merge_csv() {
	local out=$1
	shift
	awk -F, 'FNR == 1 { f++; if (f == 1) print; next }
		pass == 1 { last[$1] = f; next }
		last[$1] == f - n' n=$# pass=1 "$@" pass=2 "$@" >"$out"
}
