#!/usr/bin/env python3
"""Checks the shipped default work plan (data/monitoring/workplan.json) before it is committed:
the file shape read by `clusterpolisee monitoring workplan import` and at start, and the rules
the default keeps — six reporting periods that do not overlap, every activity's text in every
interface language, known phases, kinds and areas, periods 1–6, a due date inside the last
period the activity runs in, and project-indicator targets the dashboard knows.

Usage: tools/check-workplan.py [path]   (exit status 1 and one line per problem on failure)
"""
import datetime
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AREAS = [f"WG{n}" for n in range(1, 7)]
PERIODS = 6
LANGUAGES = ["en", "ro", "sq", "hu", "el"]
TITLE_MAX = 90
CODE = re.compile(r"^[A-Z][A-Z0-9]*(\.[0-9]+)*$")
PROGRAMME_CODE = re.compile(r"^(RCO|RCR) [0-9]{2,3}$")

# Letters that betray a wrong keyboard or encoding (as in tools/check-framework.py).
WRONG_LETTERS = {
    "ro": re.compile("[şţŞŢ]"),
    "hu": re.compile("[ôõûũÔÕÛŨ]"),
    "el": re.compile(r"[\u0370-\u03ff\u1f00-\u1fff][A-Za-z]|[A-Za-z][\u0370-\u03ff\u1f00-\u1fff]"),
}
OWN_LETTERS = {
    "ro": re.compile("[ăâîșțĂÂÎȘȚ]"),
    "sq": re.compile("[ëçËÇ]"),
    "hu": re.compile("[áéíóöőúüűÁÉÍÓÖŐÚÜŰ]"),
    "el": re.compile("[ά-ώΆ-Ώ]"),
}


def names_in_header(table):
    """The names of an EnumName table in src/domain/monitoring/monitoring.hpp, so that this
    check and the C++ readers cannot disagree."""
    header = (ROOT / "src/domain/monitoring/monitoring.hpp").read_text(encoding="utf-8")
    body = re.search(table + r"\[\] = \{(.*?)\};", header, re.S)
    if not body:
        raise SystemExit(f"monitoring.hpp: no table {table}")
    return re.findall(r'\{\s*\w+::\w+,\s*"(\w+)"\s*\}', body.group(1))


PHASES = names_in_header("kPhaseNames")
KINDS = names_in_header("kActivityKindNames")
STATUSES = names_in_header("kActivityStatusNames")
MEASURED = names_in_header("kMeasuredNames")


