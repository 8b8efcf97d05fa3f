#!/usr/bin/env bash
# Measures the sample streaming a large roster: for each roster size, the wall time, CPU time and peak
# resident memory of the whole process (/usr/bin/time), once with the console summary only and once with
# --json --csv --html as well. Prints a markdown table; the load average beside each run says how shared the machine was.
#
#   bash benchmarks/sample-stream.sh                   # 20,000, 100,000 and 1,000,000 rows, two runs each
#   SIZES="20000 1000000" RUNS=3 bash benchmarks/sample-stream.sh
#   OUTPUTS=console SIZES="20000 1000000" bash benchmarks/sample-stream.sh   # the console summary only
#
# Rosters are made once by tools/make-roster.py --rows N under $OUT (default artifacts/sample-stream) and kept; the
# outputs of each run are deleted after it (--json of 1,000,000 rows is about 10 GB).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"20000 100000 1000000"}
RUNS=${RUNS:-2}
OUT=${OUT:-artifacts/sample-stream}
AS_OF=${AS_OF:-2026-12-03}
OUTPUTS=${OUTPUTS:-both}
mkdir -p "$OUT"

dotnet build src/OshRules.Samples -c Release -nologo -v quiet >/dev/null
dll=src/OshRules.Samples/bin/Release/net10.0/OshRules.Samples.dll

for n in $SIZES; do
  roster="$OUT/roster-$n.csv"
  [ -s "$roster" ] || python3 tools/make-roster.py --rows "$n" > "$roster"
done

echo "| rows | outputs | run | wall (s) | user + sys CPU (s) | peak RSS (MiB) | --json (MB) | exit | load avg before |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|"
for n in $SIZES; do
  modes=(console "--json --csv --html")
  [ "$OUTPUTS" = console ] && modes=(console)
  [ "$OUTPUTS" = all ] && modes=("--json --csv --html")
  for outputs in "${modes[@]}"; do
    for run in $(seq 1 "$RUNS"); do
      load=$(cut -d' ' -f1 /proc/loadavg)
      args=(--roster "$OUT/roster-$n.csv" --as-of "$AS_OF" --lang en)
      if [ "$outputs" != console ]; then
        args+=(--json "$OUT/out.jsonl" --csv "$OUT/out.csv" --html "$OUT/out.html")
      fi
      set +e
      /usr/bin/time -f "%e %U %S %M" -o "$OUT/time.txt" dotnet "$dll" "${args[@]}" > "$OUT/console.txt" 2>&1
      code=$?
      set -e
      read -r wall user sys rss < "$OUT/time.txt"
      json_mb=$( [ -f "$OUT/out.jsonl" ] && echo $(( $(stat -c %s "$OUT/out.jsonl") / 1000000 )) || echo "-" )
      cpu=$(awk "BEGIN { print $user + $sys }")
      printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$outputs" "$run" "$wall" "$cpu" $(( rss / 1024 )) "$json_mb" "$code" "$load"
      rm -f "$OUT/out.jsonl" "$OUT/out.csv" "$OUT/out.html"
    done
  done
done
