#!/usr/bin/env python3
"""Validates data/demo/knowledge.json, the demo knowledge base: schema and enumerations,
unique slugs, contact organisations and people from data/demo/partnership.json, NUTS 2021
level-2 region codes, sources, texts and the coverage the demo promises (languages,
thematic areas, kinds, countries, instruments, time frames, statuses). Prints the
coverage table; exits 1 with the list of problems when anything fails.

Usage: tools/check-knowledge-demo.py [PATH]"""

import collections
import csv
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent

KINDS = ["programme", "instrument", "good_practice", "experience", "factor", "study", "training"]
AREAS = ["WG1", "WG2", "WG3", "WG4", "WG5", "WG6"]
TIMEFRAMES = ["past", "current", "planned"]
INSTRUMENTS = ["grants", "vouchers", "tax_incentive", "loans_guarantees", "equity", "networking",
               "training", "infrastructure", "regulation", "procurement", "other"]
STATUSES = ["draft", "review", "published", "archived"]
TRANSLATIONS = ["original", "human", "machine"]
LANGUAGES = ["en", "ro", "sq", "hu", "el", "bg", "sl", "hr", "sr", "sk", "it", "mk", "de", "cs"]
UI_LANGUAGES = ["en", "ro", "sq", "hu", "el"]
PROGRAMME_COUNTRIES = ["AL", "BG", "EL", "HR", "HU", "IT", "MK", "RO", "RS", "SI", "SK"]
ITEM_KEYS = ["slug", "kind", "original_language", "areas", "countries", "regions", "timeframe",
             "start_year", "end_year", "instrument", "funding_source", "budget", "target_groups",
             "sectors", "contact", "sources", "status", "texts"]
TEXT_FIELDS = ["title", "summary", "body", "results", "lessons", "transferability"]

# What the demo promises.
MIN_ITEMS = 84
MIN_ORIGINAL_LANGUAGES = 10
MAX_ENGLISH_SHARE = 0.30
MIN_PER_UI_LANGUAGE = 8
MIN_PER_AREA = 12
MIN_PER_INSTRUMENT = 2
MIN_WITH_SECTORS = 30
MIN_TRANSLATED, MAX_TRANSLATED = 15, 25
STATUS_RANGES = {"draft": (5, 11), "review": (4, 8), "archived": (2, 5)}
BODY_WORDS = (150, 450)

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
GREEK = re.compile(r"[\u0370-\u03FF]")
CEDILLA = re.compile(r"[şţŞŢ]")
# Letters that mark a language, to catch a text filed under the wrong language.
MARKERS = {
    "ro": re.compile(r"[ăâîșțĂÂÎȘȚ]"),
    "hu": re.compile(r"[őűŐŰ]"),
    "sq": re.compile(r"[ëçËÇ]"),
    "sl": re.compile(r"[čšžČŠŽ]"),
    "hr": re.compile(r"[čćšžđČĆŠŽĐ]"),
    "sr": re.compile(r"[čćšžđČĆŠŽĐ]"),
    "sk": re.compile(r"[áäčďéíĺľňóôŕšťúýž]"),
}


