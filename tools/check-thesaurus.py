#!/usr/bin/env python3
"""Validates data/knowledge/thesaurus.json (or the file given as argument): JSON shape,
at least 300 concepts, terms in every language, unique ids, existing broader concepts
without cycles, valid thematic areas, no term naming two concepts within a language
(except the explicit "ambiguous" allowance), the script of each language and Romanian
ș/ț with comma below. Prints counts per language; exits 1 with the problems found."""
import collections
import json
import pathlib
import re
import sys
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "data" / "knowledge" / "thesaurus.json"
LANGUAGES = ["en", "ro", "sq", "hu", "el", "bg", "sl", "hr", "sr", "sk", "de", "it", "mk"]
AREAS = {"WG1", "WG2", "WG3", "WG4", "WG5", "WG6"}
MIN_CONCEPTS = 300
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# The script of each language. In Greek, Bulgarian and Macedonian a term may also be (or
# contain) a word written wholly in Latin letters, as documents there use "cluster",
# "Interreg" or "ICT"; a word mixing two scripts is always an error (a look-alike letter).
SCRIPT = {lang: "LATIN" for lang in LANGUAGES}
SCRIPT.update({"el": "GREEK", "bg": "CYRILLIC", "mk": "CYRILLIC"})
# Letters that look right but are wrong in Romanian: s and t with cedilla.
RO_CEDILLA = {"\u015e", "\u015f", "\u0162", "\u0163"}


def script_of(ch):
    name = unicodedata.name(ch, "")
    for script in ("LATIN", "GREEK", "CYRILLIC"):
        if name.startswith(script):
            return script
    return "OTHER"


def fold(term):
    """The form the search compares: case-folded, accents kept, spaces normalised."""
    return " ".join(unicodedata.normalize("NFC", term).casefold().split())


def check_term(lang, term, where, problems):
    if term != term.strip() or "  " in term:
        problems.append(f"{where}: {lang} term {term!r} has stray spaces")
    if unicodedata.normalize("NFC", term) != term:
        problems.append(f"{where}: {lang} term {term!r} is not in NFC")
    if lang == "ro" and RO_CEDILLA & set(term):
        problems.append(f"{where}: ro term {term!r} uses ş/ţ with cedilla instead of ș/ț (U+0219/U+021B)")
    if lang != "ro" and {"\u0219", "\u021b", "\u0218", "\u021a"} & set(term):
        problems.append(f"{where}: {lang} term {term!r} uses the Romanian letters ș/ț")
    expected = SCRIPT[lang]
    for word in re.findall(r"\w+", term):
        scripts = {script_of(ch) for ch in word if ch.isalpha()}
        if not scripts:
            continue
        if len(scripts) > 1:
            problems.append(f"{where}: {lang} term {term!r}: word {word!r} mixes scripts {sorted(scripts)}")
        elif scripts != {expected} and not (expected != "LATIN" and scripts == {"LATIN"}):
            problems.append(f"{where}: {lang} term {term!r}: word {word!r} is not in {expected} script")


