#!/usr/bin/env bash
# Builds the corpus renditions from the hand-written sources (run from the repository root):
#   corpus/sources/NNN.tdm -> corpus/docx/NNN.docx        (tools/CorpusMaker, typed numbering)
#                             corpus/docx/003-autonum.docx (Word automatic numbering for the headings)
#                             corpus/docx-lo/NNN.docx      (the same document saved by LibreOffice)
#                             corpus/pdf/NNN.pdf           (LibreOffice export)
#   corpus/pdf/000.pdf, 003.pdf -> corpus/scan/NNN-clean.pdf, NNN-skew.pdf (200 dpi image-only scans, see below)
#   corpus/docx/001.docx -> corpus/legacy/001-tcvn3.docx, corpus/docx/002.docx -> corpus/legacy/002-vni.doc
#                             (make-legacy.py: the same reports typed in pre-Unicode TCVN3 and VNI fonts)
#                             corpus/pdf-chromium/NNN.pdf  (LibreOffice HTML, printed to PDF by headless Chromium:
#                                                           a second producer, footnotes as internal links, landscape
#                                                           sections on landscape pages: make-chromium-html.py)
# Idempotent: the .docx are byte-reproducible, and a document whose bytes did not change keeps its docx-lo/pdf
# renditions (FORCE=1 redoes them). Needs dotnet, LibreOffice (soffice) and a Times New Roman
# metric-compatible font with Vietnamese glyphs (fonts-liberation2: Liberation Serif).
set -euo pipefail

cd "$(dirname "$0")/.."
corpus=corpus
tool_project=tools/CorpusMaker/CorpusMaker.csproj
tool_dll=tools/CorpusMaker/bin/Release/net10.0/CorpusMaker.dll
autonum_source=003

work=$(mktemp -d)
profile="/tmp/lo-profile-$$"
trap 'rm -rf "$work" "$profile"' EXIT

fail() { echo "make.sh: $*" >&2; exit 1; }

command -v dotnet >/dev/null || fail "dotnet not found"
command -v soffice >/dev/null || fail "soffice not found (apt-get install libreoffice-writer)"
if ! fc-match "Times New Roman" | grep -qi -E "times|liberation serif|tinos"; then
    fail "no Times New Roman compatible font (apt-get install fonts-liberation2)"
fi

