"""Reads a Dispatches CSV export as an analyst would: Python's csv module, then pandas if installed.

Usage: read_export.py EXPORT.csv EXPECTED_TITLES.txt
Prints one JSON object: header, row count and how many expected titles came back intact, per reader.
"""
import csv
import json
import sys

path, expected_path = sys.argv[1], sys.argv[2]
with open(expected_path, encoding="utf-8") as f:
    expected = set(line.rstrip("\n") for line in f if line.strip())

out = {}
with open(path, "rb") as f:
    out["bom"] = f.read(3) == b"\xef\xbb\xbf"
with open(path, newline="", encoding="utf-8-sig") as f:
    rows = list(csv.reader(f))
out["csv"] = {"header": rows[0], "rows": len(rows) - 1,
              "intact": sum(1 for r in rows[1:] if r[1] in expected)}
try:
    import pandas as pd
except ImportError:
    out["pandas"] = None
else:
    df = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    out["pandas"] = {"header": list(df.columns), "rows": len(df),
                     "intact": int(df["title"].isin(expected).sum())}
print(json.dumps(out, ensure_ascii=False))
