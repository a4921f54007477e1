#!/usr/bin/env python3
"""Makes a changed copy of a corpus .docx, to print PDFs that differ from the corpus' in what the PDF reader leans on.

  edit-docx.py IN OUT [--font NAME] [--paper letter] [--note-size PT] [--marker-raise PT,SIZE] [--long-note N,CHARS]...

--font NAME          every run in font NAME instead of Times New Roman (styles, body, notes)
--paper letter       US Letter pages (landscape sections stay landscape)
--note-size PT       footnote text in PT points (the corpus sets it at 12 under a 14-point body)
--marker-raise R,S   footnote markers (in the text and before the note) raised R points in S-point type, as a position
                     instead of Word's superscript alignment
--no-borders         tables without ruling lines (table and cell borders set to none)
--long-note N,CHARS  the plain body paragraphs that follow the paragraph citing note N move into note N as more
                     paragraphs, until it holds CHARS characters: a long note, which runs over the page when its
                     citation stands low on one (repeatable)

The package is rewritten part by part with regular expressions on the XML CorpusMaker writes (one <w:p> per paragraph,
no nesting outside tables), so the parts the edits do not touch keep their bytes.
"""
import argparse, re, zipfile

W_P = re.compile(r'<w:p>.*?</w:p>|<w:p .*?</w:p>', re.S)


def fonts(xml, name):
    return re.sub(r'(w:(?:ascii|hAnsi|eastAsia|cs))="[^"]*"', lambda m: f'{m.group(1)}="{name}"', xml)


def letter(xml):
    xml = xml.replace('<w:pgSz w:w="11906" w:h="16838" />', '<w:pgSz w:w="12240" w:h="15840" />')
    return xml.replace('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape" />',
                       '<w:pgSz w:w="15840" w:h="12240" w:orient="landscape" />')


def sizes(xml, half_points):
    return re.sub(r'<w:(sz|szCs) w:val="\d+" />', lambda m: f'<w:{m.group(1)} w:val="{half_points}" />', xml)


def no_borders(xml):
    return re.sub(r'<w:(tbl|tc)Borders>.*?</w:(tbl|tc)Borders>',
                  lambda m: re.sub(r'w:val="(?!none|nil)[a-zA-Z]+"', 'w:val="nil"', m.group(0)), xml, flags=re.S)


def style_block(styles, style_id, edit):
    pattern = re.compile(r'<w:style [^>]*w:styleId="%s">.*?</w:style>' % re.escape(style_id), re.S)
    match = pattern.search(styles)
    if not match:
        raise SystemExit(f'edit-docx.py: no style {style_id}')
    return styles[:match.start()] + edit(match.group(0)) + styles[match.end():]


def body_elements(document):
    """The top-level elements of <w:body>: (start, end) spans of paragraphs and tables, in order."""
    body = document.index('<w:body>') + len('<w:body>')
    end = document.index('<w:sectPr', body) if '<w:sectPr' in document[body:] else document.index('</w:body>')
    spans, i = [], body
    while i < end:
        if document.startswith('<w:tbl>', i):
            depth, j = 0, i
            while True:
                o, c = document.find('<w:tbl>', j), document.find('</w:tbl>', j)
                if o != -1 and o < c:
                    depth, j = depth + 1, o + 7
                else:
                    depth, j = depth - 1, c + 8
                    if depth == 0:
                        break
            spans.append((i, j))
            i = j
        elif document.startswith('<w:p>', i) or document.startswith('<w:p ', i):
            j = document.index('</w:p>', i) + 6
            spans.append((i, j))
            i = j
        else:
            i = document.index('<', i + 1)
    return spans


def text_of(xml):
    return ''.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', xml))


def plain(paragraph):
    """A body paragraph of running text: no bold, no footnote reference, no centring, no page break, not a list line."""
    text = text_of(paragraph)
    return (len(text) > 80 and '<w:b />' not in paragraph and 'footnoteReference' not in paragraph
            and 'w:val="center"' not in paragraph and '<w:br' not in paragraph and 'sectPr' not in paragraph
            and not re.match(r'\s*([-+*•]|\d+[.)]|[a-zđ]\))\s', text))


