#!/usr/bin/env python3
"""Puts the landscape pages of a Word document back into its LibreOffice HTML, for headless Chromium to print.

  make-chromium-html.py corpus/docx/000.docx work/html/000.html     (rewrites the HTML in place)

LibreOffice's HTML writer keeps only the first section's page (one @page rule) and marks a section start as a page
break, so Chromium prints a landscape appendix on a portrait page and clips its wide table. Here each landscape section
of the DOCX becomes a CSS named page (`@page sectionN`, size and margins from the section's w:pgSz and w:pgMar), and the
HTML from the section's first paragraph (found by its text, among page-break starts first) to the next section's start
or to the notes is wrapped in a <div style="page: sectionN">. A table of a portrait section wider than that page's text
width (Word lets a table run a little into the margin: 5% is allowed) gets a landscape page of its own.
"""
import html.parser, re, sys, zipfile
import xml.etree.ElementTree as ET

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
TWIPS_PER_INCH = 1440
CSS_PX_PER_INCH = 96
WIDE_TABLE_TOLERANCE = 1.05
MATCH_CHARS = 60
VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'}


def fold(text):
    return re.sub(r'\s+', ' ', text).strip()


class Section:
    def __init__(self, sect_pr, first_text):
        size = sect_pr.find(W + 'pgSz')
        margins = sect_pr.find(W + 'pgMar')
        self.width = int(size.get(W + 'w'))
        self.height = int(size.get(W + 'h'))
        self.margins = {side: int(margins.get(W + side, '0')) for side in ('top', 'right', 'bottom', 'left')}
        self.first_text = first_text

    @property
    def landscape(self):
        return self.width > self.height

    def text_width_px(self):
        return (self.width - self.margins['left'] - self.margins['right']) * CSS_PX_PER_INCH / TWIPS_PER_INCH

    def page_rule(self, name, rotate=False):
        width, height = (self.height, self.width) if rotate else (self.width, self.height)
        inches = lambda twips: f'{twips / TWIPS_PER_INCH:.2f}in'
        margins = '; '.join(f'margin-{side}: {inches(value)}' for side, value in self.margins.items())
        return f'@page {name} {{ size: {inches(width)} {inches(height)}; {margins} }}'


def block_text(block):
    """A paragraph's text, or a table's first non-empty paragraph's."""
    paragraphs = [block] if block.tag == W + 'p' else block.iter(W + 'p')
    for paragraph in paragraphs:
        text = fold(''.join(t.text or '' if t.tag == W + 't' else ' ' for t in paragraph.iter() if t.tag in (W + 't', W + 'tab')))
        if text:
            return text
    return ''


def docx_sections(path):
    with zipfile.ZipFile(path) as docx:
        body = ET.fromstring(docx.read('word/document.xml')).find(W + 'body')
    sections, first_text = [], ''
    for block in body:
        if block.tag not in (W + 'p', W + 'tbl'):
            continue
        first_text = first_text or block_text(block)
        sect_pr = block.find(f'{W}pPr/{W}sectPr') if block.tag == W + 'p' else None
        if sect_pr is not None:
            sections.append(Section(sect_pr, first_text))
            first_text = ''
    sections.append(Section(body.find(W + 'sectPr'), first_text))
    return sections


class TopLevelElements(html.parser.HTMLParser):
    """The elements directly inside <body>: (start offset, end offset, tag, attributes, text)."""

    def __init__(self, source):
        super().__init__(convert_charrefs=True)
        self.line_starts = [0] + [m.end() for m in re.finditer('\n', source)]
        self.elements, self.depth, self.current = [], None, None
        self.feed(source)
        self.close()

    def position(self):
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag, attrs):
        if tag == 'body':
            self.depth = 0
            return
        if self.depth is None or tag in VOID:
            return
        if self.depth == 0:
            self.current = [self.position(), None, tag, dict(attrs), []]
        self.depth += 1

    def handle_endtag(self, tag):
        if self.depth is None or tag in VOID or tag == 'body':
            return
        self.depth -= 1
        if self.depth == 0 and self.current is not None:
            self.current[1] = self.position() + len(f'</{tag}>')
            self.current[4] = fold(' '.join(self.current[4]))
            self.elements.append(tuple(self.current))
            self.current = None

    def handle_data(self, data):
        if self.current is not None:
            self.current[4].append(data)


def is_note(element):
    return element[2] == 'div' and re.match(r'sd(foot|end)note', element[3].get('id') or '')


def section_starts(sections, elements):
    """The index of each section's first element (the first section starts at 0)."""
    starts, after = [0], 0
    for number, section in enumerate(sections[1:], start=2):
        key = section.first_text[:MATCH_CHARS]
        candidates = [i for i in range(after + 1, len(elements)) if not is_note(elements[i]) and elements[i][4].startswith(key)]
        breaks = [i for i in candidates if 'page-break-before' in (elements[i][3].get('style') or '')]
        if not key or not candidates:
            sys.exit(f'make-chromium-html.py: section {number} ("{key}") not found in the HTML')
        after = (breaks or candidates)[0]
        starts.append(after)
    return starts


def landscape_pages(sections, elements):
    """(page name, @page rule, first element, last element) for each stretch of elements to print landscape."""
    notes = next((i for i, e in enumerate(elements) if is_note(e)), len(elements))
    starts = section_starts(sections, elements) + [notes]
    pages = []
    for number, section in enumerate(sections, start=1):
        first, last = starts[number - 1], min(starts[number], notes) - 1
        if section.landscape:
            pages.append((f'section{number}', section.page_rule(f'section{number}'), first, last))
            continue
        for i in range(first, last + 1):
            tag, attrs = elements[i][2], elements[i][3]
            if tag == 'table' and float(attrs.get('width') or 0) > section.text_width_px() * WIDE_TABLE_TOLERANCE:
                name = f'section{number}-wide'
                pages.append((name, section.page_rule(name, rotate=True), i, i))
    return pages


def main(docx_path, html_path):
    source = open(html_path, encoding='utf-8').read()
    elements = TopLevelElements(source).elements
    pages = landscape_pages(docx_sections(docx_path), elements)
    for name, _, first, last in sorted(pages, key=lambda p: -p[2]):
        end, start = elements[last][1], elements[first][0]
        source = source[:end] + '\n</div>' + source[end:]
        source = source[:start] + f'<div style="page: {name}">\n' + source[start:]
    rules = ''.join(dict.fromkeys(f'\t{rule}\n' for _, rule, _, _ in pages))
    if rules:
        if '</style>' not in source:
            sys.exit(f'make-chromium-html.py: no <style> in {html_path} for the page rules')
        source = source.replace('</style>', rules + '\t</style>', 1)
    open(html_path, 'w', encoding='utf-8').write(source)


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
