"""Briefs in other languages: the gettext catalogs follow the sources, every bundled example
renders in French with no English fixed wording, French dates and typography."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import zipfile
from html import unescape
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from packgen import build as building
from packgen import i18n

ROOT = Path(__file__).resolve().parent.parent
POT = ROOT / "packgen" / "locale" / "packgen.pot"
_PLACEHOLDER = re.compile(r"%\((\w+)\)s")

_spec = importlib.util.spec_from_file_location(
    "update_catalogs", ROOT / "scripts/update_catalogs.py"
)
update_catalogs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(update_catalogs)


def messages(path: Path) -> dict[tuple[str | None, str], object]:
    """(context, msgid) -> message, header aside."""
    with path.open("rb") as handle:
        catalog = read_po(handle)
    return {(m.context, m.id[0] if isinstance(m.id, tuple) else m.id): m for m in catalog if m.id}


def stale_messages(root: Path, tmp_path: Path) -> set[tuple[str | None, str]]:
    """Messages the sources under `root` use that the committed template does not hold."""
    fresh = tmp_path / "fresh.pot"
    update_catalogs.extract(fresh, root)
    return set(messages(fresh)) ^ set(messages(POT))


# --- the catalogs follow the sources ---------------------------------------------------------


def test_template_is_up_to_date_with_the_sources(tmp_path):
    assert stale_messages(ROOT, tmp_path) == set(), "run python3 scripts/update_catalogs.py"


def test_a_new_wording_in_a_template_is_caught(tmp_path):
    copy = tmp_path / "src"
    shutil.copytree(ROOT / "packgen", copy / "packgen", symlinks=True)
    template = copy / "packgen" / "templates" / "steering-note" / "document.j2"
    template.write_text(
        template.read_text(encoding="utf-8") + '@p {{ _("A sentence nobody translated") }}\n',
        encoding="utf-8",
    )
    assert stale_messages(copy, tmp_path) == {(None, "A sentence nobody translated")}


@pytest.mark.parametrize("language", i18n.CATALOG_LANGUAGES)
def test_every_message_is_translated_with_the_same_placeholders(language):
    catalog = messages(ROOT / "packgen" / "locale" / language / "LC_MESSAGES" / "packgen.po")
    assert set(catalog) == set(messages(POT))
    for key, message in catalog.items():
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        assert all(strings) and not message.fuzzy, f"{language}: {key} is not translated"
        allowed = {name for msgid in ids for name in _PLACEHOLDER.findall(msgid)}
        for string in strings:
            assert set(_PLACEHOLDER.findall(string)) <= allowed, (key, string)


# --- French wording, dates and typography ----------------------------------------------------


def test_french_dates_through_babel():
    assert i18n.date_line(dt.date(2023, 6, 21), "fr") == "le 21 juin 2023"
    assert i18n.long_date(dt.date(2023, 7, 1), "fr") == "1er juillet 2023"
    assert i18n.long_date(dt.date(2023, 7, 11), "fr") == "11 juillet 2023"
    assert i18n.date_line(dt.date(2023, 6, 21), "en") == "21 June 2023"
    # a language without a catalog keeps the English wording around Babel's month names
    assert i18n.date_line(dt.date(2023, 6, 21), "it") == "21 giugno 2023"


def test_french_header_wording():
    assert i18n.institution("fr") == "Conseil de l'Union européenne"
    assert [i18n.header_label(f, "fr") for f in i18n.HEADER_LABELS] == [
        "Origine:",
        "Destinataire:",
        "N° doc. préc.:",
        "Objet:",
        "Résumé:",
    ]
    assert i18n.page_of("fr") == ("page ", " sur ", "")
    assert i18n.place("Brussels", "fr") == "Bruxelles"
    assert i18n.place("Stockholm", "fr") == "Stockholm"
    assert i18n.presidency_adjective("Spanish", "fr") == "espagnole"
    assert i18n.country("EL", "Greece", "fr") == "Grèce"


def test_plural_forms_follow_french_rules():
    singular, plural = (
        "One earlier meeting discussed the topic:",
        "%(n)s earlier meetings discussed the topic:",
    )
    assert i18n.ngettext("fr", singular, plural, 1) == "Une réunion antérieure a examiné le sujet:"
    assert (
        i18n.ngettext("fr", singular, plural, 3)
        == "%(n)s réunions antérieures ont examiné le sujet:"
    )
    assert i18n.ngettext("en", singular, plural, 3) == plural


@pytest.mark.parametrize(
    ("text", "eu", "national"),
    [
        ("Objet : visas", "Objet: visas", "Objet\u00a0: visas"),
        ("Objet: visas", "Objet: visas", "Objet\u00a0: visas"),
        ("fin de l'année ?", "fin de l'année?", "fin de l'année\u202f?"),
        ("vraiment!", "vraiment!", "vraiment\u202f!"),
        ("oui ; non", "oui; non", "oui\u202f; non"),
        ("le « pacte » adopté", "le «pacte» adopté", "le «\u202fpacte\u202f» adopté"),
        # URLs and times keep their marks
        ("https://a.eu/p?x=1 à 09:30", "https://a.eu/p?x=1 à 09:30", "https://a.eu/p?x=1 à 09:30"),
    ],
)
def test_french_typography_both_conventions(text, eu, national):
    assert i18n.typography(text, "fr", "eu") == eu
    assert i18n.typography(text, "fr", "national") == national
    assert i18n.typography(text, "en", "national") == text


# --- every bundled example in French ---------------------------------------------------------


def english_fixed_wording() -> list[str]:
    """The English fixed wording of the template, as fragments a French rendering must not print.

    Each message is cut at its placeholders and markup; a fragment of two words or more, or
    a header label ("Subject:"), is English only packgen can have printed.
    """
    fragments: set[str] = set()
    for (context, _), message in messages(POT).items():
        if context == i18n.ADJECTIVE_CONTEXT:
            continue
        for msgid in message.id if isinstance(message.id, tuple) else (message.id,):
            for piece in re.split(r"%\(\w+\)s|\*\*|“|”", msgid):
                piece = piece.strip(" ,.()")
                if (
                    len(re.findall(r"[A-Za-z]+", piece)) >= 2
                    or piece in i18n.HEADER_LABELS.values()
                ):
                    fragments.add(piece)
    return sorted(fragments)


def squashed(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def docx_text(path: Path) -> str:
    """The text of every part of the DOCX (body, header, footer, footnotes), paragraph by paragraph."""
    with zipfile.ZipFile(path) as archive:
        parts = [archive.read(n).decode() for n in archive.namelist() if n.startswith("word/")]
    paragraphs = [
        "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))
        for part in parts
        for p in re.findall(r"<w:p[ >].*?</w:p>", part, flags=re.S)
    ]
    return unescape("\n".join(paragraphs))


@pytest.fixture(scope="module")
def french_examples(tmp_path_factory) -> dict[str, tuple[str, str, str]]:
    """Every bundled example built with `language: fr`: name -> (docx text, pdf text, its data)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    root = tmp_path_factory.mktemp("fr")
    (root / "outcomes").symlink_to(ROOT / "seeds" / "outcomes")
    (root / "briefs").mkdir()
    specs = []
    for spec in building.example_specs():
        text = spec.read_text(encoding="utf-8")
        text = re.sub(r"(?m)^language: .*\n", "", text)
        text = re.sub(r"(?m)^kind: ", "language: fr\nkind: ", text, count=1)
        (root / "briefs" / spec.name).write_text(text, encoding="utf-8")
        specs.append(root / "briefs" / spec.name)
    out = root / "out"
    building.build(specs, out, formats=("docx", "pdf"), cache_dir=root / "cache")
    corpus = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "seeds/outcomes").glob("*"))
    built = {}
    for spec in specs:
        pdf = subprocess.run(
            ["pdftotext", str(out / f"{spec.stem}.pdf"), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        data = spec.read_text(encoding="utf-8") + corpus
        built[spec.stem] = (docx_text(out / f"{spec.stem}.docx"), pdf, data)
    return built


def test_every_example_has_no_english_fixed_wording_in_french(french_examples):
    fragments = english_fixed_wording()
    assert {"The topic was discussed at", "Subject:", "will discuss"} <= set(fragments)
    assert len(french_examples) == len(building.example_specs()) >= 3
    for name, (docx_text_, pdf_text_, data) in french_examples.items():
        data = squashed(data)
        for label, text in (("DOCX", docx_text_), ("PDF", pdf_text_)):
            text = squashed(text)
            leaked = [f for f in fragments if f in text and f not in data]
            assert leaked == [], f"{name} {label}: English fixed wording {leaked}"
            assert not re.search(r"\bpage \d+ of \d+", text), f"{name} {label}: page X of Y"
            assert "Conseil de l'Union européenne" in squashed(text.replace("\n", " "))


def test_french_example_prints_the_council_french_header(french_examples):
    docx_text_, pdf_text_, _ = french_examples[
        "2023-11-21_ue-etats-unis-hauts-fonctionnaires-note-fr"
    ]
    pdf = squashed(pdf_text_)
    docx = squashed(docx_text_)
    for wording in (
        "Bruxelles, le 14 novembre 2023",
        "(OR. fr)",
        "Origine : Présidence espagnole",
        "Destinataire : Délégations",
        "Objet : Réunion des hauts fonctionnaires",
        "Questions aux ministres",
        "Présidence du Conseil de l'Union européenne",
        "(11010/23, point 4 ; ouvert)",
        "Deux réunions antérieures ont examiné le sujet :",
    ):
        assert wording in pdf, wording
        assert wording in docx.replace("Origine :Présidence", "Origine : Présidence"), wording
    assert "page 1 sur 3" in pdf
    assert re.search(r"page \d+ sur \d+", docx)
    # the national rule by default: a no-break space before ? and ; (squashed to a space here)
    assert "fin de l'année ?" in pdf and "se poursuivent ; les" in pdf


def test_the_bundled_pack_in_french_has_no_english_fixed_wording(tmp_path):
    """`defaults: {language: fr}` in the pack: cover, contents, parts, annexes and footers."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    for folder in ("briefs", "outcomes"):
        (tmp_path / folder).symlink_to(ROOT / "seeds" / folder)
    (tmp_path / "packs").mkdir()
    pack = next((ROOT / "seeds" / "packs").glob("*-pack.yaml"))
    text = pack.read_text(encoding="utf-8").replace(
        "\ndefaults:\n", "\ndefaults:\n  language: fr\n"
    )
    assert "language: fr" in text
    (tmp_path / "packs" / pack.name).write_text(text, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PACKGEN_CACHE": str(tmp_path / "cache")}
    subprocess.run(
        [sys.executable, "-m", "packgen", "build", f"packs/{pack.name}", "--out", "out"],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
    )
    data = squashed(text + "\n".join(p.read_text() for p in (ROOT / "seeds").glob("*/*.*")))
    fragments = english_fixed_wording()
    outputs = {
        "DOCX": squashed(docx_text(tmp_path / "out" / f"{pack.stem}.pack.docx")),
        "PDF": squashed(
            subprocess.run(
                ["pdftotext", str(tmp_path / "out" / f"{pack.stem}.pack.pdf"), "-"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        ),
    }
    for label, printed in outputs.items():
        leaked = [f for f in fragments if f in printed and f not in data]
        assert leaked == [], f"pack {label}: English fixed wording {leaked}"
        for wording in ("Dossier de réunion", "Annexe I: Historique des sujets", "Numéro"):
            assert wording.upper() in printed.upper(), (label, wording)
    assert re.search(r"page \d+ sur \d+", outputs["PDF"])
    assert " EN " not in outputs["PDF"]  # every footer names the language of the pack


def test_check_says_when_a_language_has_no_catalog(tmp_path):
    """`language: it` builds (Babel's Italian dates) and `check` says the wording stays English."""
    spec = building.DEFAULT_EXAMPLE
    text = spec.read_text(encoding="utf-8").replace("\nkind: ", "\nlanguage: it\nkind: ", 1)
    text = text.replace("../outcomes/", f"{ROOT / 'seeds' / 'outcomes'}/")
    (tmp_path / "brief.yaml").write_text(text, encoding="utf-8")
    problems, notes = building.check_with_notes(tmp_path / "brief.yaml", tmp_path / "cache")
    assert problems == []
    assert notes == [
        f"{tmp_path / 'brief.yaml'}: language: no catalog for 'it': dates in it, packgen's own "
        "wording in English (catalogs: en, fr)"
    ]
    french = tmp_path / "fr.yaml"
    french.write_text(text.replace("language: it", "language: fr"), encoding="utf-8")
    assert building.check_with_notes(french, tmp_path / "cache") == ([], [])


@pytest.mark.parametrize("field", ["", "typography: national\n", "typography: eu\n"])
def test_national_typography_reaches_the_header_labels_and_the_body(tmp_path, field):
    # national is the default; eu (the Style Guide's convention) only when asked for
    spec = ROOT / "seeds" / "briefs" / "2023-11-21_ue-etats-unis-hauts-fonctionnaires-note-fr.yaml"
    text = spec.read_text(encoding="utf-8").replace("\nlanguage: fr\n", f"\nlanguage: fr\n{field}")
    text = text.replace("../outcomes/", f"{ROOT / 'seeds' / 'outcomes'}/")
    (tmp_path / "note.yaml").write_text(text, encoding="utf-8")
    building.build(
        [tmp_path / "note.yaml"],
        tmp_path / "out",
        formats=("docx", "html"),
        cache_dir=tmp_path / "cache",
    )
    html = (tmp_path / "out" / "note.html").read_text(encoding="utf-8")
    docx = docx_text(tmp_path / "out" / "note.docx")
    for printed in (html, docx):
        if field == "typography: eu\n":
            assert "Objet:" in printed and "Objet\u00a0:" not in printed
            assert "année?" in printed and "se poursuivent;" in printed
        else:
            assert "Objet\u00a0:" in printed and "Objet:" not in printed
            assert "année\u202f?" in printed and "se poursuivent\u202f;" in printed
