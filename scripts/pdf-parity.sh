#!/usr/bin/env bash
# PDF parity report: for each PDF engine (pdfpig, poppler), each producer (LibreOffice corpus/pdf, Chromium
# corpus/pdf-chromium, the real DOCX/PDF pairs of ../shared/real) and each component, the agreement of the PDF
# extraction with its DOCX original's; corpus/pdf-variants adds one producer per variant (PDFs re-written by
# Ghostscript or cairo, other fonts, paper and footnotes: see its README). The table goes to stdout (Markdown), per-file
# scores to stderr. PRODUCER keeps only the producers whose name contains it (e.g. `variant`, `cairo`).
#   scripts/pdf-parity.sh [CORPUS_DIR] [REAL_DIR] [PRODUCER]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
dotnet build tools/Benchmark/Benchmark.csproj -c Release -nologo -v quiet -clp:NoSummary -p:NoWarn=NU1603 >&2
exec dotnet run -c Release --no-build --project tools/Benchmark -- --pdf-parity "${1:-corpus}" "${2:-../shared/real}" ${3:+"$3"}
