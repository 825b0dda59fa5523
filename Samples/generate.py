#!/usr/bin/env python3
"""Writes the SYNTHETIC sample measurement files in Samples/ from the encoded targets.

Values are invented but plausible: PM2.5 with winter peaks, good-day ratios that dip in winter,
heavy-pollution days in winter months, dustfall near 4.5 with a sand-dust month in spring,
cumulative quantities growing through the year, a few bad months. Deterministic (fixed seed).

    swift build && python3 Samples/generate.py        # rewrites Samples/xicheng-2025-synthetic.csv
"""
import csv, json, math, random, subprocess, sys

SEASON = [1.45, 1.30, 1.10, 0.95, 0.80, 0.75, 0.70, 0.72, 0.80, 0.95, 1.25, 1.40]  # PM2.5 by month

def targets(plan):
    out = subprocess.run([".build/debug/tracker", "targets", "list", "Targets", "--plan", plan, "--format", "json"],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)["targets"]

def kinds():
    out = subprocess.run([".build/debug/tracker", "indicators", "--format", "json"], check=True, capture_output=True, text=True).stdout
    return {i["id"]: i for i in json.loads(out)["indicators"]}

def days(year, month):
    return [31, 29 if year % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]

def rows_for(t, ind, year, months, rng):
    kind, pol, value = ind["kind"], ind["polarity"], t["value"]
    if t["comparator"] == "rank":
        # Position counted from the worst street of the city (1 = worst), reported quarterly.
        return [(f"{year}-{m:02d}", rng.randint(15, 320), None, "") for m in months if m % 3 == 0]
    if value is None:
        return []
    hi = ind["range"][1] if ind["range"] else None
    # How well this scope does: most meet, some miss narrowly.
    quality = rng.choice([0.9, 0.95, 0.97, 1.0, 1.03, 1.08])
    rows = []
    for m in months:
        period = f"{year}-{m:02d}"
        vd = days(year, m)
        if kind == "mean":
            v = value * quality * SEASON[m - 1] * rng.uniform(0.93, 1.07)
            if rng.random() < 0.015: vd -= rng.choice([2, 5])       # a few short months
            rows.append((period, v, vd, ""))
        elif kind == "day_ratio":
            if pol == "higher":
                v = min(100, value * (2 - quality) ** 0.5 * (1.12 - 0.25 * (SEASON[m - 1] - 0.7)) * rng.uniform(0.97, 1.02))
            else:
                v = max(0, value * quality * (SEASON[m - 1] - 0.6) * 2 * rng.uniform(0.5, 1.5))
            rows.append((period, v, vd, ""))
        elif kind == "count":
            share = max(0, SEASON[m - 1] - 1.0) / 1.5
            v = round(value * quality * share * rng.uniform(0.6, 1.4))
            rows.append((period, v, None, ""))
        elif kind == "monthly_mean":
            v = value * quality * rng.uniform(0.85, 1.1)
            flag = ""
            if m == 4 and rng.random() < 0.5: v, flag = v * 2.2, "sand_dust"
            rows.append((period, v, None, flag))
        elif kind in ("cumulative",):
            frac = m / 12
            v = value * min(1.1, quality ** -1 * frac * rng.uniform(0.9, 1.1))
            if m % 3 == 0: rows.append((period, v, None, ""))
        else:  # reported, flow_share, relative_change, rank: a quarterly report
            if m % 3 == 0:
                v = value * (1 + (0.03 if pol == "higher" else -0.03) * (1 - quality) * -10) * rng.uniform(0.98, 1.02)
                if hi is not None: v = min(v, hi)
                rows.append((period, v, None, ""))
    return rows

def write(plan, year, path, months=range(1, 13), seed=2025, encoding="utf-8"):
    rng = random.Random(seed)
    catalog = kinds()
    seen = set()
    out = []
    for t in targets(plan):
        if t["comparator"] in ("not_applicable", "deferred", "reduction"): continue
        key = (t["scope"], t["indicator"])
        if key in seen or t["period"] != str(year): continue
        seen.add(key)
        for period, v, vd, flag in rows_for(t, catalog[t["indicator"]], year, months, rng):
            ind = catalog[t["indicator"]]
            whole = ind["precision"] == 0 and ind["unit"] in ("家", "项", "个", "次", "块", "天", "名", "辆", "棵")
            text = str(int(round(v))) if whole else f"{v:.{max(ind['precision'], 1)}f}"
            out.append([period, t["scope"], t["indicator"], text, "" if vd is None else vd, flag, ""])
    with open(path, "w", newline="", encoding=encoding) as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["period", "scope", "indicator", "value", "valid_days", "flag", "note"])
        w.writerows(out)
    print(f"{path}: {len(out)} rows ({encoding})", file=sys.stderr)
    return out

def write_wide(long_rows, path, indicators):
    """The same values in the wide layout people keep in Excel: one row per month and scope,
    one column per indicator, the unit in the header."""
    catalog = kinds()
    columns = [i for i in indicators]
    table = {}
    for period, scope, ind, value, vd, flag, note in long_rows:
        if ind in columns and not flag:
            row = table.setdefault((period, scope), {})
            row[ind] = value
            if vd != "": row["valid_days"] = vd
    header = ["period", "scope"] + [f"{catalog[i]['zh']}({catalog[i]['unit']})" for i in columns] + ["valid_days"]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")   # as Excel saves it
        w.writerow(header)
        for (period, scope), row in table.items():
            w.writerow([period, scope] + [row.get(i, "") for i in columns] + [row.get("valid_days", "")])
    print(f"{path}: {len(table)} rows (wide)", file=sys.stderr)

if __name__ == "__main__":
    rows = write("xicheng-2025", 2025, "Samples/xicheng-2025-synthetic.csv")
    write_wide(rows, "Samples/xicheng-2025-wide-synthetic.csv", ["pm25_annual_mean", "good_day_ratio"])
    write("xicheng-2023", 2023, "Samples/xicheng-2023-gb18030-synthetic.csv", seed=2023, encoding="gb18030")
    write("beijing-2026", 2026, "Samples/beijing-2026-synthetic.csv", months=range(1, 11), seed=2026)
