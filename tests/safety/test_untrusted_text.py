"""Text from YAML and from outcomes is data: Jinja syntax, raw HTML and unsafe links stay inert."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pikepdf
import pytest

from packgen.writers.fetcher import RefusedURLError, SafeURLFetcher
from packgen.writers.pdfarchive import attached_files
from tests.safety.helpers import BUNDLED_CORPUS, brief, docx_parts, packgen, pdf_pages

JINJA = "{{ 7*7 }} {% if true %}x{% endif %}"
PASSWD_FIRST_LINE = Path("/etc/passwd").read_text(encoding="utf-8").splitlines()[0]
HOSTNAME = Path("/etc/hostname").read_text(encoding="utf-8").strip()
SENTINEL = "sentinel-4f9c2d1e-secret-file-contents"


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cache")


def flat(text: str) -> str:
    return " ".join(text.split())


def docx_words(path: Path) -> str:
    xml = b"".join(data for name, data in docx_parts(path).items() if name.startswith("word/"))
    return html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml.decode())))


# --- Jinja syntax in the fields tests/test_cli_build.py does not cover ------------------------

# field -> where it goes in the spec; tests/test_cli_build.py covers the other text fields
EXTRA_FIELDS = """\
kind: background-brief
incoming: "{value} incoming"
header:
  number: 10512/23
  place: "{value} place"
  date: 2023-06-19
meeting:
  title: EU-US Justice and Home Affairs Ministerial Meeting
  dates: 21 June 2023
overview: "{value} overview"
agenda:
  - title: Incoming presidency
    topics: [incoming-presidency]
    history: {{include: false}}
"""


def test_jinja_in_place_overview_and_incoming_is_printed_literally(tmp_path, cache):
    (tmp_path / "brief.yaml").write_text(EXTRA_FIELDS.format(value=JINJA), encoding="utf-8")
    result = packgen(tmp_path, cache, "build", "brief.yaml", "--format", "pdf,docx,html")
    assert result.returncode == 0, result.stderr
    page = flat(html.unescape((tmp_path / "output" / "brief.html").read_text(encoding="utf-8")))
    pdf = flat(" ".join(pdf_pages(tmp_path / "output" / "brief.pdf")))
    words = flat(docx_words(tmp_path / "output" / "brief.docx"))
    for field in ("place", "overview"):
        value = f"{JINJA} {field}"
        assert value in page and value in pdf and value in words, field
    assert "49" not in pdf and "49" not in words


def test_jinja_in_a_release_reference_is_kept_verbatim_in_the_manifest(tmp_path, cache):
    extra = "releases:\n" + "".join(
        f'  - {{number: {n}, reference: "{JINJA} {n}"}}\n'
        for n in ("10483/17", "9278/18", "7725/23")
    )
    (tmp_path / "public.yaml").write_text(brief("PUBLIC", extra), encoding="utf-8")
    result = packgen(tmp_path, cache, "build", "public.yaml", "--format", "docx")
    assert result.returncode == 0, result.stderr
    manifest = json.loads((tmp_path / "output" / "public.manifest.json").read_text())
    assert [r["reference"] for r in manifest["releases"]] == [
        f"{JINJA} 10483/17",
        f"{JINJA} 9278/18",
        f"{JINJA} 7725/23",
    ]


def test_jinja_and_html_in_an_outcome_flow_through_history_literally(tmp_path, cache):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for source in BUNDLED_CORPUS.glob("*.txt"):
        (corpus / source.name).write_bytes(source.read_bytes())
    outcome = corpus / "2023-03-24_7725-23.txt"
    text = outcome.read_text(encoding="utf-8")
    planted = f"on 7 June {JINJA} <b>bold</b> <link rel=attachment href=file:///etc/passwd>."
    assert text.count("on 7 June.") == 1
    outcome.write_text(text.replace("on 7 June.", planted), encoding="utf-8")
    (tmp_path / "brief.yaml").write_text(brief("LIMITE", "corpus: [corpus/*.txt]\n"), "utf-8")
    result = packgen(tmp_path, cache, "build", "brief.yaml", "--format", "pdf,docx,html")
    assert result.returncode == 0, result.stderr
    out = tmp_path / "output"
    raw_html = (out / "brief.html").read_text(encoding="utf-8")
    assert "<b>bold" not in raw_html and "<link rel=attachment" not in raw_html
    expected = planted.removeprefix("on ")
    assert expected in flat(html.unescape(raw_html))
    assert expected in flat(docx_words(out / "brief.docx"))
    assert expected in flat(" ".join(pdf_pages(out / "brief.pdf")))
    assert_pdf_holds_nothing_from_the_machine(out / "brief.pdf")


# --- Markdown with raw HTML, unsafe links and images -----------------------------------------

HOSTILE_BODY = """\
<img src="file:///etc/hostname">

