#!/usr/bin/env bash
# Bulk throughput of the warm reader processes, through the CLI as users run it (Release build):
#   .doc: the corpus .doc files copied N times under distinct names, one `thidua ingest` over all of them
#         (warm LibreOffice per reader process; startup of the processes and of LibreOffice included);
#   pdf:  the corpus PDFs copied N times, the pooled PDF route;
#   cold: for comparison, one `soffice --convert-to docx` start per file on the original .doc files (conversion only,
#         as the pipeline did before the warm route).
# Prints files/s for each. Usage: scripts/bench-readers.sh [--copies N] (default 20)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
copies=20
if [ "${1:-}" = "--copies" ]; then copies="$2"; fi

dotnet build src/Ingest/ThiDua.Ingest.csproj -c Release -nologo -v quiet -clp:NoSummary >&2
thidua="$root/src/Ingest/bin/Release/net10.0/thidua"
work="$(mktemp -d /tmp/thidua-bench-readers-XXXXXX)"
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
rate() { awk -v n="$1" -v s="$2" -v e="$3" 'BEGIN { printf "%d files in %.1f s: %.2f files/s", n, e - s, n / (e - s) }'; }
# CPU seconds (user + system) of this script's finished children, so far: the load-independent cost
# (`times` must not run in a pipe or a $(...): a subshell has no children of its own)
children_cpu() { times > "$work/times"; tail -1 "$work/times" | awk '{ split($1, u, /[ms]/); split($2, s, /[ms]/); printf "%.2f", u[1] * 60 + u[2] + s[1] * 60 + s[2] }'; }
cpu_per_file() { awk -v n="$1" -v a="$2" -v b="$3" 'BEGIN { printf "; CPU %.2f s/file (%.1f files per CPU-second)\n", (b - a) / n, n / (b - a) }'; }

bulk() { # kind
  local kind="$1" input="$work/$1" count
  mkdir -p "$input"
  for i in $(seq 1 "$copies"); do
    # trailing bytes make each copy its own source for the store (readers ignore them), so none is skipped
    for f in corpus/"$kind"/*."$kind"; do
      cp "$f" "$input/$(basename "$f" ."$kind")-copy$i.$kind"
      printf '\n%% copy %d\n' "$i" >> "$input/$(basename "$f" ."$kind")-copy$i.$kind"
    done
  done
  count=$(find "$input" -type f | wc -l)
  local start end cpu0 cpu1
  children_cpu > "$work/cpu0"; start=$(now)
  "$thidua" ingest "$input" --out "$work/out-$kind" --store "$work/store-$kind.db" 2>"$work/$kind.log" || { tail -3 "$work/$kind.log" >&2; }
  end=$(now); children_cpu > "$work/cpu1"; cpu0=$(cat "$work/cpu0"); cpu1=$(cat "$work/cpu1")
  local failed
  failed=$(find "$work/out-$kind" -name '*.error.json' | wc -l)
  printf '%-5s warm, %s cores: ' "$kind" "$(nproc)"; rate "$count" "$start" "$end"; cpu_per_file "$count" "$cpu0" "$cpu1"
  [ "$failed" -eq 0 ] || echo "      $failed files failed (see their .error.json)"
}

bulk doc
bulk pdf

children_cpu > "$work/cpu0"; start=$(now)
for f in corpus/doc/*.doc; do
  soffice "-env:UserInstallation=file://$work/profile-$(basename "$f")" --headless --norestore --infilter="MS Word 97" \
    --convert-to "docx:MS Word 2007 XML" --outdir "$work/cold" "$f" >/dev/null 2>&1
done
end=$(now); children_cpu > "$work/cpu1"; cpu0=$(cat "$work/cpu0"); cpu1=$(cat "$work/cpu1")
printf 'doc   cold, one LibreOffice start per file, one at a time, conversion only: '; rate 5 "$start" "$end"; cpu_per_file 5 "$cpu0" "$cpu1"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
