#!/usr/bin/env python3
"""The benchmark job in pandas: hourly file + station list → monthly PM2.5 mean, good and heavy
days per street and district, by the same rules as `tracker aggregate` (see aqi_rules.py).

    python pandas_job.py hourly.csv stations.csv out.csv
    python pandas_job.py FOLDER stations.csv out.csv   # UCI station files (generate_uci.py)
"""
import glob
import os
import sys

import numpy as np
import pandas as pd

import aqi_rules as rules

MEANS = ["pm25", "pm10", "so2", "no2", "co"]


def main(hourly, stations, out):
    if os.path.isdir(hourly):
        df, t = read_uci(hourly)
    else:
        df = pd.read_csv(hourly, engine="pyarrow", na_values=["NA"], keep_default_na=True)
        df.columns = ["station", "time", "pm25", "pm10", "so2", "no2", "co", "o3"]
        t = pd.to_datetime(df["time"])
    df["day"] = t.dt.normalize()
    df["hour"] = t.dt.hour
    for c in MEANS + ["o3"]:
        df[c] = df[c].where(df[c] >= 0)
    g = df.groupby(["station", "day"], sort=True)
    counts = g[MEANS].count()
    sd = (g[MEANS].sum() / counts).where(counts >= 20)
    o3 = df.set_index(["station", "day", "hour"])["o3"].unstack("hour").reindex(columns=range(24))
    o3 = o3.reindex(sd.index)
    hours = o3.to_numpy(dtype=float)
    win = rules.windows(hours)
    wide = pd.concat([sd.reset_index(),
                      pd.DataFrame(win, columns=[f"w{i}" for i in range(17)]),
                      pd.DataFrame(hours, columns=[f"h{i}" for i in range(24)])], axis=1)

    st = pd.read_csv(stations, dtype=str, keep_default_na=False)
    pairs = pd.concat([st[["station", "district"]].rename(columns={"district": "area"}),
                       st[st["street"] != ""][["station", "street"]].rename(columns={"street": "area"})])
    required = ((pairs.groupby("area").size() + 1) // 2).rename("required")
    joined = wide.merge(pairs, on="station")
    cols = MEANS + [f"w{i}" for i in range(17)] + [f"h{i}" for i in range(24)]
    ga = joined.groupby(["area", "day"], sort=True)
    n = ga[cols].count()
    req = required.reindex(n.index.get_level_values("area")).to_numpy()[:, None]
    area = (ga[cols].sum() / n).where(n.to_numpy() >= req).reset_index()

    max8, max1 = rules.ozone_maxima(area[[f"w{i}" for i in range(17)]].to_numpy(),
                                    area[[f"h{i}" for i in range(24)]].to_numpy())
    area["aqi"] = rules.daily_aqi(area["pm25"].to_numpy(), area["pm10"].to_numpy(), area["so2"].to_numpy(),
                                  area["no2"].to_numpy(), area["co"].to_numpy(), max8, max1)
    rules.monthly(area[["area", "day", "pm25", "aqi"]]).to_csv(out, index=False)


def read_uci(folder):
    """Every station file of `folder` (UCI layout, CO in µg/m³) → the long frame and its times."""
    parts = [pd.read_csv(path, engine="pyarrow", na_values=["NA"], keep_default_na=True)
             for path in sorted(glob.glob(os.path.join(folder, "*.csv")))]
    raw = pd.concat(parts, ignore_index=True)
    t = pd.to_datetime(raw[["year", "month", "day", "hour"]])
    df = pd.DataFrame({"station": raw["station"], "pm25": raw["PM2.5"], "pm10": raw["PM10"], "so2": raw["SO2"],
                       "no2": raw["NO2"], "co": raw["CO"] / 1000, "o3": raw["O3"]})
    return df, t


if __name__ == "__main__":
    main(*sys.argv[1:4])
