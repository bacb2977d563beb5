#!/usr/bin/env python3
"""Merges the fragment files data/demo/knowledge/[0-9]*.py into data/demo/knowledge.json,
the demo knowledge base loaded by `clusterpolisee demo`, with each item's sectors from
data/demo/knowledge/_sectors.py.

Usage: tools/build-knowledge-demo.py [--out PATH]"""

import argparse
import importlib.util
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
FRAGMENTS = ROOT / "data" / "demo" / "knowledge"

ABOUT = (
    "Demo content of the ClusterPoliSEE knowledge base: knowledge items on real, public "
    "cluster policies, programmes, instruments, experiences, success and failure factors, "
    "studies and training material of South East Europe and the EU. The facts of each item "
    "come from the public sources named in it; budgets and figures are given only where "
    "those sources publish them, otherwise the budget is null. Summaries, lessons and "
    "transferability notes are analytical texts written for the demo. The contact "
    "organisations and people are the fictional demo partnership of partnership.json. "
    "Budgets in another currency carry eur_rate, the value of one unit in euro on rate_date. "
    "Texts written for the demo are licensed CC BY 4.0."
)

KEY_ORDER = [
    "slug", "kind", "original_language", "areas", "countries", "regions", "timeframe",
    "start_year", "end_year", "instrument", "funding_source", "budget", "target_groups",
    "sectors", "contact", "sources", "status", "texts",
]
TEXT_ORDER = ["title", "summary", "body", "results", "lessons", "transferability", "translation"]


def load_fragment(path):
    spec = importlib.util.spec_from_file_location(f"knowledge_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.ITEMS


def normalise(item, sectors):
    item.setdefault("status", "published")
    item["sectors"] = sorted(sectors.get(item["slug"], []))
    lang = item["original_language"]
    texts = {}
    # The original language first, then the translations in the order given.
    for code in [lang] + [c for c in item["texts"] if c != lang]:
        t = dict(item["texts"][code])
        t.setdefault("translation", "original" if code == lang else "human")
        texts[code] = {k: t[k] for k in TEXT_ORDER if k in t}
    item["texts"] = texts
    extra = [k for k in item if k not in KEY_ORDER]
    if extra:
        sys.exit(f"{item['slug']}: unknown keys {extra}")
    return {k: item.get(k) for k in KEY_ORDER}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "data" / "demo" / "knowledge.json"))
    args = parser.parse_args()
    sys.path.insert(0, str(FRAGMENTS))
    from _sectors import SECTORS
    items = []
    for path in sorted(FRAGMENTS.glob("[0-9]*.py")):
        items.extend(normalise(i, SECTORS) for i in load_fragment(path))
    unknown = sorted(set(SECTORS) - {i["slug"] for i in items})
    if unknown:
        sys.exit(f"_sectors.py names items that do not exist: {unknown}")
    doc = {"about": ABOUT, "items": items}
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{len(items)} items written to {args.out}")


if __name__ == "__main__":
    main()
