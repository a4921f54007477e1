#!/usr/bin/env python3
"""Retypes a Word .docx in a pre-Unicode Vietnamese encoding, as an office of the 1990s-2000s typed it.

  make-legacy.py MODE source.docx target.docx

  tcvn3       every text run gets the .VnTime font and its letters the ABC codes; capital letters the ABC lowercase
              font cannot show are typed in .VnTimeH with the lowercase codes (the "H" fonts show every code as a
              capital).
  vni         every run gets VNI-Times and its letters the VNI-Windows base-and-mark sequences (then LibreOffice may
              save it as .doc: see make.sh).
  vni-nofont  the VNI codes, the fonts left as they were (a legacy document whose font was changed, or text pasted
              from one): only the text tells it is legacy.
  tcvn3-style the ABC codes with the font set once in the styles and the document defaults, as legacy templates did;
              runs name a font only for .VnTimeH capitals.
  unicode-style  the Unicode text left as it is, in a document whose styles say .VnTime (a Unicode report made from an
              old template): nothing may be decoded.
  mixed       a document put together from pieces: body paragraphs in threes alternately Unicode and TCVN3, table cells VNI,
              footnotes TCVN3, headers and footers VNI; runs in symbol fonts (Symbol, Wingdings...) stay as they are.

Every text part is retyped (body, footnotes, endnotes, headers, footers, comments, text boxes); field instructions,
symbol-font runs and everything but <w:t> text stay. The code tables are the pipeline's own data files
(src/Extractors/Knowledge/legacy-*.tsv), checked character by character by the tests.
"""
import re, sys, unicodedata, zipfile
from xml.sax.saxutils import escape

DATA = 'src/Extractors/Knowledge/legacy-'
SYMBOL_FONTS = ('symbol', 'wingdings', 'webdings', 'zapfdingbats', 'mt extra', 'marlett')
TEXT_PARTS = re.compile(r'word/(document|footnotes|endnotes|comments|header\d*|footer\d*)\.xml$')


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
    text = unicodedata.normalize('NFC', text)
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


def vni_segments(text, encode, font='VNI-Times'):
    return [(font, ''.join(encode.get(ch, ch) for ch in unicodedata.normalize('NFC', text)))]


def unicode_segments(text):
    return [(None, text)]


# An innermost run (a run holding a text box holds runs and is walked into), a paragraph start, a table cell start or end.
TOKEN = re.compile(r'(?P<run><w:r(?:\s[^>]*)?>(?:(?!<w:r[\s>]|</w:r>).)*?</w:r>)|(?P<p><w:p[\s>])|(?P<tc><w:tc[\s>])|(?P<tcend></w:tc>)', re.S)
TEXT = re.compile(r'<w:t(?:\s[^>]*)?>([^<]*)</w:t>')
FONTS = re.compile(r'<w:rFonts\b[^>]*/>')


def unescape(s): return s.replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"').replace('&apos;', "'").replace('&amp;', '&')


def split_run(run):
    """(attributes, rPr inner xml, content xml) of a run; the rPr found by nesting (w:rPrChange holds an rPr)."""
    m = re.match(r'<w:r(\s[^>]*)?>', run)
    attrs, body = m.group(1) or '', run[m.end():-len('</w:r>')]
    if not body.startswith('<w:rPr>'): return attrs, None, body
    depth, i = 0, 0
    for t in re.finditer(r'<w:rPr>|</w:rPr>', body):
        depth += 1 if t.group(0) == '<w:rPr>' else -1
        if depth == 0: i = t.end(); break
    return attrs, body[len('<w:rPr>'):i - len('</w:rPr>')], body[i:]


def is_symbol_font(props):
    fonts = FONTS.search(props or '')
    names = re.findall(r'w:(?:ascii|hAnsi)="([^"]*)"', fonts.group(0)) if fonts else []
    return any(n.lower().startswith(SYMBOL_FONTS) for n in names)


