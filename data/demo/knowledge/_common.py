"""Small constructors shared by the fragment files of the demo knowledge base.

Each fragment (one per original language) defines ITEMS, a list of knowledge items;
tools/build-knowledge-demo.py merges them into data/demo/knowledge.json."""


def src(title, url, publisher, year):
    """One public source of an item."""
    return {"title": title, "url": url, "publisher": publisher, "year": year}


def budget(amount, currency="EUR", eur_rate=1.0, rate_date=None):
    """A budget; eur_rate is the value of one unit of the currency in euro
    (amount × eur_rate = euro), rate_date the day of that rate."""
    b = {"amount": amount, "currency": currency, "eur_rate": eur_rate}
    if currency != "EUR":
        b["rate_date"] = rate_date
    return b


def text(title, summary, body, results, lessons, transferability, translation=None):
    """The texts of an item in one language; translation is filled in by the build
    ("original" for the item's original language, otherwise given, e.g. "human")."""
    t = {
        "title": title.strip(),
        "summary": " ".join(summary.split()),
        "body": body.strip() + "\n",
        "results": " ".join(results.split()),
        "lessons": " ".join(lessons.split()),
        "transferability": " ".join(transferability.split()),
    }
    if translation:
        t["translation"] = translation
    return t


def contact(organisation, person=None):
    return {"organisation": organisation, "person": person}
