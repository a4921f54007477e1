#!/usr/bin/env bash
# Builds the corpus renditions from the hand-written sources (run from the repository root):
#   corpus/sources/NNN.tdm -> corpus/docx/NNN.docx        (tools/CorpusMaker, typed numbering)
#                             corpus/docx/003-autonum.docx (Word automatic numbering for the headings)
#                             corpus/docx-lo/NNN.docx      (the same document saved by LibreOffice)
#                             corpus/pdf/NNN.pdf           (LibreOffice export)
# Idempotent: every run rebuilds all outputs. Needs dotnet, LibreOffice (soffice) and a Times New Roman
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

make_docx() { # source output [options]
    if ! dotnet "$tool_dll" "$@" 2>"$work/maker.log"; then
        cat "$work/maker.log" >&2
        fail "CorpusMaker failed on $1"
    fi
    if [[ -s "$work/maker.log" && -n "${VERBOSE:-}" ]]; then cat "$work/maker.log" >&2; fi
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
built_autonum=""
docx_files=()
for source in "${sources[@]}"; do
    name=$(basename "$source" .tdm)
    make_docx "$source" "$corpus/docx/$name.docx"
    if [[ "$name" == "$autonum_source" ]]; then
        make_docx "$source" "$corpus/docx/$name-autonum.docx" --auto-numbering
        built_autonum=" and $name-autonum.docx"
    fi
    docx_files+=("$corpus/docx/$name.docx")
    built+=("$name")
done

# One LibreOffice run per target format (start-up dominates); it writes into a scratch dir under the input's name,
# so a failure leaves no half-written file in the corpus.
soffice_convert 'docx:MS Word 2007 XML' "$work/lo" "${docx_files[@]}"
soffice_convert pdf "$work/pdf" "${docx_files[@]}"

for name in "${built[@]}"; do
    [[ -s "$work/lo/$name.docx" ]] || fail "LibreOffice wrote no $name.docx"
    [[ -s "$work/pdf/$name.pdf" ]] || fail "LibreOffice wrote no $name.pdf"
    mv -f "$work/lo/$name.docx" "$corpus/docx-lo/$name.docx"
    mv -f "$work/pdf/$name.pdf" "$corpus/pdf/$name.pdf"

    # The PDF must carry the Vietnamese text (a missing font shows up as lost diacritics).
    if command -v pdftotext >/dev/null; then
        pdftotext "$corpus/pdf/$name.pdf" "$work/text.txt"
        grep -q '[ạảấầậắằẳặẹẻếềểệịọỏốồổộớờởợụủứừửựỳỵỷỹđĐ]' "$work/text.txt" \
            || fail "$corpus/pdf/$name.pdf has no Vietnamese diacritics (font problem?)"
    fi
done

echo "corpus: built ${built[*]} (docx, docx-lo, pdf)$built_autonum"
