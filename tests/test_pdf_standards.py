"""Every bundled example's PDF is tagged and archival, and carries its spec and manifest:
`packgen unpack` recovers them and a rebuild from the recovered spec gives the same brief."""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path

import docx
import pikepdf
import pytest

from packgen.spec import load_spec
from tests.pdfcheck import archival_problems, roles, text_layers
from tests.safety.helpers import packgen

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "seeds" / "briefs").glob("*.yaml"))
ROLES = json.loads((ROOT / "tests" / "fixtures" / "pdfstd" / "roles.json").read_text())


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> Path:
    """A copy of the bundled briefs and outcomes, so specs can be removed and recovered."""
    root = tmp_path_factory.mktemp("seeds")
    for part in ("briefs", "outcomes"):
        shutil.copytree(ROOT / "seeds" / part, root / part)
    return root


@pytest.fixture(scope="module")
def built(seeds: Path, tmp_path_factory) -> dict[str, Path]:
    """Every example built once, by the command a user runs: name -> output folder."""
    out = tmp_path_factory.mktemp("out")
    cache = tmp_path_factory.mktemp("cache")
    specs = [str(seeds / "briefs" / spec.name) for spec in EXAMPLES]
    result = packgen(seeds, cache, "build", *specs, "--out", str(out))
    assert result.returncode == 0, result.stderr
    return {spec.stem: out for spec in EXAMPLES}


@pytest.mark.parametrize("name", [spec.stem for spec in EXAMPLES])
def test_example_pdf_is_tagged_and_archival(built: dict[str, Path], name: str):
    data = (built[name] / f"{name}.pdf").read_bytes()
    assert archival_problems(data) == []
    assert set(ROLES[name]) <= set(roles(data))
    language = load_spec(ROOT / "seeds" / "briefs" / f"{name}.yaml").spec.language
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert str(pdf.Root.Lang) == language
    content, artifacts = text_layers(data)
    total = len(artifacts)
    for number, (text, furniture) in enumerate(zip(content, artifacts, strict=True), start=1):
        # "page 2 of 5", "page 2 sur 5": the running footer is furniture, not content
        assert re.search(rf"page {number} \w+ {total}(?!\d)", furniture), furniture
        assert not re.search(rf"page {number} \w+ {total}(?!\d)", text)
    assert content[0].strip()


@pytest.mark.parametrize("name", [spec.stem for spec in EXAMPLES])
def test_example_pdf_embeds_its_spec_and_manifest(built: dict[str, Path], seeds: Path, name: str):
    with pikepdf.open(built[name] / f"{name}.pdf") as pdf:
        files = {str(f.UF): (str(f.AFRelationship), f.EF.F.read_bytes()) for f in pdf.Root.AF}
    assert files[f"{name}.yaml"] == (
        "/Source",
        (ROOT / "seeds" / "briefs" / f"{name}.yaml").read_bytes(),
    )
    relation, manifest_bytes = files[f"{name}.manifest.json"]
    embedded = json.loads(manifest_bytes)
    written = json.loads((built[name] / f"{name}.manifest.json").read_text(encoding="utf-8"))
    assert relation == "/Data"
    assert embedded["spec"] == f"{name}.yaml"
    assert [s["sha256"] for s in embedded["sources"]] == [s["sha256"] for s in written["sources"]]
    assert all(s["path"].startswith("../outcomes/") for s in embedded["sources"])
    assert "outputs" not in embedded


def _docx_text(path: Path) -> list[str]:
    return [p.text for p in docx.Document(io.BytesIO(path.read_bytes())).paragraphs]


def test_unpack_then_rebuild_gives_the_same_brief(built: dict[str, Path], seeds: Path, tmp_path):
    name = "2023-06-21_eu-us-jha-ministerial-stockholm"  # the default example
    cache = tmp_path / "cache"
    spec = seeds / "briefs" / f"{name}.yaml"
    original = spec.read_bytes()
    spec.unlink()
    try:
        result = packgen(seeds, cache, "unpack", str(built[name] / f"{name}.pdf"), "-o", "briefs")
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines() == [
            str(Path("briefs") / f"{name}.yaml"),
            str(Path("briefs") / f"{name}.manifest.json"),
        ]
        assert spec.read_bytes() == original
        again = tmp_path / "again"
        result = packgen(seeds, cache, "build", str(spec), "--out", str(again))
        assert result.returncode == 0, result.stderr
    finally:
        spec.write_bytes(original)
        (seeds / "briefs" / f"{name}.manifest.json").unlink(missing_ok=True)
    assert _docx_text(again / f"{name}.docx") == _docx_text(built[name] / f"{name}.docx")
    assert (again / f"{name}.pdf").read_bytes() == (built[name] / f"{name}.pdf").read_bytes()


def test_unpack_refuses_to_overwrite_without_force(built: dict[str, Path], tmp_path):
    name = EXAMPLES[0].stem
    pdf = built[name] / f"{name}.pdf"
    (tmp_path / f"{name}.manifest.json").write_text("mine\n")
    result = packgen(tmp_path, tmp_path / "cache", "unpack", str(pdf))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"packgen: {name}.manifest.json exists (use --force to replace it)"
    ]
    assert not (tmp_path / f"{name}.yaml").exists()  # all or nothing
    assert (tmp_path / f"{name}.manifest.json").read_text() == "mine\n"
    result = packgen(tmp_path, tmp_path / "cache", "unpack", str(pdf), "--force")
    assert result.returncode == 0, result.stderr
    assert json.loads((tmp_path / f"{name}.manifest.json").read_text())["name"] == name


def test_unpack_of_a_pdf_without_spec_is_exit_2(tmp_path):
    import weasyprint

    plain = tmp_path / "plain.pdf"
    plain.write_bytes(weasyprint.HTML(string="<p>no spec here</p>").render().write_pdf())
    (tmp_path / "notes.pdf").write_text("not a pdf at all\n")
    result = packgen(tmp_path, tmp_path / "cache", "unpack", "plain.pdf")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "packgen: plain.pdf: carries no embedded brief spec (only PDFs built by packgen build do)"
    ]
    result = packgen(tmp_path, tmp_path / "cache", "unpack", "notes.pdf")
    assert (result.returncode, result.stderr.strip()) == (2, "packgen: notes.pdf: not a PDF file")
    (tmp_path / "cut.pdf").write_bytes(plain.read_bytes()[:400])
    result = packgen(tmp_path, tmp_path / "cache", "unpack", "cut.pdf")
    assert result.returncode == 2
    assert result.stderr.startswith("packgen: cut.pdf: unreadable PDF: ")
    assert result.stderr.count("\n") == 1 and "0x" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "cache") == [
        "cut.pdf",
        "notes.pdf",
        "plain.pdf",
    ]


@pytest.mark.parametrize("evil", ["../escape.yaml", ".hidden.yaml", "sub/dir.yaml"])
def test_unpack_writes_only_plain_names_into_the_folder(tmp_path, evil: str):
    pdf = pikepdf.new()
    pdf.add_blank_page()
    spec = pikepdf.AttachedFileSpec(
        pdf, b"kind: x\n", filename=evil, relationship=pikepdf.Name.Source
    )
    pdf.attachments["a"] = spec
    pdf.Root.AF = pikepdf.Array([pdf.attachments["a"].obj])
    pdf.save(tmp_path / "crafted.pdf")
    out = tmp_path / "out"
    result = packgen(tmp_path, tmp_path / "cache", "unpack", "crafted.pdf", "-o", "out")
    assert result.returncode == 2
    assert "is not a plain file name; nothing written" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists() and not (tmp_path / "escape.yaml").exists()
