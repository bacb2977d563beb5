"""Finds every user-visible message id in the project: {{#t}}…{{/t}} in templates and
N_(), NP_(), fail(ErrorKind::…, "…"), fail_later(seconds, "…") and Error{ErrorKind::…, "…"} in C++ sources."""
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
LANGUAGES = ["en", "ro", "sq", "hu", "el"]
PLURAL_FORMS = {
    "en": "nplurals=2; plural=(n != 1);",
    "ro": "nplurals=3; plural=(n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2);",
    "sq": "nplurals=2; plural=(n != 1);",
    "hu": "nplurals=2; plural=(n != 1);",
    "el": "nplurals=2; plural=(n != 1);",
}

_STR = r'"(?:[^"\\]|\\.)*"'
_STRS = rf'((?:{_STR}\s*)+)'  # adjacent literals concatenate
_CPP_PATTERNS = [
    re.compile(rf'\bN_\(\s*{_STRS}\)'),
    re.compile(rf'\bfail\(\s*ErrorKind::\w+\s*,\s*{_STRS}(?=[,)])'),
    re.compile(rf'\bError\{{\s*ErrorKind::\w+\s*,\s*{_STRS}(?=[,}}])'),
    re.compile(rf'\bfail_later\(\s*[^,()]+(?:\([^()]*\))?[^,()]*,\s*{_STRS}(?=[,)])'),
]
_PLURAL = re.compile(rf'\bNP_\(\s*{_STRS},\s*{_STRS}\)')


def _unquote(literals: str) -> str:
    parts = re.findall(_STR, literals)
    text = "".join(p[1:-1] for p in parts)
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), text)


def _fold(s: str) -> str:
    return " ".join(s.split())


def template_messages():
    """(msgid, reference) pairs from templates, white space folded as the server does."""
    out = []
    for path in sorted((ROOT / "templates").rglob("*.mustache")):
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r"\{\{#t\}\}(.*?)\{\{/t\}\}", text, re.S):
            line = text.count("\n", 0, m.start()) + 1
            out.append((_fold(m.group(1)), None, f"{path.relative_to(ROOT)}:{line}"))
    return out


def source_messages():
    """(msgid, msgid_plural or None, reference) from C++ sources."""
    out = []
    for path in sorted((ROOT / "src").rglob("*.[ch]pp")):
        if path.name.endswith("_test.cpp"):
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in _CPP_PATTERNS:
            for m in pattern.finditer(text):
                line = text.count("\n", 0, m.start()) + 1
                msg = _unquote(m.group(1))
                if msg:
                    out.append((msg, None, f"{path.relative_to(ROOT)}:{line}"))
        for m in _PLURAL.finditer(text):
            line = text.count("\n", 0, m.start()) + 1
            out.append((_unquote(m.group(1)), _unquote(m.group(2)), f"{path.relative_to(ROOT)}:{line}"))
    return out


def all_messages():
    """Ordered dict msgid -> (plural, [references])."""
    seen = {}
    for msgid, plural, ref in template_messages() + source_messages():
        entry = seen.setdefault(msgid, [plural, []])
        if plural and not entry[0]:
            entry[0] = plural
        entry[1].append(ref)
    return seen


def po_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")


def write_pot(path: pathlib.Path):
    lines = [
        'msgid ""',
        'msgstr ""',
        '"Project-Id-Version: ClusterPoliSEE\\n"',
        '"MIME-Version: 1.0\\n"',
        '"Content-Type: text/plain; charset=UTF-8\\n"',
        '"Content-Transfer-Encoding: 8bit\\n"',
        '"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n"',
        "",
    ]
    for msgid, (plural, refs) in all_messages().items():
        lines.append("#: " + " ".join(refs[:4]))
        if "{{" in msgid or "{count}" in msgid:
            lines.append("#, no-c-format")
        lines.append(f'msgid "{po_escape(msgid)}"')
        if plural:
            lines.append(f'msgid_plural "{po_escape(plural)}"')
            lines.append('msgstr[0] ""')
            lines.append('msgstr[1] ""')
        else:
            lines.append('msgstr ""')
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")
