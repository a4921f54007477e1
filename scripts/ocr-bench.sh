#!/usr/bin/env bash
# OCR benchmark (issue 11): ingests the scanned corpus (corpus/scan/*.pdf, image-only PDFs at 200 dpi) with the
# Release CLI, whose OCR reads pages in parallel (one single-threaded Tesseract per core), and prints pages per second
# over the wall-clock time, with the machine's core count and load average (the figure is only comparable at equal load).
# Usage: scripts/ocr-bench.sh [scan files...]   One run; do not loop it on a shared machine.
set -euo pipefail
cd "$(dirname "$0")/.."
files=("$@")
(( ${#files[@]} > 0 )) || files=(corpus/scan/*.pdf)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet build src/Ingest -c Release -nologo -v q >/dev/null
pages=0
for f in "${files[@]}"; do pages=$(( pages + $(pdfinfo "$f" | awk '/^Pages:/ {print $2}') )); done
load_before=$(cut -d' ' -f1 /proc/loadavg)
start=$(date +%s.%N)
dotnet src/Ingest/bin/Release/net10.0/thidua.dll ingest "${files[@]}" --out "$out" --timeout 3600 >"$out/log.txt" 2>&1 || { cat "$out/log.txt"; exit 1; }
end=$(date +%s.%N)
awk -v p="$pages" -v s="$start" -v e="$end" -v c="$(nproc)" -v l="$load_before" -v n="${#files[@]}" \
    'BEGIN { t = e - s; printf "OCR: %d files, %d pages in %.1f s = %.3f pages/s on %d cores (load average before: %s)\n", n, p, t, p / t, c, l }'
