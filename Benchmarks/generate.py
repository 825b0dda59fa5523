#!/usr/bin/env python3
"""Generates a national-scale hourly input for the aggregation benchmark (not real data).

    python3 Benchmarks/generate.py OUT_DIR [--stations 2000] [--year 2025]

Writes OUT_DIR/hourly.csv in the plain long layout (station,time,PM2.5,PM10,SO2,NO2,CO(mg/m³),O3),
one row per station-hour, ordered by time then station as a national network publishes it
(2,000 stations x 8,760 hours = 17.5 million rows, about 1 GB), and OUT_DIR/stations.csv,
the station list: stations spread over Beijing's 17 districts, those of 西城区 over its 15
streets. About 0.5 % of values are NA and 0.1 % of rows are missing, so some station-days
are incomplete, as in real feeds. Deterministic (fixed seed).
"""
import argparse
import datetime
import os
import random

DISTRICTS = ["东城区", "西城区", "朝阳区", "海淀区", "丰台区", "石景山区", "门头沟区", "房山区", "通州区", "顺义区",
             "昌平区", "大兴区", "平谷区", "怀柔区", "密云区", "延庆区", "北京经济技术开发区"]
STREETS = ["德胜街道", "什刹海街道", "西长安街街道", "大栅栏街道", "天桥街道", "新街口街道", "金融街街道", "椿树街道",
           "陶然亭街道", "展览路街道", "月坛街道", "广内街道", "牛街街道", "白纸坊街道", "广外街道"]


def write_stations(path, ids):
    """The station list (station,name_zh,street,district): stations spread over the districts in
    turn, those of 西城区 over its streets. Shared with generate_uci.py."""
    with open(path, "w", encoding="utf-8") as f:
        f.write("station,name_zh,street,district\n")
        for i, sid in enumerate(ids):
            district = DISTRICTS[i % len(DISTRICTS)]
            street = STREETS[(i // len(DISTRICTS)) % len(STREETS)] if district == "西城区" else ""
            f.write(f"{sid},站{i},{street},{district}\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--stations", type=int, default=2000)
    parser.add_argument("--year", type=int, default=2025)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(20250101)

    ids = [f"ST{i:04d}" for i in range(args.stations)]
    write_stations(os.path.join(args.out, "stations.csv"), ids)

    # A pool of value tails per station level: picking from pools keeps generation fast while
    # every station-day still mixes clean, polluted and missing hours.
    def tail(level):
        def v(x, decimals=1):
            return "NA" if rng.random() < 0.005 else f"{max(0.0, x):.{decimals}f}"
        pm25 = rng.lognormvariate(0, 0.6) * level
        return ",".join(["", v(pm25), v(pm25 * rng.uniform(1.2, 1.8)), v(rng.uniform(2, 15)), v(rng.uniform(10, 80)),
                         v(rng.uniform(0.2, 2.5), 2), v(rng.uniform(5, 220))])
    levels = [rng.uniform(20, 90) for _ in range(40)]
    pools = [[tail(level) for _ in range(97)] for level in levels]
    start = datetime.datetime(args.year, 1, 1)
    hours = (datetime.datetime(args.year + 1, 1, 1) - start) // datetime.timedelta(hours=1)
    prefixes = [sid + "," for sid in ids]
    pool_of = [pools[i % len(pools)] for i in range(len(ids))]
    with open(os.path.join(args.out, "hourly.csv"), "w", encoding="utf-8", buffering=1 << 22) as f:
        f.write("station,time,PM2.5,PM10,SO2,NO2,CO(mg/m³),O3\n")
        for h in range(hours):
            t = (start + datetime.timedelta(hours=h)).strftime("%Y-%m-%dT%H:00")
            k = h * 7919
            drop = {rng.randrange(len(ids)) for _ in range(len(ids) // 1000)}
            f.write("".join(prefixes[i] + t + pool_of[i][(k + i * 31) % 97] + "\n"
                            for i in range(len(ids)) if i not in drop))


if __name__ == "__main__":
    main()
