#!/usr/bin/env python3
"""Independent computation of the rankings and 同比 of 东城区 and 西城区 (Tests/Fixtures/rankings).

Reads Samples/dongcheng-xicheng-2014-2016.csv (made by `tracker aggregate` from the UCI Beijing
multi-site data) and writes expected.csv: for PM2.5 and 优良天数比率, every month of 2014-2016,
alone and cumulative (January to the month), each district's displayed value, competition rank,
last year's displayed value, 同比 in % and its rank. Shares no code with tracker:

- exact arithmetic (fractions) throughout;
- PM2.5: valid-day-weighted mean of the monthly means, shown as an integer (published through 2023);
- 优良天数比率: good days / valid days, counted from the notes ("11 good of 30 valid days"),
  shown to 0.1;
- rounding GB/T 8170: half to even; 同比 = (this / last - 1) * 100 from the displayed values, to 0.1;
- ranks 1,1,3: PM2.5 ascending and its 同比 ascending (largest fall first); 优良天数比率 and its 同比
  descending (higher is better).

Run from the repository root: python3 Tests/Fixtures/rankings/expected.py > Tests/Fixtures/rankings/expected.csv
"""
import csv
import re
import sys
from fractions import Fraction

SOURCE = "Samples/dongcheng-xicheng-2014-2016.csv"
SCOPES = ["东城区", "西城区"]  # catalog order


def round_half_even(x: Fraction, decimals: int) -> Fraction:
    scale = Fraction(10) ** decimals
    scaled = x * scale
    floor = scaled.numerator // scaled.denominator
    frac = scaled - floor
    # A value within 1e-6 of a half would depend on the float text of the input: refuse it.
    if frac != Fraction(1, 2) and abs(frac - Fraction(1, 2)) < Fraction(1, 10**6):
        sys.exit(f"near tie: {float(x)}")
    if frac > Fraction(1, 2) or (frac == Fraction(1, 2) and floor % 2 == 1):
        floor += 1
    return Fraction(floor) / scale


def text(x, decimals):
    if x is None:
        return ""
    scaled = x * Fraction(10) ** decimals
    assert scaled.denominator == 1
    n = scaled.numerator
    sign = "-" if n < 0 else ""
    n = abs(n)
    if decimals == 0:
        return sign + str(n)
    return f"{sign}{n // 10**decimals}.{n % 10**decimals:0{decimals}d}"


def ranks(values, ascending):
    out = []
    for v in values:
        if v is None:
            out.append(None)
        else:
            out.append(1 + sum(1 for w in values if w is not None and (w < v if ascending else w > v)))
    return out


rows = {}  # (scope, indicator, year, month) -> (numerator, days)
with open(SOURCE, encoding="utf-8") as f:
    for r in csv.DictReader(f):
        year, month = map(int, r["period"].split("-"))
        days = int(r["valid_days"])
        if r["indicator"] == "pm25_annual_mean":
            rows[(r["scope"], "pm25", year, month)] = (Fraction(r["value"]) * days, days)
        elif r["indicator"] == "good_day_ratio":
            good, valid = map(int, re.search(r"(\d+) good of (\d+) valid days", r["note"]).groups())
            assert valid == days
            rows[(r["scope"], "good", year, month)] = (Fraction(100 * good), valid)


def value(scope, ind, year, months):
    parts = [rows.get((scope, ind, year, m)) for m in months]
    parts = [p for p in parts if p is not None and p[1] > 0]
    if not parts:
        return None
    return sum(p[0] for p in parts) / sum(p[1] for p in parts)


print("indicator,period,cumulative,scope,displayed,rank,previous_displayed,change_pct,change_rank")
for ind, decimals, ascending in [("pm25", 0, True), ("good", 1, False)]:
    for year in (2014, 2015, 2016):
        for month in range(1, 13):
            for cumulative in (False, True):
                months = list(range(1, month + 1)) if cumulative else [month]
                shown, before, change = [], [], []
                for scope in SCOPES:
                    this = value(scope, ind, year, months)
                    last = value(scope, ind, year - 1, months)
                    d = None if this is None else round_half_even(this, decimals)
                    p = None if last is None else round_half_even(last, decimals)
                    c = None if d is None or p is None or p == 0 else round_half_even((d / p - 1) * 100, 1)
                    shown.append(d); before.append(p); change.append(c)
                rank = ranks(shown, ascending)
                change_rank = ranks(change, ascending)
                order = sorted(range(len(SCOPES)), key=lambda i: (rank[i] is None, rank[i] or 0, i))
                for i in order:
                    print(",".join([ind, f"{year}-{month:02d}", "cumulative" if cumulative else "month", SCOPES[i],
                                    text(shown[i], decimals), "" if rank[i] is None else str(rank[i]),
                                    text(before[i], decimals), text(change[i], 1),
                                    "" if change_rank[i] is None else str(change_rank[i])]))