def date(text):
    if not isinstance(text, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return None


def period_problems(periods):
    if not isinstance(periods, list):
        yield "periods: must be a list"
        return
    numbers = [p.get("number") for p in periods if isinstance(p, dict)]
    if numbers != list(range(1, PERIODS + 1)):
        yield f"periods: numbered {numbers}, expected 1 to {PERIODS} in order"
    for i, p in enumerate(periods):
        where = f"periods.{i}"
        if not isinstance(p, dict):
            yield f"{where}: must be an object"
            continue
        starts, ends, due = (date(p.get(k)) for k in ("starts", "ends", "report_due"))
        for key, value in (("starts", starts), ("ends", ends), ("report_due", due)):
            if value is None:
                yield f"{where}.{key}: must be a date YYYY-MM-DD that exists"
        if starts and ends and starts > ends:
            yield f"{where}: starts after it ends"
        if ends and due and due < ends:
            yield f"{where}.report_due: before the period ends"
    dated = [(date(p.get("starts")), date(p.get("ends")), p.get("number"))
             for p in periods if isinstance(p, dict)]
    dated = [d for d in dated if d[0] and d[1]]
    for (s1, e1, n1), (s2, e2, n2) in zip(dated, dated[1:]):
        if s2 <= e1:
            yield f"periods: reporting periods {n1} and {n2} overlap"


def text_problems(texts, where):
    if not isinstance(texts, list):
        yield f"{where}: must be a list of {{language, title, description}}"
        return
    languages = [t.get("language") for t in texts if isinstance(t, dict)]
    if languages != LANGUAGES:
        yield f"{where}: languages {languages}, expected {LANGUAGES} in this order"
    for t in texts:
        if not isinstance(t, dict):
            yield f"{where}: every text must be an object"
            continue
        lang = t.get("language")
        at = f"{where}.{lang}"
        for field in ("title", "description"):
            value = t.get(field)
            if not isinstance(value, str) or not value.strip():
                yield f"{at}.{field}: missing or empty"
            elif value != value.strip():
                yield f"{at}.{field}: leading or trailing space"
            elif lang in WRONG_LETTERS and WRONG_LETTERS[lang].search(value):
                yield f"{at}.{field}: wrong letters {WRONG_LETTERS[lang].search(value).group()!r}"
        if isinstance(t.get("title"), str) and len(t["title"]) > TITLE_MAX:
            yield f"{at}.title: {len(t['title'])} characters, at most {TITLE_MAX}"
        extra = set(t) - {"language", "title", "description"}
        if extra:
            yield f"{at}: unknown fields {sorted(extra)}"
        if lang in OWN_LETTERS and not any(
                OWN_LETTERS[lang].search(t.get(f) or "") for f in ("title", "description")):
            yield f"{at}: no letter of the language; untranslated?"


def activity_problems(activities, periods):
    if not isinstance(activities, list) or not activities:
        yield "activities: must be a non-empty list"
        return
    by_number = {p.get("number"): p for p in periods if isinstance(p, dict)} \
        if isinstance(periods, list) else {}
    seen = set()
    for i, a in enumerate(activities):
        where = f"activities.{i}"
        if not isinstance(a, dict):
            yield f"{where}: must be an object"
            continue
        code = a.get("code")
        if not isinstance(code, str) or not CODE.match(code):
            yield f"{where}.code: capital letters and digits, e.g. M1 or T3.1"
        elif code in seen:
            yield f"{where}.code: {code} appears twice"
        seen.add(code)
        if a.get("kind") not in KINDS:
            yield f"{where}.kind: must be one of {KINDS}"
        if a.get("phase") not in PHASES:
            yield f"{where}.phase: must be one of {PHASES}"
        if "status" in a and a["status"] not in STATUSES:
            yield f"{where}.status: must be one of {STATUSES}"
        areas = a.get("areas")
        if not isinstance(areas, list) or any(x not in AREAS for x in areas) \
                or len(set(areas)) != len(areas):
            yield f"{where}.areas: a list of distinct areas among {AREAS} ([] for horizontal)"
        responsible = a.get("responsible", [])
        if not isinstance(responsible, list) or not all(isinstance(r, str) for r in responsible):
            yield f"{where}.responsible: a list of organisation names"
        runs = a.get("periods")
        if not isinstance(runs, list) or not runs \
                or any(not isinstance(n, int) or not 1 <= n <= PERIODS for n in runs):
            yield f"{where}.periods: a non-empty list of periods 1 to {PERIODS}"
            runs = None
        elif runs != sorted(set(runs)):
            yield f"{where}.periods: each period once, ascending"
        due = date(a.get("due"))
        if due is None:
            yield f"{where}.due: must be a date YYYY-MM-DD that exists"
        elif runs and runs[-1] in by_number:
            last = by_number[runs[-1]]
            starts, ends = date(last.get("starts")), date(last.get("ends"))
            if starts and ends and not starts <= due <= ends:
                yield f"{where}.due: {due} lies outside its last period {runs[-1]} " \
                      f"({starts} to {ends})"
        yield from text_problems(a.get("texts"), f"{where}.texts")


def target_problems(targets):
    if not isinstance(targets, list):
        yield "targets: must be a list"
        return
    seen = set()
    for i, t in enumerate(targets):
        where = f"targets.{i}"
        if not isinstance(t, dict):
            yield f"{where}: must be an object"
            continue
        measured = t.get("measured")
        if measured not in MEASURED:
            yield f"{where}.measured: must be one of {MEASURED}"
        elif measured in seen:
            yield f"{where}.measured: {measured} appears twice"
        seen.add(measured)
        target = t.get("target")
        if not isinstance(target, int) or isinstance(target, bool) or target < 1:
            yield f"{where}.target: must be a whole number from 1"
        code = t.get("programme_code", "")
        if not isinstance(code, str) or (code and not PROGRAMME_CODE.match(code)):
            yield f"{where}.programme_code: empty or like \"RCO 87\" / \"RCR 79\""


def problems(doc):
    if not isinstance(doc, dict):
        yield "the document is not a JSON object"
        return
    unknown = set(doc) - {"periods", "activities", "targets"}
    if unknown:
        yield f"unknown fields {sorted(unknown)}"
    yield from period_problems(doc.get("periods"))
    yield from activity_problems(doc.get("activities"), doc.get("periods"))
    yield from target_problems(doc.get("targets"))


def main():
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "data/monitoring/workplan.json"
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
    activities = doc["activities"]
    deliverables = sum(a["kind"] == "deliverable" for a in activities)
    print(f"{path}: {len(doc['periods'])} periods, {len(activities)} activities "
          f"({deliverables} deliverables), {len(doc['targets'])} targets, "
          f"{len(LANGUAGES)} languages: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
