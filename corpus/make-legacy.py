#!/usr/bin/env python3
"""Retypes a corpus .docx in a pre-Unicode Vietnamese encoding, as an office of the 1990s-2000s typed it.

  make-legacy.py tcvn3 corpus/docx/001.docx corpus/legacy/001-tcvn3.docx
  make-legacy.py vni   corpus/docx/002.docx out.docx   (then LibreOffice saves it as .doc: see make.sh)

TCVN3 (ABC): every text run gets the .VnTime font and its letters the ABC codes; capital letters the ABC lowercase
font cannot show are typed in .VnTimeH with the lowercase codes (the "H" fonts show every code as a capital).
VNI: every run gets VNI-Times and its letters the VNI-Windows base-and-mark sequences. The code tables are the
pipeline's own data files (src/Extractors/Knowledge/legacy-*.tsv), checked character by character by the tests.
"""
import re, sys, unicodedata, zipfile
from xml.sax.saxutils import escape

DATA = 'src/Extractors/Knowledge/legacy-'

def table(name):
    rows = {}
    header = False
    for line in open(DATA + name, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line or line.startswith('#'): continue
        if not header: header = True; continue
        legacy, uni = line.split('\t')
        rows.setdefault(uni, legacy)
    return rows

ABC_CAPITALS = 'ĂÂÊÔƠƯĐ'  # the only capitals the ABC lowercase fonts carry (0xA1-0xA7)

def tcvn3_segments(text, encode):
    """(font, text) pieces: a run in capitals goes to .VnTimeH whole, typed in lowercase codes; in a mixed run, a
    capital the ABC lowercase font cannot show goes to .VnTimeH alone."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return [('.VnTimeH', ''.join(encode.get(c, c) for c in text.lower()))]
    pieces = []
    for ch in text:
        if ch in encode and (not ch.isupper() or ch in ABC_CAPITALS):
            font, code = '.VnTime', encode[ch]
        elif ch.lower() in encode and ch != ch.lower():
            font, code = '.VnTimeH', encode[ch.lower()]
        else:
            font, code = '.VnTime', ch
        if pieces and pieces[-1][0] == font: pieces[-1][1].append(code)
        else: pieces.append((font, [code]))
    return [(f, ''.join(c)) for f, c in pieces]

def vni_segments(text, encode):
    return [('VNI-Times', ''.join(encode.get(ch, ch) for ch in unicodedata.normalize('NFC', text)))]

RUN = re.compile(r'<w:r>(?:<w:rPr>((?:(?!</w:r>).)*?)</w:rPr>)?<w:t(?: xml:space="preserve")?>([^<]*)</w:t></w:r>', re.S)

def unescape(s): return s.replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"').replace('&apos;', "'").replace('&amp;', '&')

def retype(xml, segments):
    def run(m):
        props = re.sub(r'<w:rFonts[^>]*/>', '', m.group(1) or '')
        out = []
        for font, piece in segments(unescape(m.group(2))):
            fonts = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}" />'
            out.append(f'<w:r><w:rPr>{fonts}{props}</w:rPr><w:t xml:space="preserve">{escape(piece)}</w:t></w:r>')
        return ''.join(out)
    return RUN.sub(run, xml)

def main(encoding, source, target):
    if encoding == 'tcvn3':
        encode = table('tcvn3.tsv'); segments = lambda t: tcvn3_segments(t, encode)
    elif encoding == 'vni':
        encode = table('vni.tsv'); segments = lambda t: vni_segments(t, encode)
    else:
        sys.exit('encoding: tcvn3 or vni')
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename in ('word/document.xml', 'word/footnotes.xml'):
                data = retype(data.decode('utf-8'), segments).encode('utf-8')
            item.date_time = (2024, 1, 1, 0, 0, 0)
            zout.writestr(item, data)

if __name__ == '__main__':
    main(*sys.argv[1:4])
