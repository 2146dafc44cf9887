#!/bin/sh
# run.sh -- what a 50-rule script adds to scoring a ~5 KB article, against a 1-rule script.
#
#   bench/rules/run.sh [BUILD_DIR] [CORPUS.jsonl]
#
# Builds bench_rules against BUILD_DIR (default ../../build; use a Release or
# RelWithDebInfo build), then for rules50.lua (a typical script, shaped like
# default.lua) and rules50_heavy.lua (16 function rules, three scanning the
# whole text with patterns) reports, against rules1.lua:
#  1. instructions: callgrind's Ir per article for each script alone, with and
#     without rendering the JSON report (deterministic: the figure to quote);
#  2. timing: both scripts alternate over the same articles for many rounds;
#     the median of the per-round ratios (noise hits both sides of a round).
# Articles are the 4-6 KB texts of a JSONL corpus, read and never copied.
set -e
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../../build}" && pwd)
corpus=${2:-$here/../../../shared/data/horne2017_fakenewsdata/horne2017_fakenewsdata.jsonl}
make -s -C "$here" BUILD="$build" bench_rules
cd "$here"

# Ir of scoring (and rendering) R rounds of the articles, engine start-up
# excluded: callgrind counts from the first scoring call on.
ir() { # script rounds json
	BENCH_JSON=$3 valgrind --tool=callgrind --callgrind-out-file=callgrind.out.tmp \
		--toggle-collect=pass ./bench_rules --only "$1" "$2" --corpus "$corpus" >/dev/null 2>&1
	grep -E '^(summary|totals):' callgrind.out.tmp | head -1 | awk '{print $2}'
	rm -f callgrind.out.tmp
}

if command -v valgrind >/dev/null 2>&1; then
	for json in 0 1; do
		[ $json = 1 ] && what="scoring + JSON report" || what="scoring only"
		echo "== instructions per article, $what (callgrind, 20 articles x 3 rounds)"
		base=$(ir rules1.lua 3 $json)
		printf "  %-20s %12.0f\n" rules1.lua "$(echo "$base / 60" | bc -l)"
		for s in rules50.lua rules50_heavy.lua; do
			n=$(ir $s 3 $json)
			printf "  %-20s %12.0f  ratio %.3f\n" $s "$(echo "$n / 60" | bc -l)" "$(echo "$n / $base" | bc -l)"
		done
	done
fi
for s in rules50.lua rules50_heavy.lua; do
	echo "== timing, $s against rules1.lua (200 rounds)"
	BENCH_JSON=0 ./bench_rules rules1.lua $s 200 --corpus "$corpus"
done
