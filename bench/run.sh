#!/bin/sh
# run.sh -- throughput of credence against grep -F -f on the same lexicon and corpus.
# Builds the corpus (bench/corpus.sh) if needed, then times, in one run:
#   grep -F -f LEX corpus.txt           lines holding any phrase (case-sensitive)
#   grep -o -i -w -F -f LEX corpus.txt  every whole-word match, any case (our semantics)
#   credence features --input jsonl     the whole pipeline, JSON out
#   bench_score --features              the library alone: evidence, no JSON
#   bench_score                         evidence and Lua scoring
# and prints each as a ratio to the grep runs. Machines are noisy: compare
# ratios from one run, not seconds across runs.
# usage: bench/run.sh [MEGABYTES]
set -eu
cd "$(dirname "$0")/.."
[ -x build/credence ] && [ -x build/bench/bench_score ] || {
	cmake -S . -B build >/dev/null && cmake --build build -j "$(nproc)" >/dev/null
}
[ -f bench/out/corpus.jsonl ] || bench/corpus.sh "${1:-20}"

# Every phrase of every lexicon, attributes and comments stripped.
cat scripts/lexicons/*.txt | sed -e 's/#.*//' -e 's/ | .*//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' |
	grep -v '^$' | sort -u >bench/out/lexicon.txt

now() { date +%s.%N; }
time_it() { # time_it LABEL COMMAND...
	label=$1
	shift
	t0=$(now)
	"$@" >/dev/null
	t1=$(now)
	awk -v l="$label" -v a="$t0" -v b="$t1" 'BEGIN { printf "%s %.6f\n", l, b - a }'
}

bytes=$(wc -c <bench/out/corpus.txt)
phrases=$(wc -l <bench/out/lexicon.txt)
echo "corpus: $bytes bytes of text, $(wc -l <bench/out/corpus.jsonl) articles; lexicon: $phrases phrases"
{
	time_it grep_lines grep -F -f bench/out/lexicon.txt bench/out/corpus.txt
	time_it grep_words grep -o -i -w -F -f bench/out/lexicon.txt bench/out/corpus.txt
	time_it credence_features build/credence features --input jsonl bench/out/corpus.jsonl
	time_it library_features build/bench/bench_score --features bench/out/corpus.jsonl
	time_it library_score build/bench/bench_score bench/out/corpus.jsonl
} >bench/out/times.txt
awk -v bytes="$bytes" '
	{ t[$1] = $2; order[n++] = $1 }
	END {
		for (i = 0; i < n; i++) {
			k = order[i]
			printf "%-18s %8.2f MB/s   x%6.2f of grep -F   x%6.2f of grep -o -i -w -F\n",
			       k, bytes / t[k] / 1e6, t[k] / t["grep_lines"], t[k] / t["grep_words"]
		}
	}' bench/out/times.txt
build/bench/bench_score bench/out/corpus.jsonl | tail -1
