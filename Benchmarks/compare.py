#!/usr/bin/env python3
"""Checks that the pandas and DuckDB jobs computed what `tracker aggregate` wrote.

    python compare.py tracker-monthly.csv job-monthly.csv
Prints the number of area-months compared and any difference (PM2.5 to 1e-9 relative, day counts exactly).
"""
import csv
import sys


def main(ours, theirs):
    rows = {}
    for r in csv.DictReader(open(ours, encoding="utf-8")):
        key = (r["scope"], r["period"])
        rows.setdefault(key, {})[r["indicator"]] = (float(r["value"]), int(r["valid_days"]))
    differences = 0
    compared = 0
    for r in csv.DictReader(open(theirs, encoding="utf-8")):
        mine = rows.get((r["area"], r["month"]))
        if mine is None:
            print("missing in tracker output:", r["area"], r["month"]); differences += 1; continue
        compared += 1
        pm25, days = mine["pm25_annual_mean"]
        good = round(mine["good_day_ratio"][0] * mine["good_day_ratio"][1] / 100)
        checks = [
            ("pm25", abs(pm25 - float(r["pm25"])) <= 1e-9 * max(1, pm25)),
            ("pm25_days", days == int(r["pm25_days"])),
            ("aqi_days", mine["good_day_ratio"][1] == int(r["aqi_days"])),
            ("good", good == int(float(r["good"]))),
            ("heavy", mine["heavy_pollution_days"][0] == float(r["heavy"])),
        ]
        for name, ok in checks:
            if not ok:
                differences += 1
                print("differs:", r["area"], r["month"], name, mine, dict(r))
    print(f"{compared} area-months compared, {differences} differences")
    return 0 if differences == 0 and compared > 0 else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
