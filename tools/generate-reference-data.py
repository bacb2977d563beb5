#!/usr/bin/env python3
"""Writes migrations/common/0002_reference_data.sql (portable SQL): the countries of the South
East Europe programme area, their statistical regions (NUTS 2021 levels 0-2 from
data/reference/nuts2021_codes.csv, with the corrections listed in data/README.md; national units
for BA and MD, country level for UA), the six thematic areas in every UI language (texts in
tools/thematic_areas.py), partner types and reporting periods. Run it again after changing any
of these; it checks every name for stray spaces and mixed scripts."""
import csv
import pathlib
import sys
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent

# code, ISO 3166-1, status, English name, native name, native language
COUNTRIES = [
    ("AL", "AL", "ipa", "Albania", "Shqipëria", "sq"),
    ("AT", "AT", "eu", "Austria", "Österreich", "de"),
    ("BA", "BA", "ipa", "Bosnia and Herzegovina", "Bosna i Hercegovina", "bs"),
    ("BG", "BG", "eu", "Bulgaria", "България", "bg"),
    ("HR", "HR", "eu", "Croatia", "Hrvatska", "hr"),
    ("EL", "GR", "eu", "Greece", "Ελλάδα", "el"),
    ("HU", "HU", "eu", "Hungary", "Magyarország", "hu"),
    ("IT", "IT", "eu", "Italy", "Italia", "it"),
    ("MD", "MD", "other", "Moldova", "Republica Moldova", "ro"),
    ("ME", "ME", "ipa", "Montenegro", "Crna Gora", "cnr"),
    ("MK", "MK", "ipa", "North Macedonia", "Северна Македонија", "mk"),
    ("RO", "RO", "eu", "Romania", "România", "ro"),
    ("RS", "RS", "ipa", "Serbia", "Србија", "sr"),
    ("SK", "SK", "eu", "Slovakia", "Slovensko", "sk"),
    ("SI", "SI", "eu", "Slovenia", "Slovenija", "sl"),
    ("UA", "UA", "other", "Ukraine", "Україна", "uk"),
]
NUTS_COUNTRIES = {"AT", "BG", "EL", "HU", "RO", "SI", "SK", "HR", "IT", "AL", "ME", "MK", "RS"}

# Countries without NUTS codes: their own statistical units (see data/README.md).
NATIONAL_UNITS = [
    ("BA", 0, None, "Bosna i Hercegovina", "Bosna i Hercegovina"),
    # Latin and Cyrillic are both official in Bosnia and Herzegovina; name_native uses the
    # script each unit mainly writes in (Cyrillic in Republika Srpska, Latin elsewhere).
    ("BA-BIH", 1, "BA", "Federacija Bosne i Hercegovine", "Federacija Bosne i Hercegovine"),
    ("BA-SRP", 1, "BA", "Republika Srpska", "Република Српска"),
    ("BA-BRC", 1, "BA", "Brčko distrikt Bosne i Hercegovine", "Brčko distrikt Bosne i Hercegovine"),
    ("MD", 0, None, "Republica Moldova", "Republica Moldova"),
    ("MD-RDN", 1, "MD", "Regiunea de dezvoltare Nord", "Regiunea de dezvoltare Nord"),
    ("MD-RDC", 1, "MD", "Regiunea de dezvoltare Centru", "Regiunea de dezvoltare Centru"),
    ("MD-RDS", 1, "MD", "Regiunea de dezvoltare Sud", "Regiunea de dezvoltare Sud"),
    ("MD-CU", 1, "MD", "Municipiul Chișinău", "Municipiul Chișinău"),
    ("MD-GA", 1, "MD", "UTA Găgăuzia", "UTA Găgăuzia"),
    ("MD-SN", 1, "MD", "Unitățile administrativ-teritoriale din stânga Nistrului",
     "Unitățile administrativ-teritoriale din stânga Nistrului"),
    ("UA", 0, None, "Ukraina", "Україна"),
]

PARTNER_TYPES = ["national_authority", "regional_authority", "development_agency", "research_institute",
                 "university", "innovation_agency", "cluster_organisation", "cluster_network",
                 "business_support", "other"]

PERIODS = [(1, "2026-01-01", "2026-06-30"), (2, "2026-07-01", "2026-12-31"), (3, "2027-01-01", "2027-06-30"),
           (4, "2027-07-01", "2027-12-31"), (5, "2028-01-01", "2028-06-30"), (6, "2028-07-01", "2028-12-31")]

sys.path.insert(0, str(ROOT / "tools"))
from thematic_areas import AREAS  # noqa: E402  (texts kept in their own file for translators)


