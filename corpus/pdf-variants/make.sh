#!/usr/bin/env bash
# Remakes the PDF variants (see README.md): corpus PDFs re-written by other programs, and corpus reports changed in
# their fonts, paper or footnotes and exported by LibreOffice, with what the PDF reader leans on (link annotations,
# a structure tree, Liberation Serif on A4, notes two points under the body with superscript markers) taken away.
# Run from anywhere after corpus/make.sh. Needs Ghostscript, qpdf, poppler-utils (pdftocairo) and LibreOffice; these
# are for making the files only: the tests read the committed PDFs. Not byte-reproducible (producers stamp dates).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
corpus="$(dirname "$here")"
work=$(mktemp -d)
profile="$work/lo-profile"
trap 'rm -rf "$work"' EXIT

fail() { echo "pdf-variants/make.sh: $*" >&2; exit 1; }
for tool in gs qpdf fix-qdf pdftocairo soffice python3; do
    command -v "$tool" >/dev/null || fail "$tool not found (apt-get install ghostscript qpdf poppler-utils libreoffice-writer)"
done

# Ghostscript's pdfwrite re-encodes the fonts and drops the link annotations (and any structure tree).
ghostscript() { # corpus-name variant-name
    gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -dPreserveAnnots=false \
        "-sOutputFile=$here/$2.pdf" "$corpus/pdf/$1.pdf" || fail "Ghostscript failed on $1"
}

# Cairo redraws every page: no annotations, no structure, fonts re-subset (as print-to-PDF drivers do).
cairo() { # corpus-name variant-name
    pdftocairo -pdf "$corpus/pdf/$1.pdf" "$here/$2.pdf" || fail "pdftocairo failed on $1"
}

# A changed DOCX (kept beside its PDF: it is the original the PDF is scored against), exported by LibreOffice without
# tags, then its link annotations removed (LibreOffice always links footnote markers to their notes).
libreoffice() { # corpus-name variant-name edit-options...
    local name=$1 variant=$2
    shift 2
    python3 "$here/edit-docx.py" "$corpus/docx/$name.docx" "$here/$variant.docx" "$@"
    soffice "-env:UserInstallation=file://$profile" --headless --norestore \
        --convert-to 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"false"}}' \
        --outdir "$work" "$here/$variant.docx" >"$work/soffice.log" 2>&1 || { cat "$work/soffice.log" >&2; fail "LibreOffice failed on $variant"; }
    [[ -s "$work/$variant.pdf" ]] || fail "LibreOffice wrote no $variant.pdf"
    without_links "$work/$variant.pdf" "$here/$variant.pdf"
}

without_links() { # in out
    qpdf --qdf --object-streams=disable "$1" "$work/qdf.pdf"
    python3 - "$work/qdf.pdf" <<'EOF'
import re, sys
path = sys.argv[1]
data = open(path, 'rb').read()
data = re.sub(rb'/Annots\s*(\[[^\]]*\]|\d+ \d+ R)', b'', data)
open(path, 'wb').write(data)
EOF
    fix-qdf <"$work/qdf.pdf" >"$work/fixed.pdf"
    qpdf --object-streams=generate --compress-streams=y "$work/fixed.pdf" "$2"
}

ghostscript 000 000-gs
ghostscript 001 001-gs
cairo 002 002-cairo
cairo 000 000-cairo
libreoffice 001 001-dejavu-letter --font "DejaVu Serif" --paper letter
libreoffice 002 002-notes13-raised --note-size 13 --marker-raise 4,9
libreoffice 000 000-longnote --long-note 4,2400
libreoffice 001 001-longnotes --long-note 3,2000 --long-note 13,2000 --note-size 10
# Chromium's print of the HTML rendition without its links: notes at body size gathered at the end, plain numbers.
without_links "$corpus/pdf-chromium/002.pdf" "$here/002-chromium-nolinks.pdf"

for pdf in "$here"/*.pdf; do
    pdftotext "$pdf" "$work/text.txt"
    grep -q '[ạảấầậắằẳặẹẻếềểệịọỏốồổộớờởợụủứừửựỳỵỷỹđĐ]' "$work/text.txt" || fail "$pdf lost its Vietnamese text"
    qpdf --qdf --object-streams=disable "$pdf" "$work/check.pdf"
    if grep -qa '/Annots' "$work/check.pdf"; then fail "$pdf still has annotations"; fi
done
echo "pdf-variants: $(cd "$here" && ls *.pdf | tr '\n' ' ')"
