#!/usr/bin/env python3
"""Independent reference figures for AirQualityTests/RealData (air-quality.md rules).

Written separately from the Swift code, with a different method: every concentration is kept
as an exact rational (fractions.Fraction parsed from the CSV text), so rounding (GB/T 8170 half
to even) and the IAQI ceiling are exact and need no float slack. Pure python3, csv module only.

    python3 Tests/AirQualityTests/Reference/reference.py [path/to/beijing-multisite]

Default data path: ../shared/data/beijing-multisite next to the repository.
"""
import csv
import math
import os
import sys
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "..", "shared", "data", "beijing-multisite"))
FILES = {
    "Guanyuan": "PRSA_Data_Guanyuan_20130301-20170228.csv",
    "Wanshouxigong": "PRSA_Data_Wanshouxigong_20130301-20170228.csv",
}
POLLUTANTS = ["PM2.5", "PM10", "SO2", "NO2", "CO", "O3"]
MEAN_POLLUTANTS = ["PM2.5", "PM10", "SO2", "NO2", "CO"]

# --- §5 breakpoint tables -------------------------------------------------------------------
STEPS = [0, 50, 100, 150, 200, 300, 400, 500]
T2012 = {
    "SO2": [0, 50, 150, 475, 800, 1600, 2100, 2620],
    "NO2": [0, 40, 80, 180, 280, 565, 750, 940],
    "PM10": [0, 50, 150, 250, 350, 420, 500, 600],
    "CO": [0, 2, 4, 14, 24, 36, 48, 60],
    "O3_1h": [0, 160, 200, 300, 400, 800, 1000, 1200],
    "O3_8h": [0, 100, 160, 215, 265, 800],
    "PM2.5": [0, 35, 75, 115, 150, 250, 350, 500],
}
T2026 = dict(T2012)
del T2026["O3_1h"]
T2026["PM10"] = [0, 50, 120, 250, 350, 420, 500, 600]
T2026["PM2.5"] = [0, 35, 60, 115, 150, 250, 350, 500]
TABLES = {"2012": T2012, "2026": T2026}


def half_even(x, decimals):
    """GB/T 8170 on an exact rational: round half to even at `decimals` places."""
    scale = Fraction(10) ** decimals
    scaled = x * scale
    lower = math.floor(scaled)
    rest = scaled - lower
    if rest > Fraction(1, 2) or (rest == Fraction(1, 2) and lower % 2 == 1):
        lower += 1
    return Fraction(lower) / scale


def iaqi_on_table(bps, c):
    if c <= 0:
        return 0
    for i in range(1, len(bps)):
        if c <= bps[i]:
            lo, hi = bps[i - 1], bps[i]
            return math.ceil(Fraction(STEPS[i] - STEPS[i - 1], hi - lo) * (c - lo) + STEPS[i - 1])
    return 500


def iaqi(item, c, version, o3_1h):
    decimals = 1 if item == "CO" else 0
    r = half_even(c, decimals)
    table = TABLES[version]
    if item == "O3_8h" and r > 800:
        if version == "2026":
            return 300
        if o3_1h is None:
            return None
        return iaqi("O3_1h", o3_1h, version, None)
    return iaqi_on_table(table[item], r)


def daily_aqi(conc, version):
    """conc: item -> exact concentration or None. Returns AQI or None (NA)."""
    items = list(TABLES[version].keys())
    subs = []
    missing = False
    for item in items:
        c = conc.get(item)
        value = None if c is None else iaqi(item, c, version, conc.get("O3_1h"))
        if value is None:
            missing = True
        else:
            subs.append(value)
    if not subs:
        return None
    top = max(subs)
    if missing and top <= 100:
        return None
    return top


# --- §2–3 hourly → daily -------------------------------------------------------------------
def read_station(path):
    days = {}
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            key = (int(row["year"]), int(row["month"]), int(row["day"]))
            hours = days.setdefault(key, {p: [None] * 24 for p in POLLUTANTS})
            for p in POLLUTANTS:
                text = row[p].strip()
                if text in ("", "NA"):
                    continue
                v = Fraction(text)
                if v < 0:
                    continue
                hours[p][int(row["hour"])] = v / 1000 if p == "CO" else v
    return days


def mean(values):
    return sum(values, Fraction(0)) / len(values)


def o3_daily(hours, windows):
    valid_w = [w for w in windows if w is not None]
    max8 = None
    if valid_w:
        m = max(valid_w)
        if len(valid_w) >= 14 or half_even(m, 0) > 160:
            max8 = m
    valid_h = [h for h in hours if h is not None]
    max1 = max(valid_h) if len(valid_h) >= 20 else None
    return max8, max1