Inline <img src="file:///etc/hostname"> and <link rel="attachment" href="file:///etc/passwd"> here.

<link rel="attachment" href="file:///etc/passwd">

<link rel="attachment" href="file://{secret}">

<object data="file:///etc/passwd"></object> <iframe src="file:///etc/passwd"></iframe>

<embed src="file://{secret}"> <svg><image href="file://{secret}"/></svg>

<style>@import url(file:///etc/passwd); body {{ background: url(file://{secret}) }}</style>

[x](javascript:alert(1)) [y](JaVaScRiPt:alert(1)) [z](file:///etc/passwd) [w](data:text/html,hi)

![j](file:///etc/hostname) ![k](file://{secret})

<a href="javascript:alert(1)">a</a> <https://example.org/ok> <mailto:desk@example.org>
"""

HOSTILE_SPEC = """\
kind: background-brief
header:
  number: 10512/23
  date: 2023-06-19
meeting:
  title: EU-US Justice and Home Affairs Ministerial Meeting
  dates: 21 June 2023
  page: {{title: "meeting page", url: "file:///etc/passwd"}}
agenda:
  - title: 'Visa reciprocity <img src="file:///etc/hostname">'
    topics: [visa-reciprocity]
    body: {body}
    links:
      - {{title: "script", url: "javascript:alert(1)"}}
      - {{title: "local file", url: "file://{secret}"}}
footnotes:
  a: '<link rel="attachment" href="file://{secret}"> [f](javascript:alert(2))'
"""


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory, cache) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    secret = folder / "secret.txt"
    secret.write_text(SENTINEL + "\n", encoding="utf-8")
    body = HOSTILE_BODY.format(secret=secret) + "\nA footnote.[^a]\n"
    spec = HOSTILE_SPEC.format(body=json.dumps(body), secret=secret)
    (folder / "brief.yaml").write_text(spec, encoding="utf-8")
    result = packgen(folder, cache, "build", "brief.yaml", "--format", "pdf,docx,html")
    assert result.returncode == 0, result.stderr
    return folder / "output"


def decompressed_streams(pdf: pikepdf.Pdf, carried: bool = True) -> bytes:
    """Every stream's bytes; without `carried`, not those of embedded files."""
    chunks = []
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Stream):
            if not carried and obj.get("/Type") == "/EmbeddedFile":
                continue
            try:
                chunks.append(obj.read_bytes())
            except pikepdf.PdfError:  # a stream WeasyPrint left undecodable: check it raw
                chunks.append(obj.read_raw_bytes())
    return b"".join(chunks)


def assert_pdf_holds_nothing_from_the_machine(path: Path) -> None:
    """No file, image or script from the machine; the only files carried are packgen's own:
    the spec beside the output folder, byte for byte, and its manifest (issue 14)."""
    data = path.read_bytes()
    carried = attached_files(data)
    assert [(f.name, f.relationship) for f in carried] == [
        ("brief.yaml", "Source"),
        ("brief.manifest.json", "Data"),
    ]
    assert carried[0].data == (path.parent.parent / "brief.yaml").read_bytes()
    assert json.loads(carried[1].data)["spec"] == "brief.yaml"
    with pikepdf.open(path) as pdf:
        assert sorted(pdf.attachments) == ["brief.manifest.json", "brief.yaml"]
        own = {spec.objgen for spec in pdf.Root.AF} | {spec.EF.F.objgen for spec in pdf.Root.AF}
        assert "/AcroForm" not in pdf.Root and "/OpenAction" not in pdf.Root
        for page in pdf.pages:
            for annot in page.get("/Annots", []):
                assert annot.get("/Subtype") == "/Link", annot.get("/Subtype")
                action = annot.get("/A")
                if action is not None:
                    assert action.get("/S") == "/URI"
                    assert str(action.get("/URI")).split(":")[0] in ("http", "https", "mailto")
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
                assert obj.get("/Subtype") not in ("/Image", "/FileAttachment")
                if obj.objgen not in own:
                    assert obj.get("/Type") not in ("/EmbeddedFile", "/Filespec")
                assert "/JS" not in obj and "/JavaScript" not in obj
        streams = decompressed_streams(pdf)
        # the spec is carried as written, "javascript:" links included: data, never run
        rendered = decompressed_streams(pdf, carried=False)
    text = " ".join(pdf_pages(path))
    secrets = [SENTINEL, PASSWD_FIRST_LINE] + ([HOSTNAME] if len(HOSTNAME) >= 6 else [])
    for secret in secrets:
        assert secret not in text
        assert secret.encode() not in data and secret.encode() not in streams
    assert b"javascript" not in rendered.lower() and b"javascript" not in data.lower()


def test_hostile_markdown_pdf_embeds_no_file_image_or_script(hostile_build: Path):
    assert_pdf_holds_nothing_from_the_machine(hostile_build / "brief.pdf")
    pages = pdf_pages(hostile_build / "brief.pdf")
    # the raw HTML is shown as text, not interpreted
    assert '<link rel="attachment" href="file:///etc/passwd">' in flat(" ".join(pages))


def test_hostile_markdown_pdf_links_are_only_the_safe_ones(hostile_build: Path):
    with pikepdf.open(hostile_build / "brief.pdf") as pdf:
        uris = [
            str(annot.A.URI)
            for page in pdf.pages
            for annot in page.get("/Annots", [])
            if "/A" in annot and "/URI" in annot.A
        ]
    assert sorted(set(uris)) == ["https://example.org/ok", "mailto:desk@example.org"]


def test_hostile_markdown_docx_has_no_image_and_only_web_links(hostile_build: Path):
    parts = docx_parts(hostile_build / "brief.docx")
    assert not [name for name in parts if name.startswith("word/media/")]
    assert not [name for name in parts if "embeddings" in name or "activeX" in name]
    content_types = parts["[Content_Types].xml"].decode()
    assert "image/" not in content_types
    external = []
    for name, data in parts.items():
        if name.endswith(".rels"):
            for rel in re.findall(r"<Relationship [^>]*>", data.decode()):
                if 'TargetMode="External"' in rel:
                    external.append(rel)
    targets = sorted(re.search(r'Target="([^"]*)"', rel)[1] for rel in external)
    assert targets == ["https://example.org/ok", "mailto:desk@example.org"]
    assert all(rel.count("/relationships/hyperlink") == 1 for rel in external)
    everything = b"".join(parts.values())
    for secret in (SENTINEL, PASSWD_FIRST_LINE):
        assert secret.encode() not in everything
    assert b"<w:drawing" not in everything and b"<w:object" not in everything
    assert b"javascript:alert" in everything  # kept as visible text only, never a link target


def test_hostile_markdown_html_has_no_live_element(hostile_build: Path):
    page = (hostile_build / "brief.html").read_text(encoding="utf-8")
    for tag in ("<img", "<object", "<iframe", "<embed", "<svg", "<script"):
        assert tag not in page.lower(), tag
    assert not re.search(r"<link[^>]*attachment", page)
    hrefs = sorted(set(re.findall(r'href="([^"]*)"', page)))
    assert hrefs == ["https://example.org/ok", "mailto:desk@example.org"]


@pytest.mark.parametrize(
    "image",
    ["![i](http://example.com/x.png)", "![i](//example.com/x.png)", "![i](../secret.png)"],
)
def test_an_image_from_outside_the_spec_folder_is_refused(tmp_path, cache, image: str):
    """Images come from the spec's folder only: a network or outside image stops the build."""
    folder = tmp_path / "spec"
    folder.mkdir()
    (tmp_path / "secret.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    body = json.dumps(f"Text.\n\n{image}\n")
    spec = brief().replace(
        "    topics: [visa-reciprocity]\n", f"    topics: [visa-reciprocity]\n    body: {body}\n"
    )
    assert "body:" in spec
    (folder / "brief.yaml").write_text(spec, encoding="utf-8")
    result = packgen(folder, cache, "build", "brief.yaml", "--format", "pdf,docx,html")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "agenda[0].body: image" in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["brief.yaml"]


# --- the fetcher as the last line of defence -------------------------------------------------


def test_fetcher_refuses_a_symlink_that_leads_out_of_an_allowed_folder(tmp_path: Path):
    allowed = tmp_path / "styles"
    allowed.mkdir()
    (allowed / "logo.png").symlink_to("/etc/passwd")
    with pytest.raises(RefusedURLError, match="outside the template and style folders"):
        SafeURLFetcher([allowed]).fetch(f"file://{allowed}/logo.png")


UNSAFE_HTML = {
    "attachment link": '<link rel="attachment" href="file:///etc/passwd">',
    "attachment anchor": '<a rel="attachment" href="file:///etc/passwd">a</a>',
    "image": '<img src="file:///etc/hostname">',
    "stylesheet": '<link rel="stylesheet" href="file:///etc/passwd">',
    "font": "<style>@font-face { font-family: x; src: url(file:///etc/passwd) }"
    " p { font-family: x }</style>",
    "network image": '<img src="http://example.com/x.png">',
}


@pytest.mark.parametrize("snippet", UNSAFE_HTML.values(), ids=UNSAFE_HTML.keys())
def test_weasyprint_with_the_fetcher_stops_on_any_file_outside(tmp_path: Path, snippet: str):
    import weasyprint

    from packgen.writers import fetcher as quiet  # noqa: F401  (imports WeasyPrint quietly)

    fetcher = SafeURLFetcher([tmp_path])
    document = weasyprint.HTML(
        string=f"<p>x</p>{snippet}", base_url=f"file://{tmp_path}/", url_fetcher=fetcher
    )
    with pytest.raises(RefusedURLError):
        document.write_pdf()


def test_the_pdf_check_itself_sees_an_attachment(tmp_path: Path):
    import weasyprint

    from packgen.writers import fetcher as quiet  # noqa: F401

    secret = tmp_path / "secret.txt"
    secret.write_text(SENTINEL, encoding="utf-8")
    page = f'<p>x</p><link rel="attachment" href="file://{secret}">'
    # WeasyPrint's own fetcher, without our guard, embeds the file: the check must notice
    (tmp_path / "unsafe.pdf").write_bytes(weasyprint.HTML(string=page).write_pdf())
    with pytest.raises(AssertionError):
        assert_pdf_holds_nothing_from_the_machine(tmp_path / "unsafe.pdf")


# --- link scheme evasions, at the Markdown stage ----------------------------------------------

EVASIONS = [
    "[r][ref]\n\n[ref]: javascript:alert(1)",
    "[e](&#106;avascript:alert(1))",
    "[e](java%73cript:alert(1))",
    "[t](\tjavascript:alert(1))",
    "[z](  javascript:alert(1)  )",
    "[j](jav&#x09;ascript:alert(1))",
    "[c](\x01javascript:alert(1))",
    "<javascript:alert(1)>",
    "[v](vbscript:msgbox(1))",
    "[d](data:text/html;base64,PHNjcmlwdD4=)",
    "[f](file:///etc/passwd)",
    "[s](//elsewhere.example/x)",
    "[p](../../etc/passwd)",
    '<a href="https://example.org">raw anchor</a>',
]


@pytest.mark.parametrize("text", EVASIONS)
def test_markdown_link_evasions_give_no_link(text: str):
    from packgen.compose import markdown_blocks

    blocks = markdown_blocks(text)
    assert [run.href for block in blocks for run in getattr(block, "runs", []) if run.href] == []


def test_markdown_keeps_web_and_mail_links_whatever_their_case():
    from packgen.compose import markdown_blocks

    blocks = markdown_blocks("[u](HTTPS://ok.example) [m](MAILTO:desk@example.org)")
    hrefs = [run.href for run in blocks[0].runs if run.href]
    assert hrefs == ["HTTPS://ok.example", "MAILTO:desk@example.org"]


# --- YAML that tries to be more than data ------------------------------------------------------

YAML_ATTACKS = {
    "binary tag": ("header:\n  number: !!binary aGVsbG8=\n", "YAML tags are not allowed"),
    "tag directive": ("%TAG !e! tag:example.com,2000:\n---\nkind: !e!x y\n", "YAML tags"),
    "merge key": ("base: &b {place: x}\nheader:\n  <<: *b\n", "anchors and aliases"),
    "nested duplicate": (
        "agenda:\n  - title: a\n    title: b\n",
        "duplicate key 'title'",
    ),
}


@pytest.mark.parametrize("text,message", YAML_ATTACKS.values(), ids=YAML_ATTACKS.keys())
def test_yaml_that_is_more_than_data_is_refused(tmp_path: Path, text: str, message: str):
    from packgen.errors import InputError
    from packgen.spec import load_spec

    path = tmp_path / "brief.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message) as caught:
        load_spec(path)
    assert str(caught.value).startswith(f"{path}:")
