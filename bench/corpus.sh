#!/bin/sh
# corpus.sh -- builds the benchmark corpus in bench/out/: corpus.jsonl (one article
# a line) and corpus.txt (the same texts, for grep). Uses the labelled corpora in
# ../shared/data when they are there, else the project's own articles repeated.
# usage: bench/corpus.sh [MEGABYTES]   (default 20)
set -eu
cd "$(dirname "$0")/.."
mb=${1:-20}
out=bench/out
mkdir -p "$out"
src=""
for f in ../shared/data/buzzfeed_webis_2016/buzzfeed_webis_2016.jsonl \
	../shared/data/polnear/polnear_articles.jsonl \
	../shared/data/horne2017_fakenewsdata/horne2017_fakenewsdata.jsonl; do
	[ -f "$f" ] && src="$src $f"
done
if [ -z "$src" ]; then
	# The project's own articles, as JSONL.
	tmp=$out/own.jsonl
	build/bench/bench_score --to-jsonl examples/article.txt tests/golden/*/article.txt >"$tmp"
	src=$tmp
fi
: >"$out/corpus.jsonl"
if [ "$(cat $src | wc -c)" -eq 0 ]; then
	echo "corpus.sh: no articles to build a corpus from" >&2
	exit 1
fi
while [ "$(wc -c <"$out/corpus.jsonl")" -lt $((mb * 1000000)) ]; do
	cat $src >>"$out/corpus.jsonl"
done
# The same texts as plain text, one article after another.
build/bench/bench_score --dump-text "$out/corpus.jsonl" >"$out/corpus.txt"
echo "bench/out/corpus.jsonl: $(wc -l <"$out/corpus.jsonl") articles, $(wc -c <"$out/corpus.txt") bytes of text"