def station_daily(hours):
    d = {}
    for p in MEAN_POLLUTANTS:
        valid = [v for v in hours[p] if v is not None]
        d[p] = mean(valid) if len(valid) >= 20 else None
    o3 = hours["O3"]
    windows = []
    for s in range(17):
        valid = [v for v in o3[s:s + 8] if v is not None]
        windows.append(mean(valid) if len(valid) >= 6 else None)
    d["windows"] = windows
    d["hours"] = list(o3)
    d["O3_8h"], d["O3_1h"] = o3_daily(o3, windows)
    return d


# --- §8 area (HJ 663) ----------------------------------------------------------------------
def area_daily(station_days, n_stations):
    need = (n_stations + 1) // 2

    def combine(values):
        valid = [v for v in values if v is not None]
        return mean(valid) if len(valid) >= need else None

    d = {p: combine([s[p] for s in station_days]) for p in MEAN_POLLUTANTS}
    d["windows"] = [combine([s["windows"][i] for s in station_days]) for i in range(17)]
    d["hours"] = [combine([s["hours"][h] for s in station_days]) for h in range(24)]
    d["O3_8h"], d["O3_1h"] = o3_daily(d["hours"], d["windows"])
    return d


def concentrations(d):
    c = {"SO2": d["SO2"], "NO2": d["NO2"], "PM10": d["PM10"], "CO": d["CO"], "PM2.5": d["PM2.5"],
         "O3_8h": d["O3_8h"], "O3_1h": d["O3_1h"]}
    return c


def version_for(key):
    return "2012" if key < (2026, 3, 1) else "2026"


# --- §7 periods ----------------------------------------------------------------------------
def days_in_month(y, m):
    if m == 2:
        return 29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28
    return 30 if m in (4, 6, 9, 11) else 31


def year_validity(valid_keys, year):
    per_month = {m: 0 for m in range(1, 13)}
    for (y, m, _d) in valid_keys:
        if y == year:
            per_month[m] += 1
    short = [(m, per_month[m], 25 if m == 2 else 27) for m in range(1, 13)
             if per_month[m] < (25 if m == 2 else 27)]
    total = sum(per_month.values())
    return total, short, (total >= 324 and not short)


def percentile(values, p):
    xs = sorted(values)
    k = 1 + (len(xs) - 1) * Fraction(p) / 100
    s = math.floor(k)
    if s >= len(xs):
        return xs[-1]
    return xs[s - 1] + (xs[s] - xs[s - 1]) * (k - s)


def year_report(name, daily, year, version=None):
    keys = sorted(k for k in daily if k[0] == year)
    print(f"== {name} {year}" + (f" (forced HJ 633-{version})" if version else ""))
    for label, key_of in [("PM2.5 mean", "PM2.5"), ("PM10 mean", "PM10"), ("SO2 mean", "SO2"),
                          ("NO2 mean", "NO2")]:
        valid = [k for k in keys if daily[k][key_of] is not None]
        total, short, ok = year_validity(valid, year)
        value = mean([daily[k][key_of] for k in valid]) if valid else None
        shown = "none" if value is None else f"{float(value):.12f}"
        print(f"{label}: {shown} valid_days={total} valid={ok} short_months={short}")
    co = [daily[k]["CO"] for k in keys if daily[k]["CO"] is not None]
    o3 = [daily[k]["O3_8h"] for k in keys if daily[k]["O3_8h"] is not None]
    print(f"CO P95: {float(percentile(co, 95)):.12f} (n={len(co)})")
    print(f"O3-8h P90: {float(percentile(o3, 90)):.12f} (n={len(o3)})")
    aqis = [daily_aqi(concentrations(daily[k]), version or version_for(k)) for k in keys]
    valid_aqi = [a for a in aqis if a is not None]
    good = sum(1 for a in valid_aqi if a <= 100)
    heavy = sum(1 for a in valid_aqi if a > 200)
    ratio = Fraction(good * 100, len(valid_aqi)) if valid_aqi else None
    print(f"days={len(keys)} valid_aqi_days={len(valid_aqi)} good_days={good} heavy_days={heavy} "
          f"good_ratio={float(ratio):.12f}")


def main():
    if not os.path.isdir(DATA):
        sys.exit(f"data folder not found: {DATA}")
    stations = {name: read_station(os.path.join(DATA, f)) for name, f in FILES.items()}
    daily = {name: {k: station_daily(h) for k, h in days.items()} for name, days in stations.items()}
    all_keys = sorted(set(daily["Guanyuan"]) | set(daily["Wanshouxigong"]))
    xicheng = {k: area_daily([daily[n][k] for n in FILES if k in daily[n]], len(FILES)) for k in all_keys}
    year_report("Xicheng (Guanyuan + Wanshouxigong)", xicheng, 2015)
    year_report("Xicheng (Guanyuan + Wanshouxigong)", xicheng, 2015, version="2026")
    year_report("Wanshouxigong", daily["Wanshouxigong"], 2014)


if __name__ == "__main__":
    main()
