#!/usr/bin/env python3
"""The evaluation benchmark's job in DuckDB (it does less than `tracker evaluate`): reads the long
monthly file, keeps the year, takes valid-day-weighted means (plain means where there are no
valid days) per scope and indicator, and compares each with a threshold.

    python duckdb_evaluate_job.py monthly.csv out.csv [year] [threads]
"""
import os
import sys

import duckdb


def main(monthly, out, year="2025", threads=None):
    con = duckdb.connect()
    con.execute(f"SET threads = {int(threads or os.cpu_count())}")
    con.execute(f"""
        COPY (
          SELECT scope, indicator,
                 coalesce(sum(value * valid_days) / nullif(sum(valid_days), 0), avg(value)) AS observed,
                 coalesce(sum(value * valid_days) / nullif(sum(valid_days), 0), avg(value)) <= 50 AS met
          FROM read_csv('{monthly}', header = true,
            columns = {{'period': 'VARCHAR', 'scope': 'VARCHAR', 'indicator': 'VARCHAR', 'value': 'DOUBLE',
                        'valid_days': 'INTEGER', 'flag': 'VARCHAR', 'note': 'VARCHAR'}})
          WHERE period LIKE '{int(year)}-%'
          GROUP BY scope, indicator ORDER BY scope, indicator
        ) TO '{out}' (HEADER)""")


if __name__ == "__main__":
    main(*sys.argv[1:])
