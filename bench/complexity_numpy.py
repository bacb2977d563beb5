#!/usr/bin/python3
"""Economic complexity in plain numpy, the way py-ecomplexity computes it, to time against
the C++ module on the same inputs.

  complexity_numpy.py --fixture tests/fixtures/ecomplexity --dir DIR --case NAME[:ROWSxCOLS]
                      [--runs N]

First checks itself against the py-ecomplexity reference figures in the fixture (1e-9, as
the C++ test), then reads DIR/NAME.values.f64 (row-major float64 written by
complexity_bench), compares its ECI, PCI, density and COG with the C++ results written
beside it, and times itself. Prints one JSON object per line; exits 1 when a check fails.
"""
import argparse
import csv
import json
import resource
import sys
import time

import numpy as np


def complexity(x, threshold=1.0):
    """RCA, Mcp, diversity, ubiquity, ECI, PCI, proximity, density, COI and COG of a
    locations × products matrix (py-ecomplexity @ d22c0f7, default arguments)."""
    rca = (x / x.sum(axis=1)[:, np.newaxis]) / (x.sum(axis=0) / x.sum())[np.newaxis, :]
    mcp = (rca >= threshold).astype(float)
    diversity = mcp.sum(axis=1)
    ubiquity = mcp.sum(axis=0)

    mcp1 = mcp / diversity[:, np.newaxis]
    mcp2 = mcp / ubiquity[np.newaxis, :]
    mpp = mcp2.T @ mcp1
    eigvals, eigvecs = np.linalg.eig(mpp)
    eigvecs = np.real(eigvecs)
    kp = eigvecs[:, np.real(eigvals).argsort()[-2]]
    kc = mcp1 @ kp
    sign = np.sign(np.corrcoef(diversity, kc)[0, 1])
    eci_raw = sign * kc
    pci_raw = sign * kp
    eci = (eci_raw - eci_raw.mean()) / eci_raw.std()
    pci = (pci_raw - eci_raw.mean()) / eci_raw.std()

    proximity = (mcp.T @ mcp) / np.maximum(ubiquity[np.newaxis, :], ubiquity[:, np.newaxis])
    density = np.nan_to_num((mcp @ proximity) / proximity.sum(axis=0)[np.newaxis, :])
    absent = 1 - mcp
    coi_raw = ((density * absent) * pci_raw).sum(axis=1)
    coi = (coi_raw - coi_raw.mean()) / coi_raw.std()
    weights = np.nan_to_num(proximity * (pci_raw / proximity.sum(axis=1))[:, np.newaxis])
    cog = absent * (absent @ weights) / eci_raw.std()
    return {"rca": rca, "mcp": mcp, "diversity": diversity, "ubiquity": ubiquity, "eci": eci,
            "pci": pci, "proximity": proximity, "density": density, "coi": coi, "cog": cog}


def verify_fixture(folder):
    """Largest error against the reference, relative to max(1, |reference|)."""
    with open(f"{folder}/synthetic_30x12_input.csv", newline="") as f:
        cells = {(r["loc"], r["prod"]): float(r["val"]) for r in csv.DictReader(f)}
    locations = sorted({loc for loc, _ in cells})
    products = sorted({prod for _, prod in cells})
    x = np.array([[cells.get((loc, prod), 0.0) for prod in products] for loc in locations])
    c = complexity(x)
    i = {loc: k for k, loc in enumerate(locations)}
    j = {prod: k for k, prod in enumerate(products)}
    worst, compared = 0.0, 0
    with open(f"{folder}/synthetic_30x12_ecomplexity_reference.csv", newline="") as f:
        for row in csv.DictReader(f):
            a, b = i[row["loc"]], j[row["prod"]]
            actual = {"diversity": c["diversity"][a], "ubiquity": c["ubiquity"][b],
                      "rca": c["rca"][a, b], "mcp": c["mcp"][a, b], "eci": c["eci"][a],
                      "pci": c["pci"][b], "density": c["density"][a, b], "coi": c["coi"][a],
                      "cog": c["cog"][a, b]}
            for name, value in actual.items():
                want = float(row[name])
                worst = max(worst, abs(value - want) / max(1.0, abs(want)))
                compared += 1
    return float(worst), compared


def peak_rss_kib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--fixture", required=True)
    p.add_argument("--dir", required=True)
    p.add_argument("--case", required=True, help="NAME:ROWSxCOLS")
    p.add_argument("--runs", type=int, default=21)
    a = p.parse_args()

    worst, compared = verify_fixture(a.fixture)
    ok = compared == 30 * 12 * 9 and worst <= 1e-9
    print(json.dumps({"check": "fixture", "implementation": "numpy", "compared": compared,
                      "max_rel_error": worst, "ok": ok}), flush=True)
    if not ok:
        return 1

    name, shape = a.case.split(":")
    rows, cols = (int(n) for n in shape.split("x"))
    x = np.fromfile(f"{a.dir}/{name}.values.f64").reshape(rows, cols)
    baseline = peak_rss_kib()
    c = complexity(x)
    diff = {}
    for key, shape in (("eci", (rows,)), ("pci", (cols,)), ("density", (rows, cols)),
                       ("cog", (rows, cols))):
        theirs = np.fromfile(f"{a.dir}/{name}.cpp.{key}.f64").reshape(shape)
        diff[key] = float(np.max(np.abs(c[key] - theirs)))
    ok = bool(all(d <= 1e-9 for d in diff.values()))
    print(json.dumps({"check": name, "implementation": "numpy", "max_abs_diff": diff, "ok": ok}),
          flush=True)

    complexity(x)  # warm-up, as the C++ program does
    times = []
    for _ in range(a.runs):
        start = time.perf_counter()
        complexity(x)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(json.dumps({"case": name, "implementation": "numpy", "numpy": np.__version__,
                      "regions": rows, "sectors": cols, "runs": a.runs,
                      "median_ms": times[len(times) // 2], "min_ms": times[0],
                      "baseline_rss_kib": baseline, "peak_rss_kib": peak_rss_kib()}))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
