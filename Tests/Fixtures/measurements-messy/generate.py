#!/usr/bin/env python3
"""Writes the messy monthly measurement files and their clean twin (see README.md).

    python3 Tests/Fixtures/measurements-messy/generate.py    (Python 3 standard library only)

One table of synthetic values (2025-01 … 2025-03; 西城区, 德胜街道, 牛街街道) is written twice:
as a monitoring centre sends it (a title and a unit row above the header, Chinese headers with
units, columns the plan does not need, Excel serial numbers as periods, missing-value markers,
a count of good days beside the valid days, totals and notes rows below), in UTF-8 with BOM, in
GB18030 and as a workbook; and as the tracker's clean wide layout. Evaluating any of them must
give the same scorecard, value for value (`MessyMeasurementTwinTests`).
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

# (serial, month, 年月 text)
MONTHS = [(45658, "2025-01", "2025年1月"), (45689, "2025-02", "2025年2月"), (45717, "2025-03", "2025年3月")]
# scope → per month: PM2.5, 降尘量 (None = no value, marker in the messy file), good days, heavy days, valid days,
#                    and the extra columns PM10, NO2, 综合指数, 排名
DATA = {
    "西城区": [(45.2, 4.1, 24, 2, 30, 78, 35, "4.52", ""), (40.1, 5.2, 21, 1, 28, 70, 33, "4.10", ""), (35.6, 6.3, 27, 0, 30, 66, 30, "3.88", "")],
    "德胜街道": [(44.0, 4.0, None, None, 31, 75, 36, "4.40", "3"), (39.5, 5.0, None, None, 28, "缺测", 34, "4.02", "2"), (36.1, None, None, None, 31, 64, 31, "3.80", "2")],
    "牛街街道": [(49, None, None, None, 31, 82, 40, "4.90", "15"), (43.2, 5.5, None, None, 28, 76, "停运", "4.45", "14"), (37.8, 6.0, None, None, 31, 69, 33, "4.01", "13")],
}
# The marker each missing 降尘量 is written with in the messy files.
MARKERS = {("牛街街道", 0): "—", ("德胜街道", 2): "/"}

TITLE = "2025年1-3月西城区各街道环境质量监测数据"
UNITS = "单位：PM2.5、PM10、NO2 为微克/立方米，降尘量为吨/平方公里·月"
HEADER = ["序号", "月份", "街道", "PM2.5（微克/立方米）", "降尘量（吨/平方公里·月）", "优良天数", "重污染天数（天）",
          "有效天数", "PM10", "NO2", "综合指数", "排名", "备注"]
NOTES = [["合计", "", "", "", "", "72", "3", "88", "", "", "", "", ""],
         ["备注：降尘量为扣除沙尘影响前的月均值；“—”“/”表示无数据。"],
         ["数据来源：北京市西城区生态环境监测站"]]


def text(v):
    if v is None:
        return ""
    return str(v)


def messy_rows(period):
    """The data rows as the monitoring centre writes them; `period` gives the month cell."""
    rows, n = [], 0
    for i, month in enumerate(MONTHS):
        for scope, values in DATA.items():
            pm25, dust, good, heavy, valid, pm10, no2, index, rank = values[i]
            n += 1
            rows.append([str(n), period(month), scope, text(pm25), MARKERS.get((scope, i), text(dust)),
                         text(good), text(heavy), str(valid), text(pm10), text(no2), index, rank, ""])
    return rows


def messy_table(period):
    width = len(HEADER)
    pad = lambda r: r + [""] * (width - len(r))
    return [pad([TITLE]), pad([UNITS]), HEADER] + messy_rows(period) + [pad(r) for r in NOTES]


def csv_line(cells):
    return ",".join('"' + c.replace('"', '""') + '"' if any(ch in c for ch in ',"\n') else c for c in cells) + "\r\n"


def write_csv(name, table, encoding, bom=False):
    data = "".join(csv_line(r) for r in table)
    with open(os.path.join(HERE, name), "wb") as f:
        f.write((b"\xef\xbb\xbf" if bom else b"") + data.encode(encoding))


def clean_table():
    rows = [["period", "scope", "PM2.5年均浓度", "降尘量", "优良天数比率", "重污染天数", "valid_days"]]
    for i, (_, month, _) in enumerate(MONTHS):
        for scope, values in DATA.items():
            pm25, dust, good, heavy, valid = values[i][:5]
            ratio = "" if good is None else text(round(good / valid * 100, 10)).removesuffix(".0")
            rows.append([month, scope, text(pm25), text(dust), ratio, text(heavy), str(valid)])
    return rows


def column(i):
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def write_xlsx(name, table):
    """A one-sheet workbook (sheet 月报): the title merged over the first row, numbers as numbers."""
    def cell(r, c, v):
        ref = f"{column(c)}{r}"
        if v == "":
            return ""
        try:
            float(v)
            return f'<c r="{ref}"><v>{v}</v></c>'
        except ValueError:
            return f'<c r="{ref}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'
    rows = "".join(f'<row r="{r}">' + "".join(cell(r, c, v) for c, v in enumerate(cells)) + "</row>"
                   for r, cells in enumerate(table, start=1))
    ns = "http://schemas.openxmlformats.org"
    sheet = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{ns}/spreadsheetml/2006/main">'
             f'<sheetData>{rows}</sheetData><mergeCells count="2"><mergeCell ref="A1:M1"/><mergeCell ref="A2:M2"/></mergeCells></worksheet>')
    parts = {
        "[Content_Types].xml": f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{ns}/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '</Types>',
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{ns}/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{ns}/spreadsheetml/2006/main" '
            f'xmlns:r="{ns}/officeDocument/2006/relationships"><sheets><sheet name="月报" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{ns}/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
    }
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
        for part, xml in parts.items():
            info = zipfile.ZipInfo(part, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, xml.encode("utf-8"))


if __name__ == "__main__":
    serial = lambda m: str(m[0])
    write_csv("messy-utf8-bom.csv", messy_table(serial), "utf-8", bom=True)
    write_csv("messy-gb18030.csv", messy_table(serial), "gb18030")
    write_xlsx("messy-title-row.xlsx", messy_table(lambda m: m[2]))
    write_csv("clean.csv", clean_table(), "utf-8")
