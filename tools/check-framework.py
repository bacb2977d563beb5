#!/usr/bin/env python3
"""Checks the shipped assessment framework (data/assessment/framework.json) before it is
committed: the file shape read by the import, and the rules the default framework keeps —
six criteria per thematic area, every text in every interface language, weights in range.

Usage: tools/check-framework.py [path]   (exit status 1 and one line per problem on failure)
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AREAS = [f"WG{n}" for n in range(1, 7)]
PER_AREA = 6
LANGUAGES = ["en", "ro", "sq", "hu", "el"]
FIELDS = ["title", "question", "guidance", "evidence", "level_1", "level_3", "level_5"]
TITLE_MAX = 70
WEIGHT_RANGE = (0.5, 3.0)
DIVERGENCE_RANGE = (0.5, 4.0)
JUSTIFICATIONS = {"optional", "required"}
CODE = re.compile(r"^[A-Za-z0-9._-]+$")

# Letters that betray a wrong keyboard or encoding in a language's texts: the cedilla forms
# instead of Romanian comma-below ș ț, the circumflex/tilde forms instead of Hungarian ő ű,
# and Latin letters inside Greek words.
WRONG_LETTERS = {
    "ro": re.compile("[şţŞŢ]"),
    "hu": re.compile("[ôõûũÔÕÛŨ]"),
    "el": re.compile(r"[\u0370-\u03ff\u1f00-\u1fff][A-Za-z]|[A-Za-z][\u0370-\u03ff\u1f00-\u1fff]"),
}
# Each language's text should use its own script or letters somewhere.
OWN_LETTERS = {
    "ro": re.compile("[ăâîșțĂÂÎȘȚ]"),
    "sq": re.compile("[ëçËÇ]"),
    "hu": re.compile("[áéíóöőúüűÁÉÍÓÖŐÚÜŰ]"),
    "el": re.compile("[ά-ώΆ-Ώ]"),
}


def problems(doc):
    if not isinstance(doc, dict):
        yield "the document is not a JSON object"
        return
    if doc.get("format") != "clusterpolisee-framework":
        yield "format: must be \"clusterpolisee-framework\""
    if not isinstance(doc.get("version"), int) or doc["version"] < 1:
        yield "version: must be a whole number from 1"
    for key in ("note", "sources"):
        if not isinstance(doc.get(key), str) or not doc[key].strip():
            yield f"{key}: must be a non-empty text"
    divergence = doc.get("divergence")
    if not isinstance(divergence, (int, float)) or isinstance(divergence, bool) \
            or not DIVERGENCE_RANGE[0] <= divergence <= DIVERGENCE_RANGE[1]:
        yield f"divergence: must be a number from {DIVERGENCE_RANGE[0]} to {DIVERGENCE_RANGE[1]}"
    criteria = doc.get("criteria")
    if not isinstance(criteria, list):
        yield "criteria: must be a list"
        return
    if len(criteria) != len(AREAS) * PER_AREA:
        yield f"criteria: {len(criteria)} criteria, expected {len(AREAS) * PER_AREA}"
    seen = set()
    per_area = {area: [] for area in AREAS}
    for i, c in enumerate(criteria):
        where = f"criteria.{i}"
        if not isinstance(c, dict):
            yield f"{where}: must be an object"
            continue
        code = c.get("code")
        if not isinstance(code, str) or not CODE.match(code):
            yield f"{where}.code: letters, digits, '.', '-' and '_' only"
        elif code in seen:
            yield f"{where}.code: {code} appears twice"
        seen.add(code)
        area = c.get("area")
        if area not in per_area:
            yield f"{where}.area: unknown area {area!r}"
        else:
            per_area[area].append(c)
            position = c.get("position")
            if not isinstance(position, int) or not 1 <= position <= PER_AREA:
                yield f"{where}.position: must be 1 to {PER_AREA}"
            elif code != f"{area}.{position}":
                yield f"{where}.code: {code!r} should be {area}.{position}"
        weight = c.get("weight")
        if not isinstance(weight, (int, float)) or isinstance(weight, bool) \
                or not WEIGHT_RANGE[0] <= weight <= WEIGHT_RANGE[1]:
            yield f"{where}.weight: must be a number from {WEIGHT_RANGE[0]} to {WEIGHT_RANGE[1]}"
        if c.get("justification") not in JUSTIFICATIONS:
            yield f"{where}.justification: must be one of {sorted(JUSTIFICATIONS)}"
        texts = c.get("texts")
        if not isinstance(texts, dict):
            yield f"{where}.texts: must be an object keyed by language"
            continue
        if list(texts)[:1] != ["en"]:
            yield f"{where}.texts: English must come first"
        for lang in LANGUAGES:
            text = texts.get(lang)
            if not isinstance(text, dict):
                yield f"{where}.texts.{lang}: missing"
                continue
            for field in FIELDS:
                value = text.get(field)
                if not isinstance(value, str) or not value.strip():
                    yield f"{where}.texts.{lang}.{field}: missing or empty"
                elif value != value.strip():
                    yield f"{where}.texts.{lang}.{field}: leading or trailing space"
                elif lang in WRONG_LETTERS and WRONG_LETTERS[lang].search(value):
                    yield f"{where}.texts.{lang}.{field}: wrong letters " \
                          f"{WRONG_LETTERS[lang].search(value).group()!r}"
            extra = set(text) - set(FIELDS)
            if extra:
                yield f"{where}.texts.{lang}: unknown fields {sorted(extra)}"
            title = text.get("title")
            if isinstance(title, str) and len(title) > TITLE_MAX:
                yield f"{where}.texts.{lang}.title: {len(title)} characters, at most {TITLE_MAX}"
            if lang in OWN_LETTERS and not any(
                    OWN_LETTERS[lang].search(text.get(f) or "") for f in FIELDS):
                yield f"{where}.texts.{lang}: no letter of the language; untranslated?"
        unknown = set(texts) - set(LANGUAGES)
        if unknown:
            yield f"{where}.texts: unknown languages {sorted(unknown)}"
    for area, items in per_area.items():
        if len(items) != PER_AREA:
            yield f"criteria: {len(items)} criteria in {area}, expected {PER_AREA}"
        positions = sorted(c.get("position") for c in items if isinstance(c.get("position"), int))
        if len(positions) == len(items) and positions != list(range(1, len(items) + 1)):
            yield f"criteria: positions in {area} are {positions}, expected 1 to {len(items)}"
    order = [(c.get("area"), c.get("position")) for c in criteria if isinstance(c, dict)]
    if all(isinstance(a, str) and isinstance(p, int) for a, p in order) and order != sorted(order):
        yield "criteria: must be ordered by area, then position"


def main():
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "data/assessment/framework.json"
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        print(f"{path}: {e}")
        return 1
    found = list(problems(doc))
    for p in found:
        print(f"{path}: {p}")
    if found:
        return 1
    criteria = doc["criteria"]
    required = sum(c["justification"] == "required" for c in criteria)
    print(f"{path}: {len(criteria)} criteria in {len(AREAS)} areas, {len(LANGUAGES)} languages, "
          f"{required} requiring a justification: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
