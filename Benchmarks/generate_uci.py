#!/usr/bin/env python3
"""Generates hourly station files in the real UCI multi-site layout for the aggregation benchmark
(not real data).

    python3 Benchmarks/generate_uci.py OUT_DIR [--stations 200] [--year 2025]

Writes one file per station, OUT_DIR/files/PRSA_Data_<id>_<year>0101-<year>1231.csv, exactly as
the files in ../shared/data/beijing-multisite are laid out (see docs/performance.md):

    "No","year","month","day","hour","PM2.5","PM10","SO2","NO2","CO","O3","TEMP","PRES","DEWP","RAIN","wd","WSPM","station"
    1,2025,1,1,0,9,9,3,17,300,89,-0.5,1024.5,-21.4,0,"NNW",5.7,"Site0000"

header quoted, `wd` and `station` quoted, CRLF line ends, every hour of the year (8,760 rows),
concentrations in µg/m³ including CO, missing values `NA` (about 0.5 % of values, and now and
then a run of hours, so some station-days fall below 20 hours). About 650 kB per station.
OUT_DIR/stations.csv is the station list (station,name_zh,street,district): stations spread over
Beijing's 17 districts, those of 西城区 over its 15 streets. Deterministic (fixed seed).
"""
import argparse
import datetime
import os
import random

from generate import write_stations  # the same station list as the long-layout benchmark

WINDS = ["N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"]
HEADER = ",".join(f'"{name}"' for name in ["No", "year", "month", "day", "hour", "PM2.5", "PM10", "SO2", "NO2", "CO", "O3",
                                            "TEMP", "PRES", "DEWP", "RAIN", "wd", "WSPM", "station"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--stations", type=int, default=200)
    parser.add_argument("--year", type=int, default=2025)
    args = parser.parse_args()
    files = os.path.join(args.out, "files")
    os.makedirs(files, exist_ok=True)
    rng = random.Random(20250301)

    ids = [f"Site{i:04d}" for i in range(args.stations)]
    write_stations(os.path.join(args.out, "stations.csv"), ids)

    def na(text):
        return "NA" if rng.random() < 0.005 else text

    # Pools of value tails (pollutants and weather, as the real files write them: integers for
    # most concentrations, one decimal for weather) per station level: picking from pools keeps
    # generation fast while every station-day still mixes clean, polluted and missing hours.
    def tail(level):
        pm25 = rng.lognormvariate(0, 0.6) * level
        temp = rng.uniform(-12, 36)
        values = [na(f"{pm25:.0f}"), na(f"{pm25 * rng.uniform(1.2, 1.8):.0f}"), na(f"{rng.uniform(2, 15):.0f}"),
                  na(f"{rng.uniform(10, 80):.0f}"), na(f"{rng.uniform(2, 25):.0f}00"), na(f"{rng.uniform(5, 220):.0f}"),
                  na(f"{temp:.1f}"), na(f"{rng.uniform(995, 1035):.1f}"), na(f"{temp - rng.uniform(2, 25):.1f}"),
                  na("0" if rng.random() < 0.9 else f"{rng.uniform(0.1, 5):.1f}"),
                  na(f'"{rng.choice(WINDS)}"'), na(f"{rng.uniform(0, 6):.1f}")]
        return ",".join(values)
    levels = [rng.uniform(20, 90) for _ in range(40)]
    pools = [[tail(level) for _ in range(97)] for level in levels]
    gap = ",".join(["NA"] * 6) + "," + pools[0][0].split(",", 6)[6]   # all pollutants missing

    start = datetime.datetime(args.year, 1, 1)
    hours = (datetime.datetime(args.year + 1, 1, 1) - start) // datetime.timedelta(hours=1)
    times = [start + datetime.timedelta(hours=h) for h in range(hours)]
    stamps = [f"{t.year},{t.month},{t.day},{t.hour}," for t in times]
    last = times[-1].strftime("%Y%m%d")
    for i, sid in enumerate(ids):
        pool = pools[i % len(pools)]
        # A few outages per station: 3–30 hours with no pollutant measured.
        outages = set()
        for _ in range(rng.randrange(4)):
            first = rng.randrange(hours)
            outages.update(range(first, min(hours, first + rng.randrange(3, 31))))
        suffix = f',"{sid}"\r\n'
        name = os.path.join(files, f"PRSA_Data_{sid}_{args.year}0101-{last}.csv")
        with open(name, "w", encoding="utf-8", newline="", buffering=1 << 22) as f:
            f.write(HEADER + "\r\n")
            f.write("".join(f"{h + 1}," + stamps[h] + (gap if h in outages else pool[(h * 7919 + i * 31) % 97]) + suffix
                            for h in range(hours)))


if __name__ == "__main__":
    main()