def main():
    path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    problems = []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        print(f"check-thesaurus: cannot read {path}: {e}", file=sys.stderr)
        return 1
    if not isinstance(data, dict):
        print("check-thesaurus: the top level must be an object", file=sys.stderr)
        return 1
    for key in data:
        if key not in {"about", "languages", "ambiguous", "concepts"}:
            problems.append(f"unknown top-level key {key!r}")
    if not isinstance(data.get("about"), str) or not data.get("about", "").strip():
        problems.append('"about" must be a non-empty string')
    elif "CC BY 4.0" not in data["about"]:
        problems.append('"about" must state the licence (CC BY 4.0)')
    if data.get("languages") != LANGUAGES:
        problems.append(f'"languages" must be {LANGUAGES}')
    ambiguous = data.get("ambiguous", {})
    if not isinstance(ambiguous, dict) or any(
            lang not in LANGUAGES or not isinstance(ts, list) for lang, ts in ambiguous.items()):
        problems.append('"ambiguous" must map language codes to lists of terms')
        ambiguous = {}
    allowed = {(lang, fold(t)) for lang, ts in ambiguous.items() for t in ts}
    if sum(len(ts) for ts in ambiguous.values()) > 40:
        problems.append('"ambiguous" is meant to be a small allowance (at most 40 terms)')

    concepts = data.get("concepts")
    if not isinstance(concepts, list):
        problems.append('"concepts" must be a list')
        concepts = []
    if len(concepts) < MIN_CONCEPTS:
        problems.append(f"{len(concepts)} concepts, at least {MIN_CONCEPTS} are required")

    ids = collections.Counter()
    broader = {}
    owners = collections.defaultdict(set)  # (lang, folded term) -> concept ids
    counts = collections.Counter()
    area_counts = collections.Counter()
    for n, c in enumerate(concepts):
        where = f"concept #{n + 1}"
        if not isinstance(c, dict):
            problems.append(f"{where}: not an object")
            continue
        cid = c.get("id")
        if not isinstance(cid, str) or not ID_RE.match(cid):
            problems.append(f"{where}: id {cid!r} is not a lowercase-hyphen slug")
            continue
        where = f"concept {cid!r}"
        ids[cid] += 1
        for key in c:
            if key not in {"id", "areas", "broader", "terms"}:
                problems.append(f"{where}: unknown key {key!r}")
        areas = c.get("areas")
        if not isinstance(areas, list) or not areas:
            problems.append(f"{where}: areas must be a non-empty list")
        else:
            for a in areas:
                if a not in AREAS:
                    problems.append(f"{where}: unknown area {a!r} (valid: {', '.join(sorted(AREAS))})")
                area_counts[a] += 1
            if len(set(areas)) != len(areas):
                problems.append(f"{where}: an area is listed twice")
        if "broader" in c:
            if not isinstance(c["broader"], str) or c["broader"] == cid:
                problems.append(f"{where}: broader must be the id of another concept")
            else:
                broader[cid] = c["broader"]
        terms = c.get("terms")
        if not isinstance(terms, dict):
            problems.append(f"{where}: terms must be an object")
            continue
        for lang in terms:
            if lang not in LANGUAGES:
                problems.append(f"{where}: unknown language {lang!r}")
        for lang in LANGUAGES:
            ts = terms.get(lang)
            if not isinstance(ts, list) or not ts or not all(isinstance(t, str) and t.strip() for t in ts):
                problems.append(f"{where}: no terms (or an empty term) in {lang}")
                continue
            seen = set()
            for t in ts:
                check_term(lang, t, where, problems)
                f = fold(t)
                if f in seen:
                    problems.append(f"{where}: {lang} term {t!r} listed twice")
                seen.add(f)
                owners[(lang, f)].add(cid)
                counts[lang] += 1

    for cid, k in ids.items():
        if k > 1:
            problems.append(f"id {cid!r} is used by {k} concepts")
    for cid, b in broader.items():
        if b not in ids:
            problems.append(f"concept {cid!r}: broader {b!r} is not a concept of the file")
    for cid in broader:  # cycles
        seen, cur = {cid}, cid
        while cur in broader:
            cur = broader[cur]
            if cur in seen:
                problems.append(f"concept {cid!r}: the broader chain loops back to {cur!r}")
                break
            seen.add(cur)
    for (lang, f), cids in sorted(owners.items()):
        if len(cids) > 1 and (lang, f) not in allowed:
            problems.append(f"{lang} term {f!r} names several concepts: {', '.join(sorted(cids))}"
                            ' (make it specific, or list it under "ambiguous")')
    for (lang, f) in sorted(allowed):
        if len(owners.get((lang, f), ())) < 2:
            problems.append(f'"ambiguous" lists {lang} {f!r}, which names fewer than two concepts')

    tops = [cid for cid in ids if cid not in broader]
    print(f"{path.name}: {len(ids)} concepts, {len(tops)} top concepts")
    print("terms per language: " + ", ".join(f"{lang} {counts[lang]}" for lang in LANGUAGES))
    print("concepts per area:  " + ", ".join(f"{a} {area_counts[a]}" for a in sorted(AREAS)))
    if problems:
        print(f"\ncheck-thesaurus: {len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print(f"  {p}", file=sys.stderr)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
