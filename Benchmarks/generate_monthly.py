#!/usr/bin/env python3
"""Generates an archive-scale monthly input for the evaluation benchmark (not real data).

    python3 Benchmarks/generate_monthly.py OUT.csv [--first 2000] [--last 2025] [--indicators 100]

Writes the long layout (period,scope,indicator,value,valid_days,flag,note), one row per month,
scope and indicator: 2000–2025 × 12 months × 32 scopes (the 17 districts and 西城区's 15 streets
of Targets/scopes.catalog) × 100 catalog indicators = 998,400 rows, about 57 MB — a bureau's
archive of every street's indicators. The indicators are those the xicheng-2025 plan targets
first, then the catalog's others in order; values lie inside each indicator's range at its
precision, valid days are the month's days for the kinds that weigh them. Deterministic.
`--indicators 10` gives a tenth of the rows (99,840), for the scaling check.
"""
import argparse
import os
import random
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WEIGHS_DAYS = {"mean", "day_ratio", "monthly_mean"}


def catalog():
    indicators, current = [], None
    for line in open(os.path.join(ROOT, "Targets", "indicators.catalog"), encoding="utf-8"):
        m = re.match(r"\[indicator (\S+)\]", line)
        if m:
            current = {"id": m.group(1), "kind": "reported", "range": (0, 100), "precision": 1}
            indicators.append(current)
            continue
        if current is None:
            continue
        parts = line.split()
        if len(parts) >= 2 and parts[0] == "kind":
            current["kind"] = parts[1]
        elif len(parts) >= 2 and parts[0] == "precision":
            current["precision"] = int(parts[1])
        elif len(parts) >= 2 and parts[0] == "range":
            lo, hi = parts[1].split("..")
            current["range"] = (float(lo), float(hi))
    return indicators


def scopes():
    names = []
    for line in open(os.path.join(ROOT, "Targets", "scopes.catalog"), encoding="utf-8"):
        cells = [c.strip() for c in line.split("|")]
        if len(cells) >= 3 and cells[1] in ("district", "street"):
            names.append(cells[0])
    return names


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--first", type=int, default=2000)
    parser.add_argument("--last", type=int, default=2025)
    parser.add_argument("--indicators", type=int, default=100)
    args = parser.parse_args()
    rng = random.Random(20251205)
    wanted = []
    for line in open(os.path.join(ROOT, "Targets", "xicheng-2025.targets"), encoding="utf-8"):
        parts = line.split()
        if len(parts) >= 2 and parts[0] == "indicator" and parts[1] not in wanted:
            wanted.append(parts[1])
    by_id = {i["id"]: i for i in catalog()}
    chosen = [by_id[i] for i in wanted if i in by_id]
    chosen += [i for i in by_id.values() if i["id"] not in wanted]
    chosen = chosen[:args.indicators]
    areas = scopes()
    assert len(areas) == 32, len(areas)
    days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    with open(args.out, "w", encoding="utf-8", buffering=1 << 22) as f:
        f.write("period,scope,indicator,value,valid_days,flag,note\n")
        for year in range(args.first, args.last + 1):
            for month in range(1, 13):
                n = days[month - 1] + (1 if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 0)
                period = f"{year}-{month:02d}"
                for area in areas:
                    for ind in chosen:
                        lo, hi = ind["range"]
                        hi = min(hi, 100.0) if lo >= 0 else hi
                        value = rng.uniform(max(lo, 0.0), hi * 0.9)
                        text = f"{value:.{ind['precision']}f}"
                        valid = str(n - (rng.random() < 0.05)) if ind["kind"] in WEIGHS_DAYS else ""
                        f.write(f"{period},{area},{ind['id']},{text},{valid},,\n")


if __name__ == "__main__":
    main()
