#!/usr/bin/env python3
"""Writes the workbook fixtures and their CSV twins (see README.md for which writer made which).

    pip install openpyxl==3.1.5 XlsxWriter==3.3.1
    python3 Tests/Fixtures/workbooks/generate.py

Every workbook holds exactly the rows of its CSV twin (long.csv or wide.csv), each written the
way a spreadsheet user would keep it, so that evaluating either gives the same scorecard.
Timestamps are fixed so that re-running gives the same cells (ZIP dates still differ).
"""
import csv
import datetime
import os
import zlib

import openpyxl
import xlsxwriter
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SCOPES = ("西城区", "德胜街道", "什刹海街道")
FIXED = datetime.datetime(2025, 1, 1)


def rows_of(sample, scope_column=1):
    with open(os.path.join(ROOT, "Samples", sample), encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], [r for r in rows[1:] if r[scope_column] in SCOPES]


def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def number(text):
    """A cell value as a spreadsheet user types it: numbers as numbers, the rest as text."""
    if text == "":
        return None
    try:
        v = float(text)
    except ValueError:
        return text
    return int(v) if v.is_integer() and "." not in text else v


def month(text):
    y, m = text.split("-")
    return datetime.datetime(int(y), int(m), 1)


def fixed_properties(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "tracker fixtures"


LONG_HEADER, LONG = rows_of("xicheng-2025-synthetic.csv")
WIDE_HEADER, WIDE = rows_of("xicheng-2025-wide-synthetic.csv")
write_csv("long.csv", LONG_HEADER, LONG)
write_csv("wide.csv", WIDE_HEADER, WIDE)

# 1. openpyxl, long layout: shared strings, numbers as numbers, period as text.
wb = openpyxl.Workbook()
fixed_properties(wb)
ws = wb.active
ws.title = "Sheet1"
ws.append(LONG_HEADER)
for r in LONG:
    ws.append([r[0], r[1], r[2], number(r[3]), number(r[4]), r[5] or None, r[6] or None])
wb.save(os.path.join(HERE, "long-shared-strings.xlsx"))

# 2. openpyxl: a cover sheet 说明 before the data, the period as real dates formatted yyyy-mm
#    (a few under the built-in m/d/yyyy format 14 and the Chinese yyyy"年"m"月"), the header bold.
wb = openpyxl.Workbook()
fixed_properties(wb)
cover = wb.active
cover.title = "说明"
cover.append(["西城区 2025 年月度监测数据（合成数据，测试用）"])
cover.append(["数据在“月度数据”工作表；单位见指标目录。"])
cover.append(["说明", "本表不含真实监测数据"])
ws = wb.create_sheet("月度数据")
ws.append(LONG_HEADER)
for cell in ws[1]:
    cell.font = Font(bold=True)
for i, r in enumerate(LONG):
    ws.append([month(r[0]), r[1], r[2], number(r[3]), number(r[4]), r[5] or None, r[6] or None])
    cell = ws.cell(row=i + 2, column=1)
    cell.number_format = "yyyy-mm" if i % 3 else ('yyyy"年"m"月"' if i % 2 else "mm-dd-yy")
ws.column_dimensions["A"].width = 10
wb.save(os.path.join(HERE, "dates-cover-sheet.xlsx"))

# 3. XlsxWriter in constant_memory mode: inline strings (t="inlineStr"), some scopes as rich
#    text (两 runs, one bold), written row by row.
wb = xlsxwriter.Workbook(os.path.join(HERE, "long-inline-strings.xlsx"), {"constant_memory": True})
wb.set_properties({"created": FIXED, "author": "tracker fixtures"})
ws = wb.add_worksheet("数据")
bold = wb.add_format({"bold": True})
ws.write_row(0, 0, LONG_HEADER, bold)
for i, r in enumerate(LONG, start=1):
    ws.write_string(i, 0, r[0])
    if r[1].endswith("街道") and i % 2:
        ws.write_rich_string(i, 1, bold, r[1][:-2], r[1][-2:])
    else:
        ws.write_string(i, 1, r[1])
    ws.write_string(i, 2, r[2])
    ws.write_number(i, 3, float(r[3]))
    if r[4]:
        ws.write_number(i, 4, int(r[4]))
    if r[5]:
        ws.write_string(i, 5, r[5])
    if r[6]:
        ws.write_string(i, 6, r[6])
wb.close()

# 4. openpyxl, wide layout: units in the headers, the good-day ratio as a percentage cell
#    (0.756 under 0.0%, shown 75.6%), empty cells where the CSV is empty.
wb = openpyxl.Workbook()
fixed_properties(wb)
ws = wb.active
ws.title = "月度数据"
ws.append(WIDE_HEADER)
ws.freeze_panes = "A2"
for i, r in enumerate(WIDE, start=2):
    ratio = number(r[3])
    ws.append([r[0], r[1], number(r[2]), None if ratio is None else round(ratio / 100, 6), number(r[4])])
    ws.cell(row=i, column=4).number_format = "0.0%"
wb.save(os.path.join(HERE, "wide-percent.xlsx"))

# 5. XlsxWriter: values as formulas with their cached results (=计算!D2), scope as a formula
#    with a string result; the raw figures on a second sheet 计算.
wb = xlsxwriter.Workbook(os.path.join(HERE, "formulas-cached.xlsx"))
wb.set_properties({"created": FIXED, "author": "tracker fixtures"})
ws = wb.add_worksheet("月度数据")
calc = wb.add_worksheet("计算")
ws.write_row(0, 0, LONG_HEADER)
calc.write_row(0, 0, ["period", "scope", "indicator", "value"])
for i, r in enumerate(LONG, start=1):
    calc.write_row(i, 0, [r[0], r[1], r[2]])
    calc.write_number(i, 3, float(r[3]))
    ws.write_string(i, 0, r[0])
    ws.write_formula(i, 1, f"=计算!B{i + 1}", None, r[1])
    ws.write_string(i, 2, r[2])
    ws.write_formula(i, 3, f"=计算!D{i + 1}", None, number(r[3]))
    if r[4]:
        ws.write_number(i, 4, int(r[4]))
    if r[5]:
        ws.write_string(i, 5, r[5])
    if r[6]:
        ws.write_string(i, 6, r[6])
wb.close()

# 6. A ZIP bomb: a sheet of 8 MiB of spaces, deflated about 1000:1.
import zipfile
bomb = os.path.join(HERE, "bomb.xlsx")
with zipfile.ZipFile(os.path.join(HERE, "long-shared-strings.xlsx")) as src, \
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst:
    for item in src.infolist():
        data = src.read(item.filename)
        if item.filename == "xl/worksheets/sheet1.xml":
            data = data.replace(b"<sheetData>", b"<sheetData>" + b" " * (8 << 20), 1)
        info = zipfile.ZipInfo(item.filename, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        dst.writestr(info, data)

# 7. Not workbooks: an OLE2 header (as .xls starts), an OLE2 naming EncryptedPackage (as a
#    password-protected .xlsx), and text named .xlsx.
ole = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
with open(os.path.join(HERE, "legacy.xls"), "wb") as f:
    f.write(ole + bytes(512))
with open(os.path.join(HERE, "encrypted.xlsx"), "wb") as f:
    f.write(ole + "EncryptionInfo".encode("utf-16-le") + bytes(50) + "EncryptedPackage".encode("utf-16-le") + bytes(400))
with open(os.path.join(HERE, "text-named.xlsx"), "w", encoding="utf-8") as f:
    f.write("<html><body><table><tr><td>period</td></tr></table></body></html>\n")

# 8. DEFLATE streams for the inflater: the same text compressed by zlib (raw, no header) as a
#    stored block, fixed Huffman codes, and levels 1, 6 and 9 (dynamic Huffman codes).
os.makedirs(os.path.join(HERE, "deflate"), exist_ok=True)
text = b"".join(
    f'<row r="{i}"><c r="A{i}" t="s"><v>{i % 7}</v></c><c r="B{i}"><v>{(i * 37) % 1000 / 10}</v></c></row>\n'.encode()
    for i in range(1, 600)
) + "西城区德胜街道什刹海街道".encode() * 20
with open(os.path.join(HERE, "deflate", "sheet.xml"), "wb") as f:
    f.write(text)
for name, level, strategy in [("stored", 0, zlib.Z_DEFAULT_STRATEGY), ("fixed", 6, zlib.Z_FIXED),
                              ("level1", 1, zlib.Z_DEFAULT_STRATEGY), ("level6", 6, zlib.Z_DEFAULT_STRATEGY),
                              ("level9", 9, zlib.Z_DEFAULT_STRATEGY)]:
    c = zlib.compressobj(level, zlib.DEFLATED, -15, 9, strategy)
    with open(os.path.join(HERE, "deflate", f"sheet.{name}.deflate"), "wb") as f:
        f.write(c.compress(text) + c.flush())

# 9. Saved by a real spreadsheet program, when LibreOffice is installed (`apt-get install
#    libreoffice-calc-nogui`): long.csv imported as UTF-8 and saved as .xlsx, and the dates
#    workbook opened and saved again (LibreOffice writes its own styles and date codes).
import shutil
import subprocess
import tempfile
soffice = shutil.which("soffice") or shutil.which("libreoffice")
if soffice:
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(os.path.join(HERE, "long.csv"), os.path.join(tmp, "long-libreoffice.csv"))
        shutil.copy(os.path.join(HERE, "dates-cover-sheet.xlsx"), os.path.join(tmp, "dates-libreoffice.xlsx"))
        out = os.path.join(tmp, "out")
        subprocess.run([soffice, "--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", out,
                        os.path.join(tmp, "long-libreoffice.csv")], check=True, capture_output=True)
        subprocess.run([soffice, "--headless", "--convert-to", "xlsx", "--outdir", out,
                        os.path.join(tmp, "dates-libreoffice.xlsx")], check=True, capture_output=True)
        for name in ("long-libreoffice.xlsx", "dates-libreoffice.xlsx"):
            shutil.copy(os.path.join(out, name), os.path.join(HERE, name))
