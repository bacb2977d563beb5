#!/usr/bin/env python3
"""Writes data/knowledge/thesaurus.json from tools/thesaurus_source.py, the source of truth
of the multilingual thesaurus of cluster-policy concepts. Run it again after editing the
source, then run tools/check-thesaurus.py."""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from thesaurus_source import ABOUT, AMBIGUOUS, CONCEPTS, LANGUAGES  # noqa: E402

OUT = HERE.parent / "data" / "knowledge" / "thesaurus.json"


def dumps(value):
    return json.dumps(value, ensure_ascii=False)


def render():
    """Pretty-printed JSON with one line per language, so that a diff shows which terms
    of which concept changed."""
    lines = ["{", f'  "about": {dumps(ABOUT)},', f'  "languages": {dumps(LANGUAGES)},']
    if AMBIGUOUS:
        lines.append('  "ambiguous": {')
        items = sorted(AMBIGUOUS.items())
        for i, (lang, terms) in enumerate(items):
            comma = "," if i < len(items) - 1 else ""
            lines.append(f"    {dumps(lang)}: {dumps(sorted(terms))}{comma}")
        lines.append("  },")
    lines.append('  "concepts": [')
    for i, c in enumerate(CONCEPTS):
        lines.append("    {")
        lines.append(f'      "id": {dumps(c["id"])},')
        lines.append(f'      "areas": {dumps(c["areas"])},')
        if c.get("broader"):
            lines.append(f'      "broader": {dumps(c["broader"])},')
        lines.append('      "terms": {')
        for j, lang in enumerate(LANGUAGES):
            comma = "," if j < len(LANGUAGES) - 1 else ""
            lines.append(f'        {dumps(lang)}: {dumps(c["terms"][lang])}{comma}')
        lines.append("      }")
        lines.append("    }" + ("," if i < len(CONCEPTS) - 1 else ""))
    lines.append("  ]")
    lines.append("}")
    text = "\n".join(lines) + "\n"
    json.loads(text)  # the hand-made layout must still be valid JSON
    return text


def main():
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT.relative_to(HERE.parent)}: {len(CONCEPTS)} concepts")


if __name__ == "__main__":
    main()
