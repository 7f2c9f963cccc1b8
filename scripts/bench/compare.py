#!/usr/bin/env python3
"""Compares two runs of the suite: how far each row's RT ÷ Pekko ratio moved between them.

Usage: python3 scripts/bench/compare.py RUN_A RUN_B [--band F]

RUN_A and RUN_B are each a results file that dev.rt.bench.Suite wrote, or a git revision whose
rt-bench/results/results.json is read (for example `200e949`). Prints a Markdown table with,
for every row of the main table that both runs have, the two ratios with their ranges over fork
pairs, the factor between the ratios (the larger ÷ the smaller, so 1.00× is perfect agreement)
and each run's mark against the row's target; then a summary: on how many rows the ratios agree
within F (1.5 unless --band says otherwise), the widest factor, and the rows whose mark differs.
Standard library only; reuses report.py's reading of the results.
"""

import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import report  # noqa: E402  (beside this script)

RESULTS = "rt-bench/results/results.json"


def load_run(spec):
    """A results file by path, or the results file of a git revision."""
    if os.path.isfile(spec):
        return report.load(spec)
    try:
        text = subprocess.run(["git", "show", f"{spec}:{RESULTS}"], cwd=report.ROOT,
                              check=True, capture_output=True, text=True).stdout
    except subprocess.CalledProcessError as e:
        sys.exit(f"compare.py: {spec} is neither a results file nor a git revision with "
                 f"{RESULTS}: {e.stderr.strip()}")
    return json.loads(text)


MEMORY = (("idle", "Memory per idle actor"), ("messaged", "Memory per actor after one message"))


def rows_of(results):
    """The main table's rows of one run, by label, and its memory rows; rows the run lacks are
    left out."""
    rows = {r["label"]: r for r in report.main_rows(report.collect(results))
            if not r.get("missing")}
    fps = report.footprints(results)
    for shape, label in MEMORY:
        f = fps.get(shape, {})
        if "rt" in f and "pekko" in f:
            adv = f["pekko"]["bytesPerActor"] / f["rt"]["bytesPerActor"]
            rows[label] = dict(label=label, adv=adv, low=adv, high=adv, target=2.0,
                               met="**met**" if adv >= 2.0 else "**not met**")
    return rows


def mark(r):
    return "met" if r["met"] == "**met**" else ("—" if r["target"] is None else "not met")


def when(results):
    return results.get("meta", {}).get("date", "?")[:16].replace("T", " ")


def compare(a, b, band):
    ra, rb = rows_of(a), rows_of(b)
    order = [r[3] for r in report.ROWS] + [label for _, label in MEMORY]
    labels = [label for label in order if label in ra and label in rb]
    out = [f"Run A ended {when(a)} (UTC), run B {when(b)}. *B ÷ A*: how far the ratio moved, the larger "
           "÷ the smaller (1.00× is the same ratio).", "",
           "| benchmark | target | run A | run B | B ÷ A | A | B |",
           "| --- | :---: | ---: | ---: | ---: | :---: | :---: |"]
    factors, flips = [], []
    for label in labels:
        x, y = ra[label], rb[label]
        f = max(x["adv"], y["adv"]) / min(x["adv"], y["adv"])
        direction = "↑" if y["adv"] > x["adv"] else "↓"
        target = "—" if x["target"] is None else f"≥ {x['target']:g}×"
        out.append(f"| {label} | {target} | {report.fmt_adv(x)} | {report.fmt_adv(y)} "
                   f"| {f:.2f}× {direction} | {mark(x)} | {mark(y)} |")
        if x["target"] is not None:
            factors.append((f, label))
            if mark(x) != mark(y):
                flips.append(f"{label} ({mark(x)} → {mark(y)})")
    out.append("")
    if factors:
        within = sum(1 for f, _ in factors if f <= band)
        widest = max(factors)
        met_a = sum(1 for label in labels if mark(ra[label]) == "met")
        met_b = sum(1 for label in labels if mark(rb[label]) == "met")
        out.append(f"Of {len(factors)} targeted rows in both runs, the ratios agree within "
                   f"×{band:g} on {within}; the widest move is ×{widest[0]:.2f} "
                   f"({widest[1]}). Rows met: {met_a} in run A, {met_b} in run B.")
        out.append("")
        out.append("Marks that differ: " + ("; ".join(flips) if flips else "none") + ".")
    return "\n".join(out)


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    band = 1.5
    if "--band" in argv:
        i = argv.index("--band")
        band = float(argv[i + 1])
        args.remove(argv[i + 1])
    if len(args) != 2:
        sys.exit(__doc__)
    print(compare(load_run(args[0]), load_run(args[1]), band))


if __name__ == "__main__":
    main(sys.argv[1:])
