"""Sector vocabulary of the thesaurus: the cluster categories of
data/reference/nace-cluster-categories.csv and the NACE Rev. 2 divisions listed there, as
concepts with terms in the 13 languages (imported by tools/thesaurus_source.py).

The labels were written for the project after the NACE Rev. 2 division titles (Eurostat,
published in the official languages of the EU) and the national classifications derived from
them (CAEN Rev. 2, TEÁOR'08, STAKOD 08, NKD 2007, SKD 2008, KD 2010, SK NACE Rev. 2, ATECO
2007, ÖNACE 2008, NKID, NACE Rev. 2 of Albania and North Macedonia), in their short everyday
form ("furniture manufacturing" rather than "Manufacture of furniture"); they were not copied
from those files and may differ from their official wording. The cluster categories follow
the names of the US Cluster Mapping categories the CSV uses, translated for the project.

A term that already names a concept of the thesaurus in the same language is left to that
concept (add_sectors drops it here), so the sector concepts add words, never take them.
Each block lists en ro sq hu el bg sl hr sr sk de it mk, one line each."""
import csv
import re

ORDER = ["en", "ro", "sq", "hu", "el", "bg", "sl", "hr", "sr", "sk", "de", "it", "mk"]

# Cluster categories (id suffix, broader concept, terms) and NACE divisions (code, terms).
from thesaurus_cluster_categories import CATEGORIES  # noqa: E402
from thesaurus_nace_divisions import DIVISIONS as _MANUFACTURING  # noqa: E402
from thesaurus_nace_services import DIVISIONS as _SERVICES  # noqa: E402

DIVISIONS = _MANUFACTURING + _SERVICES



def _block(text):
    lines = {}
    for line in text.strip().splitlines():
        lang, _, rest = line.strip().partition(" ")
        lines[lang] = [t.strip() for t in rest.split("|") if t.strip()]
    if list(lines) != ORDER:
        raise ValueError(f"sector block languages {list(lines)} are not {ORDER}")
    return lines


def _clean(term):
    """Drops explanations in brackets and "n.e.c." from a label, which no text repeats."""
    term = re.sub(r"\s*\([^)]*\)", "", term).replace(" n.e.c.", "")
    return " ".join(term.split())


def add_sectors(concepts, csv_path):
    """Appends the cluster-category and NACE-division concepts to `concepts` (the list of
    thesaurus_source.py). A term naming a concept already there, in the same language, is
    left to it; each division keeps "NACE <code>" (CAEN in Romanian) so no language is empty."""
    taken = {(lang, t.casefold()) for c in concepts for lang, ts in c["terms"].items() for t in ts}

    def terms_of(block, extra=None):
        out = {}
        for lang, ts in _block(block).items():
            kept = []
            for t in [_clean(t) for t in ts] + ([extra[lang]] if extra else []):
                if t and (lang, t.casefold()) not in taken and t not in kept:
                    kept.append(t)
                    taken.add((lang, t.casefold()))
            out[lang] = kept
        return out

    ids = {c["id"] for c in concepts}
    category_ids = {}
    names = {}
    with open(csv_path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        names.setdefault(row["category"], _slug(row["category"]))
    for suffix, broader, block in CATEGORIES:
        cid = "cluster-category-" + suffix
        if broader not in ids:
            broader = "economic-sector"
        concepts.append({"id": cid, "areas": ["WG5"], "broader": broader, "terms": terms_of(block)})
        category_ids[suffix] = cid
    by_division = {row["nace_division"]: row["category"] for row in rows}
    for code, block in DIVISIONS:
        category = _CATEGORY_OF.get(by_division.get(code, ""))
        if category is None:
            raise ValueError(f"NACE division {code}: no cluster category in {csv_path}")
        code_term = {lang: ("CAEN " if lang == "ro" else "NACE ") + code for lang in ORDER}
        concepts.append({"id": "nace-" + code, "areas": ["WG5"], "broader": category_ids[category],
                         "terms": terms_of(block, code_term)})


def _slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


# The CSV's category names → the id suffixes of CATEGORIES.
_CATEGORY_OF = {
    "Agricultural Inputs and Services": "agricultural-inputs-and-services",
    "Forestry": "forestry",
    "Fishing and Fishing Products": "fishing-and-fishing-products",
    "Coal Mining": "coal-mining",
    "Oil and Gas Production and Transportation": "oil-and-gas",
    "Metal Mining": "metal-mining",
    "Nonmetal Mining": "nonmetal-mining",
    "Food Processing and Manufacturing": "food-processing",
    "Tobacco": "tobacco",
    "Textile Manufacturing": "textile-manufacturing",
    "Apparel": "apparel",
    "Leather and Related Products": "leather-products",
    "Wood Products": "wood-products",
    "Paper and Packaging": "paper-and-packaging",
    "Printing Services": "printing-services",
    "Upstream Chemical Products": "upstream-chemical-products",
    "Biopharmaceuticals": "biopharmaceuticals",
    "Plastics": "plastics",
    "Vulcanized and Fired Materials": "vulcanized-and-fired-materials",
    "Upstream Metal Manufacturing": "upstream-metal-manufacturing",
    "Downstream Metal Products": "downstream-metal-products",
    "Information Technology and Analytical Instruments": "it-and-analytical-instruments",
    "Lighting and Electrical Equipment": "lighting-and-electrical-equipment",
    "Production Technology and Heavy Machinery": "heavy-machinery",
    "Automotive": "automotive",
    "Aerospace Vehicles and Defense": "aerospace-and-defense",
    "Furniture": "furniture",
    "Medical Devices": "medical-devices",
    "Electric Power Generation and Transmission": "electric-power",
    "Environmental Services": "environmental-services",
    "Construction Products and Services": "construction-products-and-services",
    "Distribution and Electronic Commerce": "distribution-and-e-commerce",
    "Transportation and Logistics": "transportation-and-logistics",
    "Water Transportation": "water-transportation",
    "Hospitality and Tourism": "hospitality-and-tourism",
    "Marketing, Design, and Publishing": "marketing-design-and-publishing",
    "Video Production and Distribution": "video-production-and-distribution",
    "Communications Equipment and Services": "communications-equipment-and-services",
    "Business Services": "business-services",
    "Financial Services": "financial-services",
    "Insurance Services": "insurance-services",
    "Education and Knowledge Creation": "education-and-knowledge-creation",
    "Performing Arts": "performing-arts",
}