def as_note_paragraph(paragraph):
    inner = re.sub(r'^<w:p[^>]*>(<w:pPr>.*?</w:pPr>)?', '', paragraph, flags=re.S)[:-len('</w:p>')]
    return '<w:p><w:pPr><w:pStyle w:val="FootnoteText" /></w:pPr>' + inner + '</w:p>'


def long_note(document, notes, number, chars):
    spans = body_elements(document)
    cite = f'<w:footnoteReference w:id="{number}" />'
    at = next((k for k, (s, e) in enumerate(spans) if cite in document[s:e]), None)
    if at is None:
        raise SystemExit(f'edit-docx.py: note {number} is not cited in the body')
    moved, total = [], len(text_of(notes_body(notes, number)))
    for s, e in spans[at + 1:]:
        paragraph = document[s:e]
        if total >= chars or not plain(paragraph):
            break
        moved.append((s, e))
        total += len(text_of(paragraph))
    if not moved:
        raise SystemExit(f'edit-docx.py: no plain paragraph follows the citation of note {number}')
    added = ''.join(as_note_paragraph(document[s:e]) for s, e in moved)
    for s, e in reversed(moved):
        document = document[:s] + document[e:]
    end = notes.index('</w:footnote>', notes.index(f'<w:footnote w:id="{number}">'))
    return document, notes[:end] + added + notes[end:]


def notes_body(notes, number):
    start = notes.index(f'<w:footnote w:id="{number}">')
    return notes[start:notes.index('</w:footnote>', start)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('input')
    parser.add_argument('output')
    parser.add_argument('--font')
    parser.add_argument('--paper', choices=['letter'])
    parser.add_argument('--note-size', type=float)
    parser.add_argument('--marker-raise')
    parser.add_argument('--no-borders', action='store_true')
    parser.add_argument('--long-note', action='append', default=[])
    args = parser.parse_args()

    with zipfile.ZipFile(args.input) as source:
        parts = {info.filename: source.read(info.filename) for info in source.infolist()}
        order = [info.filename for info in source.infolist()]
    document = parts['word/document.xml'].decode('utf-8')
    styles = parts['word/styles.xml'].decode('utf-8')
    notes = parts['word/footnotes.xml'].decode('utf-8')

    if args.font:
        document, styles, notes = fonts(document, args.font), fonts(styles, args.font), fonts(notes, args.font)
    if args.paper == 'letter':
        document = letter(document)
    for spec in args.long_note:
        number, chars = (int(x) for x in spec.split(','))
        document, notes = long_note(document, notes, number, chars)
    if args.note_size:
        half = str(round(args.note_size * 2))
        notes = sizes(notes, half)
        styles = style_block(styles, 'FootnoteText', lambda s: sizes(s, half))
        styles = style_block(styles, 'FootnoteTextChar', lambda s: sizes(s, half))
    if args.no_borders:
        document, styles = no_borders(document), no_borders(styles)
    if args.marker_raise:
        rise, size = (float(x) for x in args.marker_raise.split(','))
        raised = f'<w:position w:val="{round(rise * 2)}" /><w:sz w:val="{round(size * 2)}" /><w:szCs w:val="{round(size * 2)}" />'
        styles = style_block(styles, 'FootnoteReference',
                             lambda s: s.replace('<w:vertAlign w:val="superscript" />', raised))

    parts['word/document.xml'] = document.encode('utf-8')
    parts['word/styles.xml'] = styles.encode('utf-8')
    parts['word/footnotes.xml'] = notes.encode('utf-8')
    with zipfile.ZipFile(args.output, 'w', zipfile.ZIP_DEFLATED) as target:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, parts[name])


if __name__ == '__main__':
    main()
