#!/usr/bin/env bash
# Installs what ThiDua.Ingest needs on a fresh Debian machine that has the .NET 10 SDK:
#   poppler-utils            PDF text layer engine (pdftohtml, pdfinfo)
#   libreoffice-writer-nogui legacy .doc / .rtf / .odt conversion, and the corpus' LibreOffice variants and PDFs
#   python3-uno              drives one warm LibreOffice per reader process (src/Extractors/Readers/Office/uno_convert.py)
#   tesseract-ocr(-vie)      OCR for scanned PDFs (Vietnamese data)
#   fonts-liberation2        metric-compatible Times New Roman for LibreOffice renderings
#   postgresql               the shared store for workers (tests start a private cluster on 127.0.0.1)
#   chromium                 the browser tests of the review web app (Playwright drives /usr/bin/chromium)
# then restores the NuGet packages. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(poppler-utils libreoffice-writer-nogui python3-uno tesseract-ocr tesseract-ocr-vie fonts-liberation2 fonts-dejavu-core postgresql chromium)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "setup: the .NET 10 SDK is required (dotnet not found on PATH)" >&2
  exit 1
fi

dotnet restore ThiDua.Ingest.sln --verbosity quiet
echo "setup: ready"