def with_font(props, font):
    """The run properties with the font replaced (None: as they were; '': none of its own, the style's applies);
    w:rFonts goes after w:rStyle, as the schema orders them. A tracked format change (w:rPrChange) keeps its own."""
    if font is None: return props
    head, change, tail = (props or '').partition('<w:rPrChange')
    own = FONTS.sub('', head, count=1) + change + tail
    if font == '': return own
    fonts = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
    style = re.match(r'<w:rStyle\b[^>]*/>', own)
    return own[:style.end()] + fonts + own[style.end():] if style else fonts + own


def retype_run(run, segments, keep_font=False):
    attrs, props, content = split_run(run)
    if is_symbol_font(props) or not TEXT.search(content): return run
    out, last = [], 0

    def emit(font, xml):
        if keep_font: font = None
        p = with_font(props, font)
        out.append(f'<w:r{attrs}>' + (f'<w:rPr>{p}</w:rPr>' if p else '') + xml + '</w:r>')

    for t in TEXT.finditer(content):
        if content[last:t.start()]: emit(None, content[last:t.start()])
        for font, piece in segments(unescape(t.group(1))):
            emit(font, f'<w:t xml:space="preserve">{escape(piece)}</w:t>')
        last = t.end()
    if content[last:]: emit(None, content[last:])
    return ''.join(out)


def retype(xml, choose, keep_font=False):
    """Retypes every run; choose(paragraph index, in a table cell) gives the segments function for the run."""
    out, last, paragraph, cells = [], 0, 0, 0
    for m in TOKEN.finditer(xml):
        if m.group('p'): paragraph += 1; continue
        if m.group('tc'): cells += 1; continue
        if m.group('tcend'): cells -= 1; continue
        out.append(xml[last:m.start()])
        out.append(retype_run(m.group('run'), choose(paragraph, cells > 0), keep_font))
        last = m.end()
    out.append(xml[last:])
    return ''.join(out)


def style_fonts(styles, font):
    """The styles part with every style's and the defaults' text font set to font (theme fonts dropped)."""
    styles = re.sub(r'<w:rFonts\b[^>]*/>', f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>', styles)
    defaults = re.search(r'<w:rPrDefault>\s*<w:rPr>', styles)
    if defaults and '<w:rFonts' not in styles[defaults.end():styles.index('</w:rPrDefault>')]:
        styles = styles[:defaults.end()] + f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>' + styles[defaults.end():]
    return styles


def main(mode, source, target):
    tcvn3, vni = table('tcvn3.tsv'), table('vni.tsv')
    tcvn3_run = lambda t: tcvn3_segments(t, tcvn3)
    vni_run = lambda t: vni_segments(t, vni)
    # in tcvn3-style the styles carry .VnTime: runs name only the capitals font
    styled_run = lambda t: [('' if f == '.VnTime' else f, s) for f, s in tcvn3_segments(t, tcvn3)]
    choosers = {
        'tcvn3': lambda part: lambda p, cell: tcvn3_run,
        'vni': lambda part: lambda p, cell: vni_run,
        'vni-nofont': lambda part: lambda p, cell: vni_run,
        'tcvn3-style': lambda part: lambda p, cell: styled_run,
        'unicode-style': lambda part: lambda p, cell: lambda t: [('', t)],
        'mixed': lambda part: (lambda p, cell: vni_run if cell else (tcvn3_run if p // 3 % 2 else unicode_segments)) if part == 'document'
                 else (lambda p, cell: tcvn3_run) if part in ('footnotes', 'endnotes') else (lambda p, cell: vni_run),
    }
    if mode not in choosers: sys.exit('mode: ' + ', '.join(choosers))
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            part = TEXT_PARTS.match(item.filename)
            if part:
                name = re.sub(r'\d+$', '', part.group(1))
                data = retype(data.decode('utf-8'), choosers[mode](name), keep_font=mode == 'vni-nofont').encode('utf-8')
            elif mode in ('tcvn3-style', 'unicode-style') and item.filename == 'word/styles.xml':
                data = style_fonts(data.decode('utf-8'), '.VnTime').encode('utf-8')
            item.date_time = (2024, 1, 1, 0, 0, 0)
            zout.writestr(item, data)


if __name__ == '__main__':
    main(*sys.argv[1:4])
