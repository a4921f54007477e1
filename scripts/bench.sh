#!/usr/bin/env bash
# Builds the benchmark (tools/Benchmark) in Release and runs it on the corpus with the defaults:
# every .docx and .pdf under corpus/, 20× over per pass, median of 3 passes, sequential and parallel.
# The table goes to stdout, progress to stderr. Extra arguments are passed on, e.g.
#   scripts/bench.sh --out bench.json
#   scripts/bench.sh --corpus corpus/docx --repeat 5 --runs 5
#   scripts/bench.sh --pdf-engines [FOLDER...]   both PDF engines side by side beside pdftohtml alone (warm, one file
#                                                at a time; default folder corpus/pdf); its last line is the whole
#                                                pipeline's pages/s on the default route
#   scripts/bench.sh --pdf-stages [FOLDER...]    where the whole PDF pipeline's time goes, step by step (wall, CPU of
#                                                every process, bytes allocated)
#   scripts/bench.sh --large-docx [N...]         synthetic Word documents of N paragraphs (default 10000 80000 340000,
#                                                the last the size of the largest document the reader accepts): pipeline,
#                                                JSON and store save, paragraphs/s per size, so that growth shows
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
dotnet build tools/Benchmark/Benchmark.csproj -c Release -nologo -v quiet -clp:NoSummary -p:NoWarn=NU1603 >&2
if [[ "${1:-}" == "--pdf-engines" || "${1:-}" == "--pdf-stages" || "${1:-}" == "--large-docx" ]]; then
    exec dotnet run -c Release --no-build --project tools/Benchmark -- "$@"
fi
exec dotnet run -c Release --no-build --project tools/Benchmark -- --corpus corpus "$@"
