# chart.sh: sourced by bench/run.  Draws the PNG chart from the summary
# (one line per workload: name and the median seconds of each system) with
# gnuplot, installing Debian's gnuplot-nox first when it is missing.

# ensure_gnuplot: 0 when gnuplot is (or could be made) available.
ensure_gnuplot() {
	command -v gnuplot >/dev/null 2>&1 && return 0
	command -v apt-get >/dev/null 2>&1 || return 1
	local sudo=
	[ "$(id -u)" = 0 ] || sudo=sudo
	say "installing gnuplot-nox"
	$sudo apt-get install -y -q gnuplot-nox >/dev/null 2>&1 ||
		{ $sudo apt-get update -q >/dev/null 2>&1 && $sudo apt-get install -y -q gnuplot-nox >/dev/null 2>&1; }
	command -v gnuplot >/dev/null 2>&1
}

# draw_chart DATA PNG TITLE COLUMNS...: DATA has a header line "workload
# sys1 sys2 ..." and one line per workload ("-" for a missing value).
# Clustered bars of seconds on a log scale, one colour per system.
draw_chart() {
	local data=$1 png=$2 title=$3 ncols
	ncols=$(head -1 "$data" | awk '{print NF}')
	gnuplot <<GNUPLOT
set terminal pngcairo size 1200,600 noenhanced font "sans,10"
set output "$png"
set title "$title"
set style data histogram
set style histogram clustered gap 1
set style fill solid 0.85 border -1
set logscale y
set ylabel "median wall seconds (log scale)"
set grid ytics
set key top left
set xtics rotate by -30
set datafile missing "-"
plot for [i=2:$ncols] "$data" using i:xtic(1) title columnheader(i)
GNUPLOT
}