def load_regions():
    with open(ROOT / "data/reference/nuts2021_codes.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    level2 = {r["nuts_id"]: r["cntr_code"] for r in rows if r["level"] == "2"}
    countries = {r["nuts_id"] for r in rows if r["level"] == "0"}
    return level2, countries


def load_divisions():
    with open(ROOT / "data/reference/nace-cluster-categories.csv", encoding="utf-8") as f:
        return {r["nace_division"] for r in csv.DictReader(f)}


def load_partnership():
    with open(ROOT / "data/demo/partnership.json", encoding="utf-8") as f:
        p = json.load(f)
    orgs = {o["slug"] for o in p["organisations"]}
    users = {u["email"]: u.get("organisation") for u in p["users"]}
    return orgs, users


def count_sentences(s):
    """Sentence ends: . ! ? followed by the end or by a capital letter (in any script), so
    that abbreviations such as "č. 61/2015 Z. z." or "art. 3" do not count."""
    s = s.strip()
    ends = re.finditer(r"[.!?…]+(?=\s+(\S)|$)", s)
    return sum(1 for m in ends if m.group(1) is None or m.group(1)[0].isupper() or m.group(1)[0] in "«»\"„“(")


def words(s):
    return len(re.findall(r"\w+", s))


def check(doc):
    problems = []
    level2, country_codes = load_regions()
    divisions = load_divisions()
    orgs, users = load_partnership()

    def bad(slug, msg):
        problems.append(f"{slug}: {msg}")

    if not isinstance(doc, dict) or not isinstance(doc.get("items"), list):
        return ["top level must be an object with an 'items' list"], []
    if not str(doc.get("about", "")).strip():
        problems.append("'about' is missing or empty")
    items = doc["items"]
    seen = set()
    for n, it in enumerate(items):
        slug = it.get("slug", f"#{n}")
        missing = [k for k in ITEM_KEYS if k not in it]
        extra = [k for k in it if k not in ITEM_KEYS]
        if missing:
            bad(slug, f"missing keys {missing}")
            continue
        if extra:
            bad(slug, f"unknown keys {extra}")
        if not isinstance(slug, str) or not SLUG.match(slug):
            bad(slug, "slug must be lowercase words joined by hyphens")
        if slug in seen:
            bad(slug, "duplicate slug")
        seen.add(slug)
        if it["kind"] not in KINDS:
            bad(slug, f"kind {it['kind']!r} not in {KINDS}")
        if it["original_language"] not in LANGUAGES:
            bad(slug, f"original_language {it['original_language']!r} unknown")
        if not it["areas"] or any(a not in AREAS for a in it["areas"]) or len(set(it["areas"])) != len(it["areas"]):
            bad(slug, f"areas {it['areas']} must be distinct codes from {AREAS}")
        if not isinstance(it["countries"], list) or any(c not in country_codes for c in it["countries"]):
            bad(slug, f"countries {it['countries']} must be NUTS level-0 codes")
        for r in it["regions"] if isinstance(it["regions"], list) else [None]:
            if r not in level2:
                bad(slug, f"region {r!r} is not a NUTS 2021 level-2 code")
            elif level2[r] not in it["countries"]:
                bad(slug, f"region {r} lies outside the item's countries")
        if it["timeframe"] not in TIMEFRAMES:
            bad(slug, f"timeframe {it['timeframe']!r} not in {TIMEFRAMES}")
        sy, ey = it["start_year"], it["end_year"]
        for y in (sy, ey):
            if y is not None and (not isinstance(y, int) or not 1985 <= y <= 2035):
                bad(slug, f"year {y!r} out of range")
        if isinstance(sy, int) and isinstance(ey, int) and ey < sy:
            bad(slug, "end_year before start_year")
        if it["timeframe"] == "past" and ey is None:
            bad(slug, "a past item needs an end_year")
        if it["instrument"] not in INSTRUMENTS:
            bad(slug, f"instrument {it['instrument']!r} not in {INSTRUMENTS}")
        if not isinstance(it["funding_source"], (str, type(None))):
            bad(slug, "funding_source must be text or null")
        b = it["budget"]
        if b is not None:
            if not isinstance(b, dict) or not isinstance(b.get("amount"), (int, float)) or b["amount"] <= 0:
                bad(slug, "budget needs a positive amount")
            elif not re.match(r"^[A-Z]{3}$", str(b.get("currency"))):
                bad(slug, "budget currency must be an ISO 4217 code")
            elif not isinstance(b.get("eur_rate"), (int, float)) or b["eur_rate"] <= 0:
                bad(slug, "budget needs a positive eur_rate")
            elif b["currency"] == "EUR" and b["eur_rate"] != 1.0:
                bad(slug, "a budget in EUR has eur_rate 1.0")
            elif b["currency"] != "EUR" and not DATE.match(str(b.get("rate_date"))):
                bad(slug, "a budget in another currency needs rate_date YYYY-MM-DD")
        if not it["target_groups"] or not all(isinstance(t, str) and t for t in it["target_groups"]):
            bad(slug, "target_groups must be a non-empty list of text")
        s = it["sectors"]
        if not isinstance(s, list) or len(s) > 10 or s != sorted(set(s)) or any(d not in divisions for d in s):
            bad(slug, f"sectors {s} must be at most 10 distinct NACE divisions of the division table, in order")
        c = it["contact"]
        if not isinstance(c, dict) or c.get("organisation") not in orgs:
            bad(slug, f"contact organisation {c!r} is not in partnership.json")
        elif c.get("person") is not None and users.get(c["person"]) != c["organisation"]:
            bad(slug, f"contact person {c['person']} is not a user of {c['organisation']}")
        if not it["sources"]:
            bad(slug, "needs at least one source")
        for s in it["sources"]:
            if not all(str(s.get(k, "")).strip() for k in ("title", "url", "publisher")):
                bad(slug, f"source {s} needs title, url and publisher")
            if not isinstance(s.get("year"), int):
                bad(slug, f"source {s.get('title')} needs a year")
        if not any(str(s.get("url", "")).startswith("https://") for s in it["sources"]):
            bad(slug, "needs at least one source with an https URL")
        if it["status"] not in STATUSES:
            bad(slug, f"status {it['status']!r} not in {STATUSES}")
        texts = it["texts"]
        lang = it["original_language"]
        if not isinstance(texts, dict) or lang not in texts:
            bad(slug, "texts must include the original language")
            continue
        for code, t in texts.items():
            if code not in LANGUAGES:
                bad(slug, f"text language {code!r} unknown")
            for f in TEXT_FIELDS:
                if not str(t.get(f, "")).strip():
                    bad(slug, f"{code}.{f} is empty")
            want = "original" if code == lang else None
            tr = t.get("translation")
            if want and tr != want:
                bad(slug, f"{code}.translation must be 'original'")
            if not want and tr not in ("human", "machine"):
                bad(slug, f"{code}.translation must be 'human' or 'machine'")
            n = words(t.get("body", ""))
            if not BODY_WORDS[0] <= n <= BODY_WORDS[1]:
                bad(slug, f"{code}.body has {n} words, wants {BODY_WORDS[0]}–{BODY_WORDS[1]}")
            sentences = count_sentences(t.get("summary", ""))
            if not 1 <= sentences <= 3:
                bad(slug, f"{code}.summary has {sentences} sentences, wants 1–3")
            alltext = " ".join(str(t.get(f, "")) for f in TEXT_FIELDS)
            if code in ("mk", "bg") and not CYRILLIC.search(alltext):
                bad(slug, f"{code} text is not in Cyrillic")
            if code in ("sr", "ro", "hu", "sq", "sl", "hr", "sk", "it", "en") and CYRILLIC.search(alltext):
                bad(slug, f"{code} text contains Cyrillic (Serbian is written in Latin script here)")
            if code == "el" and not GREEK.search(alltext):
                bad(slug, "el text is not in Greek")
            if code == "ro" and CEDILLA.search(alltext):
                bad(slug, "ro text uses cedilla ş/ţ instead of comma-below ș/ț")
            if code in MARKERS and not MARKERS[code].search(alltext):
                bad(slug, f"{code} text has none of the letters of its language")
    return problems, items


def table(items):
    lines = []
    n = len(items)

    def row(label, counter, keys):
        cells = "  ".join(f"{k}:{counter.get(k, 0)}" for k in keys)
        lines.append(f"{label:<16}{cells}")

    lang = collections.Counter(i["original_language"] for i in items)
    lines.append(f"items           {n}")
    row("original lang", lang, sorted(lang, key=lambda k: (-lang[k], k)))
    tr = collections.Counter(c for i in items for c, t in i["texts"].items() if t.get("translation") != "original")
    lines.append(f"translated      {sum(1 for i in items if len(i['texts']) > 1)} items; "
                 + "  ".join(f"→{k}:{v}" for k, v in sorted(tr.items())))
    row("area", collections.Counter(a for i in items for a in i["areas"]), AREAS)
    row("kind", collections.Counter(i["kind"] for i in items), KINDS)
    row("country", collections.Counter(c for i in items for c in i["countries"]), PROGRAMME_COUNTRIES)
    row("instrument", collections.Counter(i["instrument"] for i in items), INSTRUMENTS)
    row("timeframe", collections.Counter(i["timeframe"] for i in items), TIMEFRAMES)
    row("status", collections.Counter(i["status"] for i in items), STATUSES)
    lines.append(f"with budget     {sum(1 for i in items if i['budget'])}; "
                 f"with regions {sum(1 for i in items if i['regions'])}; "
                 f"with sectors {sum(1 for i in items if i['sectors'])}; "
                 f"sources {sum(len(i['sources']) for i in items)}")
    return "\n".join(lines)


def coverage_problems(items):
    problems = []
    n = len(items)
    if n < MIN_ITEMS:
        problems.append(f"{n} items, wants at least {MIN_ITEMS}")
    lang = collections.Counter(i["original_language"] for i in items)
    if len(lang) < MIN_ORIGINAL_LANGUAGES:
        problems.append(f"originals in {len(lang)} languages, wants {MIN_ORIGINAL_LANGUAGES}")
    if n and lang["en"] / n > MAX_ENGLISH_SHARE:
        problems.append(f"{lang['en']}/{n} originals in English, wants at most {MAX_ENGLISH_SHARE:.0%}")
    for code in UI_LANGUAGES:
        if lang[code] < MIN_PER_UI_LANGUAGE:
            problems.append(f"{lang[code]} originals in {code}, wants {MIN_PER_UI_LANGUAGE}")
    translated = sum(1 for i in items if len(i["texts"]) > 1)
    if not MIN_TRANSLATED <= translated <= MAX_TRANSLATED:
        problems.append(f"{translated} items with translations, wants {MIN_TRANSLATED}–{MAX_TRANSLATED}")
    if any(len(i["texts"]) > 3 for i in items):
        problems.append("an item carries more than two translations")
    area = collections.Counter(a for i in items for a in i["areas"])
    for a in AREAS:
        if area[a] < MIN_PER_AREA:
            problems.append(f"{area[a]} items in {a}, wants {MIN_PER_AREA}")
    kind = collections.Counter(i["kind"] for i in items)
    for k in KINDS:
        if kind[k] < 2:
            problems.append(f"{kind[k]} items of kind {k}, wants 2")
    country = collections.Counter(c for i in items for c in i["countries"])
    for c in PROGRAMME_COUNTRIES:
        if country[c] < 3:
            problems.append(f"{country[c]} items for {c}, wants 3")
    tf = collections.Counter(i["timeframe"] for i in items)
    for t in TIMEFRAMES:
        if tf[t] < 2:
            problems.append(f"{tf[t]} items with timeframe {t}, wants 2")
    inst = collections.Counter(i["instrument"] for i in items)
    for k in INSTRUMENTS:
        if inst[k] < MIN_PER_INSTRUMENT:
            problems.append(f"{inst[k]} items with instrument {k}, wants {MIN_PER_INSTRUMENT}")
    with_sectors = sum(1 for i in items if i["sectors"])
    if with_sectors < MIN_WITH_SECTORS:
        problems.append(f"{with_sectors} items name their sectors, wants {MIN_WITH_SECTORS}")
    status = collections.Counter(i["status"] for i in items)
    for s, (lo, hi) in STATUS_RANGES.items():
        if not lo <= status[s] <= hi:
            problems.append(f"{status[s]} items {s}, wants {lo}–{hi}")
    if status["published"] < n / 2:
        problems.append("most items should be published")
    return problems


def main():
    path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "data/demo/knowledge.json"
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        print(f"{path}: {e}", file=sys.stderr)
        return 1
    problems, items = check(doc)
    valid = [i for i in items if isinstance(i, dict) and all(k in i for k in ITEM_KEYS)]
    print(table(valid))
    problems += coverage_problems(valid)
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print(f"  {p}", file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
