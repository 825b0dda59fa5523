"""The air-quality rules (../shared/domain/air-quality.md) in numpy, shared by the pandas and
DuckDB versions of the benchmark job so both compute what `tracker aggregate` computes:
station-day means (>= 20 valid hours), O3 8-h windows (>= 6 of 8 hours), daily max 8-h (>= 14
windows, or a maximum above 160), daily max 1-h (>= 20 hours), HJ 663 area means (at least half
the area's stations), GB/T 8170 half-even rounding, IAQI per HJ 633-2012 (every benchmark day
is before 2026-03-01), the missing-pollutant rule, and the monthly statistics.
"""
import numpy as np

STEPS = np.array([0, 50, 100, 150, 200, 300, 400, 500], dtype=float)
T2012 = {
    "so2": [0, 50, 150, 475, 800, 1600, 2100, 2620],
    "no2": [0, 40, 80, 180, 280, 565, 750, 940],
    "pm10": [0, 50, 150, 250, 350, 420, 500, 600],
    "co": [0, 2, 4, 14, 24, 36, 48, 60],
    "o3_1h": [0, 160, 200, 300, 400, 800, 1000, 1200],
    "o3_8h": [0, 100, 160, 215, 265, 800],
    "pm25": [0, 35, 75, 115, 150, 250, 350, 500],
}
SLACK = 1e-9


def half_even(x, decimals):
    scale = 10.0 ** decimals
    scaled = x * scale
    low = np.floor(scaled)
    frac = scaled - low
    tie = np.abs(frac - 0.5) <= SLACK * np.maximum(1, np.abs(scaled)) * 1e-3 + SLACK
    even = np.where(np.fmod(low, 2) == 0, low, low + 1)
    return np.where(tie, even, np.floor(scaled + 0.5)) / scale


def ceil_slack(v):
    down = np.floor(v)
    return np.where(v - down <= SLACK, down, down + 1)


def iaqi(c, item):
    """IAQI of unrounded daily concentrations c (NaN = missing) on the 2012 scale."""
    r = half_even(c, 1 if item == "co" else 0)
    bps = np.array(T2012[item], dtype=float)
    out = np.full(r.shape, np.nan)
    out[r <= 0] = 0
    for i in range(1, len(bps)):
        seg = (r > bps[i - 1]) & (r <= bps[i])
        raw = (STEPS[i] - STEPS[i - 1]) / (bps[i] - bps[i - 1]) * (r[seg] - bps[i - 1]) + STEPS[i - 1]
        out[seg] = ceil_slack(raw)
    out[r > bps[-1]] = 500
    return out


def windows(hours):
    """17 O3 8-h window means of an (n, 24) array, NaN where fewer than 6 valid hours."""
    result = np.full((hours.shape[0], 17), np.nan)
    for s in range(17):
        block = hours[:, s:s + 8]
        n = np.sum(~np.isnan(block), axis=1)
        total = np.nansum(block, axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            result[:, s] = np.where(n >= 6, total / np.maximum(n, 1), np.nan)
    return result


def ozone_maxima(win, hours):
    """Daily max 8-h and max 1-h from windows (n, 17) and hours (n, 24)."""
    valid_w = np.sum(~np.isnan(win), axis=1)
    with np.errstate(invalid="ignore"), np.testing.suppress_warnings() as sup:
        sup.filter(RuntimeWarning)
        m8 = np.nanmax(np.where(valid_w[:, None] > 0, win, -np.inf), axis=1)
        m1 = np.nanmax(np.where(np.isnan(hours), -np.inf, hours), axis=1)
    max8 = np.where((valid_w > 0) & ((valid_w >= 14) | (half_even(m8, 0) > 160)), m8, np.nan)
    max1 = np.where(np.sum(~np.isnan(hours), axis=1) >= 20, m1, np.nan)
    return max8, max1


def daily_aqi(pm25, pm10, so2, no2, co, o3_8h, o3_1h):
    """The daily AQI (NaN = NA) under HJ 633-2012 with the missing-pollutant rule."""
    items = {"so2": so2, "no2": no2, "pm10": pm10, "co": co, "o3_1h": o3_1h, "pm25": pm25}
    subs = {k: iaqi(v, k) for k, v in items.items()}
    o3r = half_even(o3_8h, 0)
    o3 = iaqi(o3_8h, "o3_8h")
    subs["o3_8h"] = np.where(o3r > 800, subs["o3_1h"], o3)  # 2012: above 800, the 1-h value's IAQI
    stack = np.vstack(list(subs.values()))
    missing = np.any(np.isnan(stack), axis=0)
    with np.testing.suppress_warnings() as sup:
        sup.filter(RuntimeWarning)
        top = np.nanmax(stack, axis=0)
    return np.where(missing & ~(top > 100), np.nan, top)


def monthly(area_days):
    """area_days: DataFrame with area, day (datetime64/date), pm25 and aqi → monthly statistics."""
    import pandas as pd
    df = area_days.copy()
    df["month"] = pd.to_datetime(df["day"]).dt.strftime("%Y-%m")
    df["pm25_valid"] = ~df["pm25"].isna()
    df["aqi_valid"] = ~df["aqi"].isna()
    df["good"] = df["aqi"] <= 100
    df["heavy"] = df["aqi"] > 200
    g = df.groupby(["area", "month"])
    out = pd.DataFrame({
        "pm25": g["pm25"].mean(), "pm25_days": g["pm25_valid"].sum(),
        "aqi_days": g["aqi_valid"].sum(), "good": g["good"].sum(), "heavy": g["heavy"].sum(),
    }).reset_index()
    return out
