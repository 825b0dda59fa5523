#!/usr/bin/env python3
"""The benchmark job in DuckDB: the hourly file is read, reduced to station-days (means, the 24
O3 hours, the 17 O3 8-h windows) and to HJ 663 area-days in SQL; the AQI of the few area-days
and the monthly statistics use the shared numpy rules (aqi_rules.py), as the pandas job does.

    python duckdb_job.py hourly.csv stations.csv out.csv [threads]
    python duckdb_job.py FOLDER stations.csv out.csv [threads]   # UCI files (generate_uci.py)

A folder is read as station files in the UCI multi-site layout (year, month, day, hour columns,
CO in µg/m³, divided by 1000 as tracker does, the weather columns read and left aside).
"""
import os
import sys

import duckdb
import numpy as np
import pandas as pd

import aqi_rules as rules

MEANS = ["pm25", "pm10", "so2", "no2", "co"]


def main(hourly, stations, out, threads=None):
    con = duckdb.connect()
    con.execute(f"SET threads = {int(threads or os.cpu_count())}")
    if os.path.isdir(hourly):
        uci_view(con, hourly)
    else:
        con.execute(f"""
        CREATE VIEW h AS SELECT station, "time" AS t,
          CASE WHEN "PM2.5" >= 0 THEN "PM2.5" END AS pm25, CASE WHEN PM10 >= 0 THEN PM10 END AS pm10,
          CASE WHEN SO2 >= 0 THEN SO2 END AS so2, CASE WHEN NO2 >= 0 THEN NO2 END AS no2,
          CASE WHEN "CO(mg/m³)" >= 0 THEN "CO(mg/m³)" END AS co, CASE WHEN O3 >= 0 THEN O3 END AS o3
        FROM read_csv('{hourly}', header = true, nullstr = 'NA',
          columns = {{'station': 'VARCHAR', 'time': 'TIMESTAMP', 'PM2.5': 'DOUBLE', 'PM10': 'DOUBLE',
                      'SO2': 'DOUBLE', 'NO2': 'DOUBLE', 'CO(mg/m³)': 'DOUBLE', 'O3': 'DOUBLE'}})""")
    reduce(con, stations, out)


def uci_view(con, folder):
    """The hourly rows of every station file in `folder` (UCI layout) as view h."""
    names = ["No", "year", "month", "day", "hour", "PM2.5", "PM10", "SO2", "NO2", "CO", "O3",
             "TEMP", "PRES", "DEWP", "RAIN", "wd", "WSPM", "station"]
    types = {n: "DOUBLE" for n in names}
    types.update({"No": "BIGINT", "year": "INTEGER", "month": "INTEGER", "day": "INTEGER", "hour": "INTEGER",
                  "wd": "VARCHAR", "station": "VARCHAR"})
    columns = ", ".join(f"'{n}': '{t}'" for n, t in types.items())
    con.execute(f"""
        CREATE VIEW h AS SELECT station, make_timestamp(year, month, day, hour, 0, 0) AS t,
          CASE WHEN "PM2.5" >= 0 THEN "PM2.5" END AS pm25, CASE WHEN PM10 >= 0 THEN PM10 END AS pm10,
          CASE WHEN SO2 >= 0 THEN SO2 END AS so2, CASE WHEN NO2 >= 0 THEN NO2 END AS no2,
          CASE WHEN CO >= 0 THEN CO / 1000 END AS co, CASE WHEN O3 >= 0 THEN O3 END AS o3
        FROM read_csv('{os.path.join(folder, "*.csv")}', header = true, nullstr = 'NA', columns = {{{columns}}})""")


def reduce(con, stations, out):
    """View h (station, t, pm25 … o3) → station-days → area-days → monthly rows in `out`."""
    means = ", ".join(f"CASE WHEN count({c}) >= 20 THEN avg({c}) END AS {c}" for c in MEANS)
    hours = ", ".join(f"max(o3) FILTER (WHERE hour(t) = {k}) AS h{k}" for k in range(24))
    con.execute(f"CREATE TABLE sd AS SELECT station, CAST(t AS DATE) AS day, {means}, {hours} "
                f"FROM h GROUP BY station, CAST(t AS DATE)")

    def window(s):
        cells = [f"h{k}" for k in range(s, s + 8)]
        n = " + ".join(f"({c} IS NOT NULL)::INT" for c in cells)
        total = " + ".join(f"coalesce({c}, 0)" for c in cells)
        return f"CASE WHEN {n} >= 6 THEN ({total}) / ({n}) END AS w{s}"
    con.execute(f"CREATE TABLE sw AS SELECT *, {', '.join(window(s) for s in range(17))} FROM sd")

    st = pd.read_csv(stations, dtype=str, keep_default_na=False)
    pairs = pd.concat([st[["station", "district"]].rename(columns={"district": "area"}),
                       st[st["street"] != ""][["station", "street"]].rename(columns={"street": "area"})])
    con.register("pairs", pairs)
    cols = MEANS + [f"w{s}" for s in range(17)] + [f"h{k}" for k in range(24)]
    agg = ", ".join(f"CASE WHEN count({c}) >= r.required THEN avg({c}) END AS {c}" for c in cols)
    area = con.execute(f"""
        WITH r AS (SELECT area, (count(*) + 1) // 2 AS required FROM pairs GROUP BY area)
        SELECT p.area, sw.day, {agg}
        FROM sw JOIN pairs p USING (station) JOIN r USING (area)
        GROUP BY p.area, sw.day, r.required ORDER BY p.area, sw.day""").df()

    max8, max1 = rules.ozone_maxima(area[[f"w{s}" for s in range(17)]].to_numpy(dtype=float),
                                    area[[f"h{k}" for k in range(24)]].to_numpy(dtype=float))
    num = {c: area[c].to_numpy(dtype=float) for c in MEANS}
    area["aqi"] = rules.daily_aqi(num["pm25"], num["pm10"], num["so2"], num["no2"], num["co"], max8, max1)
    rules.monthly(area[["area", "day", "pm25", "aqi"]]).to_csv(out, index=False)


if __name__ == "__main__":
    main(*sys.argv[1:5])
