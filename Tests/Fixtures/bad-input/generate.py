#!/usr/bin/env python3
"""Writes the input files of the bad-input corpus with exact bytes (invalid UTF-8, GB18030, NUL,
BOM, CR-only line ends, files cut short). Run from this directory: python3 generate.py
The `.expected` files are not generated: they are the reviewed output of the real command."""
import os

def write(path, content):
    os.makedirs(os.path.dirname(path) or '.', exist_ok=True)
    with open(path, 'wb') as f:
        f.write(content if isinstance(content, bytes) else content.encode('utf-8'))

# ── measurements: read by `tracker evaluate --targets targets/plan.targets --data FILE` ──
H = "period,scope,indicator,value,valid_days\n"
GOOD = ("2025-01,西城区,pm25_annual_mean,48.2,31\n"
        "2025-01,德胜街道,pm25_annual_mean,45.0,31\n"
        "2025-01,西城区,good_day_ratio,70,31\n")
M = 'measurements/'
write(M + 'truncated-mid-row.csv', H + GOOD + "2025-02,西城区,pm25_ann")
write(M + 'truncated-mid-quote.csv', H + GOOD + '2025-02,西城区,pm25_annual_mean,"48.')
write(M + 'unterminated-quote.csv', H + '2025-01,"西城区,pm25_annual_mean,48.2,31\n' + GOOD.split('\n', 1)[1])
write(M + 'nul-bytes.csv', (H + GOOD + "2025-02,西城区,pm25_annual_mean,4").encode() + b"\x008,28\n")
write(M + 'invalid-utf8.csv', (H + GOOD + "2025-02,西城区,pm25_annual_mean,40,28\n2025-02,德胜").encode()
      + b"\xff\xfe" + ",pm25_annual_mean,41,28\n".encode())
write(M + 'mixed-encodings.csv', (H + GOOD).encode() + "2025-02,德胜街道,pm25_annual_mean,41,28\n".encode('gb18030'))
write(M + 'ragged-rows.csv', H + GOOD + "2025-02,西城区,pm25_annual_mean,40\n"
      "2025-02,德胜街道,pm25_annual_mean,41,28,估算\n")
write(M + 'duplicate-headers.csv', "period,scope,indicator,value,数值\n2025-01,西城区,pm25_annual_mean,48.2,48.2\n")
write(M + 'bom-in-middle.csv', (H + GOOD).encode() + b"\xef\xbb\xbf" + "2025-02,西城区,pm25_annual_mean,40,28\n".encode())
write(M + 'cr-only-line-ends.csv', (H + GOOD + "2025-02,西城区,pm25_annual_mean,40,28\n").replace("\n", "\r"))
write(M + 'number-1e400.csv', H + "2025-01,西城区,pm25_annual_mean,1e400,31\n")
write(M + 'number-nan.csv', H + "2025-01,西城区,pm25_annual_mean,NaN,31\n")
write(M + 'negative-zero.csv', H + "2025-01,西城区,pm25_annual_mean,-0,31\n")
write(M + 'negative-concentration.csv', H + "2025-01,西城区,pm25_annual_mean,-3,31\n")
write(M + 'arabic-indic-digit.csv', H + "2025-01,西城区,pm25_annual_mean,٣,31\n")
write(M + 'month-13.csv', H + "2025-13,西城区,pm25_annual_mean,40,31\n")
write(M + 'serial-mid-month.csv', H + "45658,西城区,pm25_annual_mean,48.2,31\n45672,德胜街道,pm25_annual_mean,45.0,31\n")
write(M + 'title-markers-totals.csv', ("2025年1月西城区环境质量监测数据,,,,\r\n"
      "月份,区域,PM2.5年均浓度（微克/立方米）,优良天数比率（%）,PM10\r\n"
      "2025-01,西城区,48.2,—,82\r\n"
      "2025-01,德胜街道,无数据,N/A,80\r\n"
      "合计,,48.2,,162\r\n"
      "数据来源：西城区生态环境监测站,,,,\r\n").encode('gb18030'))

# ── a workbook that is not one: read by `tracker evaluate … --data FILE` ──
write('workbooks/not-a-zip.xlsx', "<html><head><title>月报</title></head><body><table><tr><td>2025-01</td></tr></table></body></html>\n")

# ── hourly: read by `tracker aggregate --targets targets --stations hourly/stations.csv FILE` ──
HH = "station,time,PM2.5,PM10,SO2,NO2,CO(mg/m³),O3\n"
def day(station, date, hours=range(24)):
    return "".join(f"{station},{date}T{h:02d}:00,{30 + h},{60 + h},5,40,0.8,{50 + h}\n" for h in hours)
BASE = day("Guanyuan", "2025-02-27") + day("Dongsi", "2025-02-27")
R = 'hourly/'
write(R + 'stations.csv', "station,name_zh,street,district\nGuanyuan,官园,,西城区\nDongsi,东四,,东城区\n")
write(R + 'date-2025-02-30.csv', HH + BASE + "Guanyuan,2025-02-30T05:00,30,60,5,40,0.8,50\n")
write(R + 'hour-24.csv', HH + BASE + "Dongsi,2025-02-27T24:00,30,60,5,40,0.8,50\n")
write(R + 'station-not-in-list.csv', HH + BASE + day("Xizhimen", "2025-02-27", range(3)))
write(R + 'cr-only-line-ends.csv', (HH + BASE).replace("\n", "\r"))
# The national daily layout: stations as columns (Chinese names, matched by name_zh).
NH = "date,hour,type,官园,东四\n"
NDAY = "".join(f"20250227,{h},PM2.5,{30 + h},{40 + h}\n" for h in range(24)) + "20250227,23,PM2.5_24h,41.5,51.5\n"
write(R + 'national-cut-short.csv', (NH + NDAY + "20250228,0,PM2.5,3").encode('gb18030'))
write(R + 'national-odd-rows.csv', NH + NDAY + "20250227,5,TEMP,1,2\n20250227,6,PM2.5,99,99\n20250230,0,PM2.5,1,2\n20250228,0,PM2.5,x,-4\n")
write(R + 'utc-co-without-unit.csv', "stationId,utc_time,PM2.5,PM10,NO2,CO,O3,SO2\nGuanyuan,2025-02-26 16:00:00,30,60,40,0.8,50,5\n")

# ── targets: read by `tracker targets check FILE` ── (the other target files are written by hand)
with open('targets/plan.targets', encoding='utf-8') as f:
    write('targets/cr-only-line-ends.targets', f.read().replace("\n", "\r"))
