#!/usr/bin/env python3
"""make-review-marks.py source.docx target.docx: the same report with Word's review marks, as a reviewed draft comes
back: every 7th body paragraph's first text run becomes a tracked insertion, a tracked deletion goes before it and a
comment is anchored on it. A reader that keeps insertions and drops deletions and comments reads the source's text.
Saved as Word 97 by LibreOffice (make-legacy-real.sh), such a file made LibreOffice 7.4 crash when opened over UNO."""
import re, sys, zipfile
src, dst = sys.argv[1:3]
z = zipfile.ZipFile(src)
doc = z.read('word/document.xml').decode()
count = [0]
ids = [9000]
comments = []
def para(m):
    p = m.group(0)
    count[0] += 1
    if count[0] % 7 or '<w:tbl' in p or '<w:txbx' in p: return p
    run = re.search(r'<w:r(?:\s[^>]*)?>(?:(?!<w:r[\s>]|</w:r>).)*?<w:t(?:\s[^>]*)?>[^<]+</w:t>(?:(?!<w:r[\s>]|</w:r>).)*?</w:r>', p, re.S)
    if not run: return p
    i = ids[0]; ids[0] += 3
    cid = len(comments)
    comments.append(f'<w:comment w:id="{cid}" w:author="Chuyên viên" w:date="2024-01-01T00:00:00Z" w:initials="CV"><w:p><w:r><w:t>Xem lại số liệu đoạn này</w:t></w:r></w:p></w:comment>')
    deleted = f'<w:del w:id="{i}" w:author="Chuyên viên" w:date="2024-01-01T00:00:00Z"><w:r><w:delText xml:space="preserve">nội dung cũ đã xóa </w:delText></w:r></w:del>'
    inserted = f'<w:ins w:id="{i+1}" w:author="Chuyên viên" w:date="2024-01-01T00:00:00Z">{run.group(0)}</w:ins>'
    marked = f'<w:commentRangeStart w:id="{cid}"/>{deleted}{inserted}<w:commentRangeEnd w:id="{cid}"/><w:r><w:commentReference w:id="{cid}"/></w:r>'
    return p[:run.start()] + marked + p[run.end():]
body_start = doc.index('<w:body>')
doc = doc[:body_start] + re.sub(r'<w:p[\s>](?:(?!</w:p>).)*</w:p>', para, doc[body_start:], flags=re.S)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
comments_xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {W}>' + ''.join(comments) + '</w:comments>'
with zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as out:
    for item in z.infolist():
        data = z.read(item.filename)
        if item.filename == 'word/document.xml': data = doc.encode()
        elif item.filename == '[Content_Types].xml' and b'comments+xml' not in data:
            data = data.replace(b'</Types>', b'<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>')
        elif item.filename == 'word/_rels/document.xml.rels' and b'relationships/comments"' not in data:
            data = data.replace(b'</Relationships>', b'<Relationship Id="rIdLegacyComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>')
        elif item.filename == 'word/comments.xml': continue
        out.writestr(item, data)
    out.writestr('word/comments.xml', comments_xml)