shopt -s nullglob
sources=("$corpus"/sources/[0-9][0-9][0-9].tdm)
(( ${#sources[@]} > 0 )) || fail "no sources in $corpus/sources"

if ! dotnet build "$tool_project" -c Release -nologo -v q >"$work/build.log" 2>&1; then
    cat "$work/build.log" >&2
    fail "building $tool_project failed"
fi

mkdir -p "$corpus/docx" "$corpus/docx-lo" "$corpus/pdf"

make_docx() { # source output [options]; the maker's warnings (malformed markup) are shown, its notes only with VERBOSE=1
    if ! dotnet "$tool_dll" "$@" >"$work/maker.out" 2>"$work/maker.log"; then
        cat "$work/maker.log" >&2
        fail "CorpusMaker failed on $1"
    fi
    cat "$work/maker.log" >&2
    if [[ -n "${VERBOSE:-}" ]]; then cat "$work/maker.out"; fi
}

soffice_convert() { # format outdir inputs...
    local format=$1 outdir=$2
    shift 2
    if ! soffice "-env:UserInstallation=file://$profile" --headless --norestore \
            --convert-to "$format" --outdir "$outdir" "$@" >"$work/soffice.log" 2>&1; then
        cat "$work/soffice.log" >&2
        fail "LibreOffice could not convert to $format: $*"
    fi
}

built=()
converted=()
built_autonum=""
mkdir -p "$work/new"
for source in "${sources[@]}"; do
    name=$(basename "$source" .tdm)
    make_docx "$source" "$work/new/$name.docx"
    if [[ "$name" == "$autonum_source" ]]; then
        make_docx "$source" "$corpus/docx/$name-autonum.docx" --auto-numbering
        built_autonum=" and $name-autonum.docx"
    fi
    built+=("$name")
    # CorpusMaker's output is byte-reproducible: an unchanged document keeps its LibreOffice renditions
    # (their bytes carry timestamps), unless FORCE=1.
    if [[ -z "${FORCE:-}" && -s "$corpus/docx-lo/$name.docx" && -s "$corpus/pdf/$name.pdf" && -s "$corpus/doc/$name.doc" ]] \
            && cmp -s "$work/new/$name.docx" "$corpus/docx/$name.docx"; then
        continue
    fi
    mv -f "$work/new/$name.docx" "$corpus/docx/$name.docx"
    converted+=("$name")
done

if (( ${#converted[@]} > 0 )); then
    # One LibreOffice run per target format (start-up dominates); it writes into a scratch dir under the input's
    # name, so a failure leaves no half-written file in the corpus.
    inputs=()
    for name in "${converted[@]}"; do inputs+=("$corpus/docx/$name.docx"); done
    soffice_convert 'docx:MS Word 2007 XML' "$work/lo" "${inputs[@]}"
    soffice_convert pdf "$work/pdf" "${inputs[@]}"
    soffice_convert 'doc:MS Word 97' "$work/doc" "${inputs[@]}"
fi

for name in "${converted[@]}"; do
    [[ -s "$work/lo/$name.docx" ]] || fail "LibreOffice wrote no $name.docx"
    [[ -s "$work/pdf/$name.pdf" ]] || fail "LibreOffice wrote no $name.pdf"
    [[ -s "$work/doc/$name.doc" ]] || fail "LibreOffice wrote no $name.doc"
    mkdir -p "$corpus/doc"
    mv -f "$work/doc/$name.doc" "$corpus/doc/$name.doc"
    mv -f "$work/lo/$name.docx" "$corpus/docx-lo/$name.docx"
    mv -f "$work/pdf/$name.pdf" "$corpus/pdf/$name.pdf"

    # The PDF must carry the Vietnamese text (a missing font shows up as lost diacritics).
    if command -v pdftotext >/dev/null; then
        pdftotext "$corpus/pdf/$name.pdf" "$work/text.txt"
        grep -q '[ạảấầậắằẳặẹẻếềểệịọỏốồổộớờởợụủứừửựỳỵỷỹđĐ]' "$work/text.txt" \
            || fail "$corpus/pdf/$name.pdf has no Vietnamese diacritics (font problem?)"
    fi
done

# Scanned renditions (issue 11): two reports' PDF pages rendered at 200 dpi and assembled into image-only PDFs, one
# clean and one skewed by 1.5 degrees with Gaussian noise (seeded, so reproducible). Black and white (1-bit grey, as
# office scanners save documents; PNG/Flate inside the PDF) to keep the four files small. Redone when missing or FORCE=1.
# Needs pdftoppm (poppler-utils), ImageMagick (convert) and img2pdf.
scan_sources=(000 003)
make_scan() { # name
    local name=$1 dir="$work/scan/$1"
    [[ -z "${FORCE:-}" && -s "$corpus/scan/$name-clean.pdf" && -s "$corpus/scan/$name-skew.pdf" ]] && return 0
    command -v img2pdf >/dev/null || fail "img2pdf not found (apt-get install img2pdf)"
    mkdir -p "$dir" "$corpus/scan"
    pdftoppm -r 200 -gray "$corpus/pdf/$name.pdf" "$dir/page"
    local clean=() skew=()
    for page in "$dir"/page-*.pgm; do
        convert "$page" -density 200 -units PixelsPerInch -threshold 55% -type bilevel "${page%.pgm}-clean.png"
        convert -seed 11 "$page" -density 200 -units PixelsPerInch -background white -rotate 1.5 +repage \
            -attenuate 1.5 +noise Gaussian -threshold 55% -type bilevel "${page%.pgm}-skew.png"
        clean+=("${page%.pgm}-clean.png")
        skew+=("${page%.pgm}-skew.png")
    done
    img2pdf "${clean[@]}" -o "$corpus/scan/$name-clean.pdf"
    img2pdf "${skew[@]}" -o "$corpus/scan/$name-skew.pdf"
}
for name in "${scan_sources[@]}"; do make_scan "$name"; done
# Legacy encodings: 001 retyped in TCVN3 (ABC fonts) as .docx, 002 retyped in VNI and saved as Word 97 .doc
# (corpus/make-legacy.py; the .doc carries timestamps, so it is redone only when missing or with FORCE=1).
mkdir -p "$corpus/legacy"
python3 "$corpus/make-legacy.py" tcvn3 "$corpus/docx/001.docx" "$corpus/legacy/001-tcvn3.docx"
if [[ -n "${FORCE:-}" || ! -s "$corpus/legacy/002-vni.doc" ]]; then
    python3 "$corpus/make-legacy.py" vni "$corpus/docx/002.docx" "$work/002-vni.docx"
    soffice_convert 'doc:MS Word 97' "$work/legacy" "$work/002-vni.docx"
    mv -f "$work/legacy/002-vni.doc" "$corpus/legacy/002-vni.doc"
fi

# The second PDF producer: the Word document as HTML (LibreOffice's HTML writer keeps footnotes as links to notes at
# the end), its landscape sections put back on landscape pages (CSS named pages: the HTML writer keeps only the first
# section's page, and Chromium would clip a wide table), printed by headless Chromium. Redone with the other
# renditions, or when missing.
make_chromium_pdf() { # name
    local name=$1 html="$work/html/$1.html"
    [[ -s "$html" ]] || fail "LibreOffice wrote no $name.html"
    python3 "$corpus/make-chromium-html.py" "$corpus/docx/$name.docx" "$html" || fail "could not set the pages of $html"
    if ! timeout 120 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
            "--user-data-dir=$work/chromium" "--print-to-pdf=$work/$name.chromium.pdf" "file://$html" >"$work/chromium.log" 2>&1 \
            || [[ ! -s "$work/$name.chromium.pdf" ]]; then
        cat "$work/chromium.log" >&2
        fail "Chromium could not print $html"
    fi
    mv -f "$work/$name.chromium.pdf" "$corpus/pdf-chromium/$name.pdf"
}

if command -v chromium >/dev/null; then
    mkdir -p "$corpus/pdf-chromium"
    redo=("${converted[@]}")
    for name in "${built[@]}"; do
        [[ -s "$corpus/pdf-chromium/$name.pdf" ]] || redo+=("$name")
    done
    if (( ${#redo[@]} > 0 )); then
        mapfile -t redo < <(printf '%s\n' "${redo[@]}" | sort -u)
        inputs=()
        for name in "${redo[@]}"; do inputs+=("$corpus/docx/$name.docx"); done
        soffice_convert 'html:HTML (StarWriter):UTF8' "$work/html" "${inputs[@]}"
        for name in "${redo[@]}"; do make_chromium_pdf "$name"; done
    fi
else
    echo "make.sh: chromium not found, corpus/pdf-chromium left as it is" >&2
fi

echo "corpus: ${built[*]} -> docx$built_autonum; LibreOffice docx-lo/pdf/doc redone for: ${converted[*]:-none (unchanged)}"
