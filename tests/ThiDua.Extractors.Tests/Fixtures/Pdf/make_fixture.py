#!/usr/bin/env python3
"""Writes report.fodt (a small Vietnamese report) and converts it to report.pdf with LibreOffice.
Run: python3 make_fixture.py; python3 make_fixture.py --ruled   (needs soffice).
With --ruled, ruled.fodt/ruled.pdf: the same report with bordered tables and a landscape appendix page with a wide table."""
import os, subprocess, shutil
from xml.sax.saxutils import escape as e

import sys

RULED = "--ruled" in sys.argv
NAME = "ruled" if RULED else "report"
CELL = ' table:style-name="Bd"' if RULED else ""
body = []
def p(text, style="Body"):
    body.append(f'<text:p text:style-name="{style}">{text}</text:p>')

p("ỦY BAN NHÂN DÂN XÃ THANH LÒA", "Center")
p("BÁO CÁO", "TitleB")
p("Tổng kết công tác thi đua, khen thưởng năm 2023", "Center")
p("I. ĐẶC ĐIỂM TÌNH HÌNH", "Heading")
p("Thanh Lòa là xã biên giới của huyện Cao Lộc, có đường biên giới dài 13,925 km với 23 mốc"
  '<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
  '<text:note-body><text:p text:style-name="Footnote">Số liệu theo Báo cáo số 12/BC-UBND ngày 05/01/2023 của Ủy ban nhân dân huyện Cao Lộc về địa giới hành chính.</text:p></text:note-body></text:note>'
  '. Tổng diện tích tự nhiên là 3.760,69 ha, diện tích nhà văn hóa 120 m<text:span text:style-name="Sup">2</text:span> mỗi thôn.')
p("II. KẾT QUẢ THỰC HIỆN", "Heading")
p("1. Công tác tuyên truyền", "Heading")
long = ("Ủy ban nhân dân xã đã chỉ đạo các ban, ngành, đoàn thể tổ chức phát động phong trào thi đua yêu nước "
        "gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, thực hiện tốt các nhiệm vụ "
        "phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh trên địa bàn. ")
for i in range(9):
    p(f"Đoạn {i+1}: " + long * 3 + "Kết quả đạt được là đáng ghi nhận")
p("2. Kết quả khen thưởng", "Heading")
rows = []
hdr = ('<table:table-header-rows>'
       f'<table:table-row><table:table-cell table:number-rows-spanned="2"{CELL}><text:p text:style-name="CellB">STT</text:p></table:table-cell>'
       f'<table:table-cell table:number-rows-spanned="2"{CELL}><text:p text:style-name="CellB">Đơn vị</text:p></table:table-cell>'
       f'<table:table-cell table:number-columns-spanned="2"{CELL}><text:p text:style-name="CellB">Danh hiệu thi đua</text:p></table:table-cell><table:covered-table-cell/></table:table-row>'
       '<table:table-row><table:covered-table-cell/><table:covered-table-cell/>'
       f'<table:table-cell{CELL}><text:p text:style-name="CellB">Tập thể</text:p></table:table-cell>'
       f'<table:table-cell{CELL}><text:p text:style-name="CellB">Cá nhân</text:p></table:table-cell></table:table-row>'
       '</table:table-header-rows>')
for i in range(1, 46):
    rows.append(f'<table:table-row><table:table-cell{CELL}><text:p text:style-name="Cell">{i}</text:p></table:table-cell>'
                f'<table:table-cell{CELL}><text:p text:style-name="Cell">Thôn Bản Vằn số {i}</text:p></table:table-cell>'
                f'<table:table-cell{CELL}><text:p text:style-name="Cell">{i % 3}</text:p></table:table-cell>'
                f'<table:table-cell{CELL}><text:p text:style-name="Cell">{i * 2}</text:p></table:table-cell></table:table-row>')
body.append('<table:table table:name="T1" table:style-name="Tbl"><table:table-column table:style-name="C1"/><table:table-column table:style-name="C2"/>'
            '<table:table-column table:style-name="C3"/><table:table-column table:style-name="C4"/>' + hdr + "".join(rows) + '</table:table>')
