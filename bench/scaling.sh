#!/bin/sh
# scaling.sh -- whether the detectors stay linear on hostile input.
# For each construction below, writes one text of N copies and one of 2N
# (a single run with no paragraph break unless the construction has one:
# the worst case for windows that look back over a sentence) and times
# `credence features` on both. A linear pass takes about twice as long on
# the second; a ratio well over 2 (flagged past 2.6) is a pass that grows
# faster than its input. Machines are noisy: rerun a flagged line before
# reading much into it.
# usage: bench/scaling.sh [N]   (default 20000 copies)
set -eu
cd "$(dirname "$0")/.."
[ -x build/credence ] || { cmake -S . -B build >/dev/null && cmake --build build -j "$(nproc)" >/dev/null; }
n=${1:-20000}
out=bench/out/scaling
mkdir -p "$out"
now() { date +%s.%N; }
secs() { # secs FILE: seconds credence features takes on FILE
	t0=$(now)
	build/credence features "$1" >/dev/null 2>&1 || true
	t1=$(now)
	awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }'
}
flagged=0
# one construction a line; awk reads \n and \" in them
while IFS= read -r pat; do
	[ -n "$pat" ] || continue
	awk -v k="$n" -v p="$pat" 'BEGIN { for (i = 0; i < k; i++) printf "%s", p }' >"$out/a.txt"
	awk -v k="$((2 * n))" -v p="$pat" 'BEGIN { for (i = 0; i < k; i++) printf "%s", p }' >"$out/b.txt"
	a=$(secs "$out/a.txt")
	b=$(secs "$out/b.txt")
	line=$(awk -v a="$a" -v b="$b" -v p="$pat" 'BEGIN {
		gsub(/\n/, "\\n", p)
		r = b / (a > 0.001 ? a : 0.001)
		printf "%7.2f %7.2f  x%.1f%s  %s", a, b, r, (r > 2.6 ? " GROWS" : ""), substr(p, 1, 60) }')
	printf "%s\n" "$line"
	case $line in *GROWS*) flagged=$((flagged + 1)) ;; esac
done <<'PATTERNS'
Editor's Note:\nThis is an editorial of the paper.\n
- Vaccination\n- Transit\n
UPDATE 4:55 p.m.: Police Chief Ann Lee said the road was closed.\n
According to dozens of officials, the minister said he argued that it worked, the aide said. 
Minister for Planning Ali Khan said 
Source: Wire | 2026-11-03 17:42:10 | Editor: Liu\n
PELHAM: Well, I think they believe it. 
The plan was rejected by the board, officials said, according to the report. 
Dr Ana Ruiz, a lecturer at Marlow College, who was not involved, said 
Two nurses who work in the unit, who asked not to be named, said 
Lopez: A late surge.\n
Many hawks, like Ames and Bell, say 
In a campus poll, 40 percent said they liked it, while 23 percent opposed it, 
The senator rebuked the mayor for suggesting that 
she noted that, relative to last year, more tenants said 
said Pell, who backs the levy, 
The groups who wrote to her say 
While she says it works, she praises 
\"We will rebuild.\"\n- Dana Ames.\n
a nurse named Ellen Ruiz said 
To many voters, the plan is a betrayal, 
<tweet author=\"@dana\">I'm thrilled to say Hale reportedly wants it 
railed against the groups, including the one supporting 
Dana Voss Describes Her Years In The Race Says 
Lund said the vote would pass if the council agreed because 
Ames, who said the levy was unfair, endorsed Lane, and 
Carl Mowbray III, Jr., a writer -- who lost -- said 
Voters in Millbrook, Iowa who voted early complained 
At least 400 people, and as many as 70 to 150, 
PATTERNS
echo "$flagged of the constructions grew faster than their input"
[ "$flagged" -eq 0 ]