# Corrections to the NUTS names as published (see data/README.md, "Corrections").
# Romanian is written with comma-below Ș and Ț; the NUTS source still has the older
# cedilla forms (Ş, Ţ), which are different letters to search and to screen readers.
ROMANIAN_LETTERS = str.maketrans({"Ş": "Ș", "ş": "ș", "Ţ": "Ț", "ţ": "ț"})
# Latin letters standing in for their Greek or Cyrillic look-alikes (EL30 "Aττική").
GREEK_LOOKALIKES = str.maketrans(dict(zip("ABEZHIKMNOPTYX", "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ")))
CYRILLIC_LOOKALIKES = str.maketrans(dict(zip("ABCEHKMOPTXaceopxy", "АВСЕНКМОРТХасеорху")))
# Serbian Cyrillic to Serbian Latin (gajica) is one-to-one; the source gives some Serbian
# units English names ("City of Belgrade") and the country a mixed "Srbija/Сpбија".
SERBIAN_LATIN = str.maketrans({
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Ђ": "Đ", "Е": "E", "Ж": "Ž", "З": "Z", "И": "I",
    "Ј": "J", "К": "K", "Л": "L", "Љ": "Lj", "М": "M", "Н": "N", "Њ": "Nj", "О": "O", "П": "P", "Р": "R",
    "С": "S", "Т": "T", "Ћ": "Ć", "У": "U", "Ф": "F", "Х": "H", "Ц": "C", "Ч": "Č", "Џ": "Dž", "Ш": "Š",
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž", "з": "z", "и": "i",
    "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "ћ": "ć", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "č", "џ": "dž", "ш": "š"})
# Names the source gives wrongly: code -> (name_latin, name_native).
NAME_FIXES = {
    "RS": ("Srbija", "Србија"),
    "AL02": ("Qendër", "Qendër"),  # Albanian ë dropped in the source
}


def script_of(ch):
    return unicodedata.name(ch, "").split(" ")[0]


def fix_lookalikes(name, table, script):
    """Replaces Latin look-alike letters inside words otherwise written in the given script."""
    words = name.split(" ")
    return " ".join(w.translate(table) if any(script_of(c) == script for c in w) else w for w in words)


def corrected_names(code, country, latin, native):
    latin, native = latin.strip(), native.strip()  # the source has trailing no-break spaces
    if code in NAME_FIXES:
        latin, native = NAME_FIXES[code]
    if country == "RO":
        latin, native = latin.translate(ROMANIAN_LETTERS), native.translate(ROMANIAN_LETTERS)
    if country == "EL":
        native = fix_lookalikes(native, GREEK_LOOKALIKES, "GREEK")
    if country in ("BG", "MK", "RS", "ME"):
        native = fix_lookalikes(native, CYRILLIC_LOOKALIKES, "CYRILLIC")
    if country == "RS":
        latin = native.translate(SERBIAN_LATIN)
    for name in (latin, native):
        scripts = {script_of(c) for c in name if c.isalpha()}
        if len(scripts) != 1 or name != name.strip():
            raise SystemExit(f"{code}: name {name!r} mixes scripts {sorted(scripts)} or has stray spaces")
    if {script_of(c) for c in latin if c.isalpha()} != {"LATIN"}:
        raise SystemExit(f"{code}: name_latin {latin!r} is not in Latin script")
    return latin, native


def q(value):
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(value)
    return "'" + value.replace("'", "''") + "'"


def main():
    lines = ["-- Reference data of the partnership. Generated by tools/generate-reference-data.py (do not edit by hand)."]
    for position, (code, iso, status, en, native, lang) in enumerate(COUNTRIES, 1):
        lines.append("INSERT INTO countries (code, iso_code, status, name_en, name_native, native_language, position) "
                     f"VALUES ({q(code)}, {q(iso)}, {q(status)}, {q(en)}, {q(native)}, {q(lang)}, {position});")
    rows = []
    with open(ROOT / "data" / "reference" / "nuts2021_codes.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            level = int(r["level"])
            # Extra-Regio units (codes ending in Z) have no territory, map shape or regional
            # statistics worth comparing; they are left out (the shipped list has none anyway).
            if r["cntr_code"] in NUTS_COUNTRIES and level <= 2 and not r["nuts_id"].endswith("Z"):
                parent = r["nuts_id"][:-1] if level > 0 else None
                latin, native = corrected_names(r["nuts_id"], r["cntr_code"], r["name_latn"], r["nuts_name"])
                rows.append((r["nuts_id"], level, r["cntr_code"], parent, latin, native, "nuts2021"))
    for code, level, parent, latin, native in NATIONAL_UNITS:
        rows.append((code, level, code[:2], parent, latin, native, "national"))
    rows.sort(key=lambda r: (r[1], r[0]))  # parents before children
    for code, level, country, parent, latin, native, cls in rows:
        lines.append("INSERT INTO regions (code, level, country_code, parent_code, name_latin, name_native, classification) "
                     f"VALUES ({q(code)}, {level}, {q(country)}, {q(parent)}, {q(latin)}, {q(native)}, {q(cls)});")
    for position, area in enumerate(AREAS, 1):
        lines.append(f"INSERT INTO thematic_areas (code, position) VALUES ({q(area['code'])}, {position});")
        for lang, (name, summary, description) in area["texts"].items():
            lines.append("INSERT INTO thematic_area_texts (area_code, lang, name, summary, description) "
                         f"VALUES ({q(area['code'])}, {q(lang)}, {q(name)}, {q(summary)}, {q(description.strip())});")
    for position, code in enumerate(PARTNER_TYPES, 1):
        lines.append(f"INSERT INTO partner_types (code, position) VALUES ({q(code)}, {position});")
    for number, start, end in PERIODS:
        lines.append(f"INSERT INTO reporting_periods (number, starts_on, ends_on) VALUES ({number}, {q(start)}, {q(end)});")
    text = "\n".join(lines) + "\n"
    (ROOT / "migrations" / "common" / "0002_reference_data.sql").write_text(text, encoding="utf-8")
    print(f"{len(COUNTRIES)} countries, {len(rows)} regions, {len(AREAS)} areas")


if __name__ == "__main__":
    main()