if RULED:
    p("PHỤ LỤC: BẢNG TỔNG HỢP", "Landscape")
    wide = ('<table:table table:name="T2" table:style-name="TblWide">' + "".join('<table:table-column table:style-name="CW"/>' for _ in range(8))
            + '<table:table-header-rows><table:table-row>'
            + f'<table:table-cell table:number-rows-spanned="2"{CELL}><text:p text:style-name="CellB">TT</text:p></table:table-cell>'
            + f'<table:table-cell table:number-rows-spanned="2"{CELL}><text:p text:style-name="CellB">Hình thức</text:p></table:table-cell>'
            + f'<table:table-cell table:number-columns-spanned="3"{CELL}><text:p text:style-name="CellB">Số lượng</text:p></table:table-cell><table:covered-table-cell/><table:covered-table-cell/>'
            + f'<table:table-cell table:number-columns-spanned="3"{CELL}><text:p text:style-name="CellB">Trong đó ở cơ sở</text:p></table:table-cell><table:covered-table-cell/><table:covered-table-cell/>'
            + '</table:table-row><table:table-row><table:covered-table-cell/><table:covered-table-cell/>'
            + "".join(f'<table:table-cell{CELL}><text:p text:style-name="CellB">{h}</text:p></table:table-cell>' for h in ["Tập thể", "Cá nhân", "Gia đình", "Tập thể", "Cá nhân", "Gia đình"])
            + '</table:table-row></table:table-header-rows>'
            + "".join('<table:table-row>' + "".join(f'<table:table-cell{CELL}><text:p text:style-name="Cell">{v}</text:p></table:table-cell>' for v in [str(i), f"Bằng khen loại {i}", "", str(i), "", "", str(i * 3), "x"]) + '</table:table-row>' for i in range(1, 6))
            + '</table:table>')
    body.append(wide)
    p("III. PHƯƠNG HƯỚNG NĂM 2024", "HeadingPortrait")
else:
    p("III. PHƯƠNG HƯỚNG NĂM 2024", "Heading")
p("Tiếp tục đổi mới công tác thi đua, khen thưởng; nâng cao chất lượng phong trào thi đua ở cơ sở.")

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="13pt" fo:language="vi" fo:country="VN"/></style:default-style>
 <style:style style:name="Footnote" style:family="paragraph"><style:text-properties fo:font-size="10pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.0cm"/></style:style>
 <style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="TitleB" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:text-indent="1.0cm" fo:text-align="justify"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Landscape" style:family="paragraph" style:master-page-name="Wide"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="HeadingPortrait" style:family="paragraph" style:master-page-name="Standard"><style:paragraph-properties fo:text-indent="1.0cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Bd" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.05cm"/></style:style>
 <style:style style:name="TblWide" style:family="table"><style:table-properties style:width="24cm" table:align="left"/></style:style>
 <style:style style:name="CW" style:family="table-column"><style:table-column-properties style:column-width="3cm"/></style:style>
 <style:style style:name="Cell" style:family="paragraph"><style:text-properties fo:font-size="12pt"/></style:style>
 <style:style style:name="CellB" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Sup" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="left"/></style:style>
 <style:style style:name="C1" style:family="table-column"><style:table-column-properties style:column-width="1.5cm"/></style:style>
 <style:style style:name="C2" style:family="table-column"><style:table-column-properties style:column-width="8.5cm"/></style:style>
 <style:style style:name="C3" style:family="table-column"><style:table-column-properties style:column-width="3cm"/></style:style>
 <style:style style:name="C4" style:family="table-column"><style:table-column-properties style:column-width="3cm"/></style:style>
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="2cm"/>
  <style:footer-style/></style:page-layout>
 <style:page-layout style:name="PLW"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">
 <style:footer><text:p text:style-name="Center"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
</style:master-page>
<style:master-page style:name="Wide" style:page-layout-name="PLW"/></office:master-styles>
<office:body><office:text>{"".join(body)}</office:text></office:body></office:document>'''
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, NAME + ".fodt"), "w", encoding="utf-8") as f:
    f.write(doc)
profile = f"file:///tmp/lo-pdf-{os.getpid()}"
subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", here,
                os.path.join(here, NAME + ".fodt")], check=True)
shutil.rmtree(profile.replace("file://", ""), ignore_errors=True)
