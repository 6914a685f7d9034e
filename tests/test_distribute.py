"""Distribution copies: names and copy numbers on every page, copies that differ only in those
marks, a list matching the files, safe file names for any name, and the LIMITE refusal."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

import pypdf
import pytest

from packgen import distribute as dist
from packgen.cli import main
from packgen.errors import InputError
from packgen.pack import DEFAULT_PACK

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "pack"
NAME = "2023-06-21_eu-us-jha-stockholm-pack"
GREEK = "Ελένη Παπαδοπούλου / DG"
RECIPIENTS = [
    ("Delegation of Sweden", "copy-01-delegation-of-sweden.pdf"),
    ("../../etc/x", "copy-02-etc-x.pdf"),
    (GREEK, "copy-03-eleni-papadopoulou-dg.pdf"),
]


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="module")
def distributed(tmp_path_factory, cache) -> Path:
    """Three copies of the bundled pack in <tmp>/a/b/out; <tmp> is watched for stray files."""
    root = tmp_path_factory.mktemp("dist")
    out = root / "a" / "b" / "out"
    dist.distribute(DEFAULT_PACK, FIXTURES / "recipients_three.yaml", out, cache_dir=cache)
    return out


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


def _without_marks(text: str, number: int, name: str) -> str:
    marks = {f"Copy {number:02d} of 03 - {name}", f"COPY {number:02d} - {name}"}
    return "\n".join(line for line in text.splitlines() if line.strip() not in marks)


def test_only_the_copies_and_lists_are_written_inside_the_folder(distributed):
    root = distributed.parent.parent.parent
    everything = sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())
    assert everything == sorted(
        [f"a/b/out/{name}" for _, name in RECIPIENTS]
        + [f"a/b/out/{NAME}.distribution.csv", f"a/b/out/{NAME}.distribution.json"]
    )


def test_every_page_carries_name_and_copy_number(distributed):
    for number, (name, filename) in enumerate(RECIPIENTS, start=1):
        pages = _pages(distributed / filename)
        assert len(pages) > 8
        for text in pages:
            assert f"Copy {number:02d} of 03 - {name}" in text.splitlines()
            others = [n for n, _ in RECIPIENTS if n != name]
            assert not any(other in text for other in others)


def test_greek_name_renders_as_text(distributed):
    first_page = _pages(distributed / RECIPIENTS[2][1])[0]
    assert "Copy 03 of 03 - Ελένη Παπαδοπούλου / DG" in first_page


def test_copies_differ_only_in_the_marks(distributed):
    stripped = [
        [_without_marks(t, n, name) for t in _pages(distributed / filename)]
        for n, (name, filename) in enumerate(RECIPIENTS, start=1)
    ]
    assert stripped[0] == stripped[1] == stripped[2]
    assert "page 1 of" in stripped[0][0] and "LIMITE" in stripped[0][0]


def test_list_matches_the_files(distributed):
    rows = list(csv.DictReader(io.StringIO((distributed / f"{NAME}.distribution.csv").read_text())))
    manifest = json.loads((distributed / f"{NAME}.distribution.json").read_text(encoding="utf-8"))
    assert [(r["recipient"], r["copy"], r["file"]) for r in rows] == [
        (name, str(n), filename) for n, (name, filename) in enumerate(RECIPIENTS, start=1)
    ]
    assert [(c["recipient"], c["copy"], c["file"]) for c in manifest["copies"]] == [
        (name, n, filename) for n, (name, filename) in enumerate(RECIPIENTS, start=1)
    ]
    for row, entry in zip(rows, manifest["copies"], strict=True):
        digest = hashlib.sha256((distributed / row["file"]).read_bytes()).hexdigest()
        assert row["sha256"] == entry["sha256"] == digest
    assert manifest["classification"] == "LIMITE"
    assert len({c["sha256"] for c in manifest["copies"]}) == 3
    # issue 10, class 9: the list names files relative to itself, never a local absolute path
    paths = [manifest["pack"], manifest["recipients"], *(c["path"] for c in manifest["copies"])]
    assert not [p for p in paths if p.startswith("/")]
    assert [c["path"] for c in manifest["copies"]] == [f for _, f in RECIPIENTS]


def test_existing_copies_need_force(distributed, cache):
    before = {p.name: p.read_bytes() for p in distributed.iterdir()}
    with pytest.raises(InputError, match="exists \\(use --force"):
        dist.distribute(
            DEFAULT_PACK, FIXTURES / "recipients_three.yaml", distributed, cache_dir=cache
        )
    assert {p.name: p.read_bytes() for p in distributed.iterdir()} == before


@pytest.mark.parametrize(
    ("fixture", "line", "who"),
    [
        (
            "recipients_press.yaml",
            9,
            "recipients[2] 'Agence Europe newsroom': a LIMITE pack cannot go to a press recipient",
        ),
        (
            "recipients_unentitled.yaml",
            6,
            "recipients[1] 'Delegation of Norway': a LIMITE pack "
            "cannot go to a recipient not entitled",
        ),
    ],
)
def test_limite_pack_refuses_press_public_or_unentitled(
    tmp_path, capsys, cache, fixture, line, who
):
    out = tmp_path / "out"
    recipients = FIXTURES / fixture
    argv = ["distribute", str(DEFAULT_PACK), "--recipients", str(recipients), "--out", str(out)]
    with pytest.raises(SystemExit) as caught:
        main([*argv, "--cache", str(cache)])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"packgen: {recipients}:{line}: {who}")
    assert err.count("\n") == 1
    assert not out.exists()


def test_bad_recipients_file_names_the_line(tmp_path):
    with pytest.raises(InputError) as caught:
        dist.load_recipients(FIXTURES / "recipients_bad.yaml")
    assert str(caught.value) == (
        f"{FIXTURES / 'recipients_bad.yaml'}:5: recipients[0].category: "
        "Input should be 'delegation', 'institution', 'press' or 'public', got 'embassy'"
    )


def test_bundled_recipients_are_all_entitled():
    recipients, source = dist.load_recipients(ROOT / "seeds" / "packs" / "recipients.yaml")
    assert [r.category for r in recipients] == ["delegation", "delegation", "institution"]
    dist.check_entitlement(recipients, source, "LIMITE")


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Delegation of Sweden", "delegation-of-sweden"),
        ("../../etc/x", "etc-x"),
        (GREEK, "eleni-papadopoulou-dg"),
        ("Žofia Dvořáková", "zofia-dvorakova"),
        ("Юлия Иванова", "yuliya-ivanova"),
        ("/", "recipient"),
        ("..\\..\\windows", "windows"),
    ],
)
def test_slugify(name, slug):
    assert dist.slugify(name) == slug
    assert dist.copy_filename(7, name) == f"copy-07-{slug}.pdf"


def test_inside_refuses_names_that_leave_the_folder(tmp_path):
    assert dist.inside(tmp_path, "copy-01-x.pdf") == tmp_path.resolve() / "copy-01-x.pdf"
    for bad in ("../x.pdf", "a/b.pdf", "..", "/etc/passwd"):
        with pytest.raises(InputError):
            dist.inside(tmp_path, bad)


def test_csv_keeps_formula_like_names_as_text():
    assert dist._csv_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert dist._csv_cell("Delegation of Malta") == "Delegation of Malta"


def test_stamped_copy_is_deterministic():
    import weasyprint

    base = weasyprint.HTML(string="<p>one page</p>").render().write_pdf(pdf_identifier=b"0" * 32)
    who = dist.Recipient(name=GREEK, category="delegation")
    first = dist.stamped_copy(base, who, 2, 5)
    assert first == dist.stamped_copy(base, who, 2, 5)
    text = pypdf.PdfReader(io.BytesIO(first)).pages[0].extract_text()
    assert "one page" in text and f"Copy 02 of 05 - {GREEK}" in text


@pytest.mark.parametrize("name", ["Delegation\nof Malta", "   ", "Tab\there", "rtl\u202eoverride"])
def test_names_must_be_one_printable_line(name):
    with pytest.raises(ValueError, match="name"):
        dist.Recipient(name=name, category="delegation")


def test_public_pack_may_go_to_press_and_public(tmp_path, cache):
    import shutil

    (tmp_path / "packs").mkdir()
    pack = tmp_path / "packs" / "public_pack.yaml"
    shutil.copy(FIXTURES / "public_pack.yaml", pack)
    out = tmp_path / "out"
    result = dist.distribute(pack, FIXTURES / "recipients_press_only.yaml", out, cache_dir=cache)
    assert [p.name for p in result.copies] == [
        "copy-01-agence-europe-newsroom.pdf",
        "copy-02-visitor-centre.pdf",
    ]
    text = pypdf.PdfReader(result.copies[1]).pages[0].extract_text()
    assert "Copy 02 of 02 - Visitor centre" in text and "LIMITE" not in text
    metadata = pypdf.PdfReader(result.copies[1]).metadata
    assert metadata["/Subject"] == "Copy 02 of 02 - Visitor centre"
