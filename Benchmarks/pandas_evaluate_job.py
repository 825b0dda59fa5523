#!/usr/bin/env python3
"""The evaluation benchmark's job in pandas (it does less than `tracker evaluate`): reads the long
monthly file, keeps the year, takes valid-day-weighted means (plain means where there are no
valid days) per scope and indicator, and compares each with a threshold.

    python pandas_evaluate_job.py monthly.csv out.csv [year]
"""
import sys

import pandas as pd


def main(monthly, out, year="2025"):
    df = pd.read_csv(monthly, dtype={"period": str, "scope": str, "indicator": str, "flag": str, "note": str},
                     keep_default_na=False, na_values={"value": [""], "valid_days": [""]})
    df = df[df["period"].str.startswith(f"{int(year)}-")]
    df = df.assign(weighted=df["value"] * df["valid_days"])
    g = df.groupby(["scope", "indicator"])
    result = pd.DataFrame({"weighted": g["weighted"].sum(min_count=1), "days": g["valid_days"].sum(min_count=1),
                           "plain": g["value"].mean()})
    result["observed"] = (result["weighted"] / result["days"]).fillna(result["plain"])
    result["met"] = result["observed"] <= 50
    result[["observed", "met"]].to_csv(out)


if __name__ == "__main__":
    main(*sys.argv[1:])
