"""Distribution copies: names and copy numbers drawn on every page as an artifact outside the
text layer, copies that keep the pack's tags, fonts and size, a list matching the files, safe
file names for any name, and the LIMITE refusal."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
import subprocess
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


MARKS_DRAWN = b"/Artifact <</Type /Pagination /Subtype /Watermark>> BDC /PackgenCopyMarks1 Do EMC"


def _strip(pdf: Path, page: int, height_mm: float = 20) -> Path:
    """A grey 150 dpi picture of the bottom `height_mm` of an A4 page (where the line is)."""
    top = int((297 - height_mm) / 25.4 * 150)
    stem = pdf.parent / f"{pdf.stem}-strip-{page}"
    subprocess.run(
        ["pdftoppm", "-r", "150", "-f", str(page), "-l", str(page), "-singlefile", "-gray"]
        + ["-y", str(top), "-H", str(int(height_mm / 25.4 * 150)), "-W", "1240"]
        + [str(pdf), str(stem)],
        check=True,
        timeout=60,
    )
    return stem.with_suffix(".pgm")


def _dark_pixels(pgm: Path) -> int:
    data = pgm.read_bytes()
    header, pixels = data.split(b"\n255\n", 1)
    return sum(1 for value in pixels if value < 128)


def test_every_page_draws_the_copys_marks_as_an_artifact(distributed):
    import pikepdf

    for number, (name, filename) in enumerate(RECIPIENTS, start=1):
        with pikepdf.open(distributed / filename) as pdf:
            assert len(pdf.pages) > 8
            for page in pdf.pages:
                contents = page.obj.Contents
                streams = list(contents) if isinstance(contents, pikepdf.Array) else [contents]
                assert MARKS_DRAWN in streams[-1].read_bytes()
            assert str(pdf.docinfo.Subject) == f"Copy {number:02d} of 03 - {name}"
        for text in _pages(distributed / filename):
            # outside the text layer: search, copy and paste and screen readers never meet it
            assert not any(n in text for n, _ in RECIPIENTS)
            assert "Copy 0" not in text and "COPY 0" not in text


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs Tesseract (tesseract-ocr)")
def test_the_recipient_line_is_legible_on_the_first_and_last_page(distributed):
    path = distributed / RECIPIENTS[0][1]
    last = len(pypdf.PdfReader(path).pages)
    for page in (1, last):
        read = subprocess.run(
            ["tesseract", str(_strip(path, page)), "stdout"],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout
        assert "Copy 01 of 03 - Delegation of Sweden" in read.splitlines()


def test_greek_name_is_drawn(distributed):
    first, greek = (_strip(distributed / RECIPIENTS[i][1], 1) for i in (0, 2))
    # a longer name, in other glyphs: more ink under the footer, and not the same picture
    assert _dark_pixels(greek) > _dark_pixels(first) > 1000
    assert greek.read_bytes() != first.read_bytes()
    assert pypdf.PdfReader(distributed / RECIPIENTS[2][1]).metadata["/Subject"] == (
        f"Copy 03 of 03 - {GREEK}"
    )


def test_copies_keep_the_packs_text_layer(distributed):
    texts = [_pages(distributed / filename) for _, filename in RECIPIENTS]
    assert texts[0] == texts[1] == texts[2]
    assert "page 1 of" in texts[0][0] and "LIMITE" in texts[0][0]


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
    assert first != dist.stamped_copy(base, who, 3, 5)
    reader = pypdf.PdfReader(io.BytesIO(first))
    assert reader.pages[0].extract_text().strip() == "one page"
    assert reader.metadata["/Subject"] == f"Copy 02 of 05 - {GREEK}"


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
    assert "Visitor centre" not in text and "LIMITE" not in text
    metadata = pypdf.PdfReader(result.copies[1]).metadata
    assert metadata["/Subject"] == "Copy 02 of 02 - Visitor centre"


# --- copies keep the pack's archival PDF (issue 14) -----------------------------------------

#: The largest a copy may be, as a multiple of the pack PDF's size.
MAX_COPY_RATIO = 1.3


@pytest.fixture(scope="module")
def pack_and_copy(cache) -> tuple[bytes, bytes]:
    from packgen.pack import prepare_pack, render_pack

    pack = render_pack(prepare_pack(DEFAULT_PACK, cache_dir=cache), ("pdf",))["pdf"]
    who = dist.Recipient(name="Delegation of Sweden", category="delegation")
    return pack, dist.stamped_copy(pack, who, 1, 27)


def _font_programs(data: bytes) -> list[bytes]:
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        return sorted(
            descriptor[key].read_raw_bytes()
            for descriptor in pdf.objects
            if isinstance(descriptor, pikepdf.Dictionary)
            and descriptor.get("/Type") == "/FontDescriptor"
            for key in ("/FontFile", "/FontFile2", "/FontFile3")
            if key in descriptor
        )


def test_copy_is_at_most_1_3_times_the_pack(pack_and_copy):
    pack, copy = pack_and_copy
    assert len(copy) <= MAX_COPY_RATIO * len(pack), (len(copy), len(pack))


def test_copy_keeps_tags_identification_and_fonts_once(pack_and_copy):
    from tests.pdfcheck import archival_problems, roles

    pack, copy = pack_and_copy
    assert archival_problems(pack) == []
    assert archival_problems(copy) == []
    assert roles(copy) == roles(pack)
    # the marks are outlines: the copy embeds exactly the pack's font programs, none twice
    fonts = _font_programs(copy)
    assert fonts == _font_programs(pack)
    assert len(set(fonts)) == len(fonts)


def test_copy_streams_are_compressed(pack_and_copy):
    import pikepdf

    _, copy = pack_and_copy
    with pikepdf.open(io.BytesIO(copy)) as pdf:
        raw = [o for o in pdf.objects if isinstance(o, pikepdf.Stream) and "/Filter" not in o]
    # the XMP packet alone stays plain (as QPDF writes it), for tools that scan files for it
    assert [str(o.get("/Type")) for o in raw] == ["/Metadata"]


def test_pdftotext_sees_the_pack_not_the_marks(pack_and_copy, tmp_path):
    pack, copy = pack_and_copy
    texts = []
    for name, data in (("pack.pdf", pack), ("copy.pdf", copy)):
        (tmp_path / name).write_bytes(data)
        texts.append(
            subprocess.run(
                ["pdftotext", str(tmp_path / name), "-"],
                capture_output=True,
                text=True,
                check=True,
                timeout=60,
            ).stdout
        )
    assert texts[0] == texts[1]
    assert "Delegation of Sweden" not in texts[1] and "COPY 01" not in texts[1]


def test_a_name_no_installed_font_draws_is_refused_before_rendering(tmp_path, cache):
    # U+10000 LINEAR B SYLLABLE B008 A: printable, and in none of the usual fonts
    recipients = tmp_path / "recipients.yaml"
    recipients.write_text(
        "recipients:\n  - name: Delegation of Sweden\n    category: delegation\n"
        "  - name: Office \U00010000\n    category: institution\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    with pytest.raises(InputError) as caught:
        dist.distribute(DEFAULT_PACK, recipients, out, cache_dir=cache)
    assert str(caught.value) == (
        f"{recipients}:4: recipients[1] 'Office \U00010000': no installed font draws "
        "'\U00010000' (U+10000), so the copy could not carry the name; nothing written"
    )
    assert not out.exists()
