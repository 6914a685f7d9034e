"""WeasyPrint's tagged PDF in, archival PDF out: artifacts, notes, PDF/UA identification, sources.

WeasyPrint 70 renders with `pdf_variant="pdf/a-3a"`: a structure tree (H1-H6, P, L/LI,
Table/TH/TD...), /MarkInfo, /Lang, DisplayDocTitle, an sRGB output intent and XMP naming
PDF/A-3 level A. What it leaves undone is finished here, in one pass over the bytes:
- the running footer (a CSS margin box) is marked content that no structure element
  reaches; it becomes an /Artifact of type /Pagination and leaves the parent tree;
- footnotes, rendered as <pg-note> elements, are tagged /Note (with the /ID PDF/UA wants),
  their calls /Reference and their markers /Lbl (see `install_note_roles`);
- the XMP also names PDF/UA-1 (pdfuaid:part 1), with the PDF/A extension schema that
  PDF/A-3 requires for a namespace it does not predefine;
- files handed in (the brief's YAML spec, its manifest) are embedded as PDF/A-3
  associated files: /EmbeddedFiles and the catalog's /AF, each with its /AFRelationship.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

#: WeasyPrint's variant: PDF/A-3 (associated files allowed), level A (tagged).
PDF_VARIANT = "pdf/a-3a"
#: The HTML element a footnote is written as: tagged /Note, not WeasyPrint's /NonStruct.
NOTE_ELEMENT = "pg-note"
#: Roles the note element and its pseudo-elements take in the structure tree.
NOTE_ROLES = {
    NOTE_ELEMENT: "Note",
    f"{NOTE_ELEMENT}::footnote-call": "Reference",
    f"{NOTE_ELEMENT}::footnote-marker": "Lbl",
}
Relationship = Literal["Source", "Data", "Supplement"]

_MARKED = re.compile(rb"/(\w+)\s*<</MCID (\d+)>>\s*BDC")
_ARTIFACT = b"/Artifact <</Type /Pagination>> BDC"
_PDFUA_XMP = b"""<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" \
xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
<pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>PDF/UA version identifier</pdfaProperty:description>
<pdfaProperty:name>part</pdfaProperty:name>
<pdfaProperty:valueType>Integer</pdfaProperty:valueType>
</rdf:li></rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>
"""


@dataclass(frozen=True)
class Attached:
    """A file carried inside the PDF as an associated file."""

    name: str
    data: bytes
    relationship: Relationship
    mime: str
    description: str


def render_options(rendered) -> dict[str, object]:
    """The WeasyPrint write_pdf options of every packgen PDF (tagged, PDF/A-3a) for `rendered`.

    PDF/A needs an output intent. WeasyPrint's own "srgb" opens its ICC file and never
    closes it (a ResourceWarning on every PDF), and writes the profile as re-serialised by
    LittleCMS, whose bytes change from one call to the next. The same profile, read here
    once and written as the file's own bytes, becomes the output intent instead.
    """
    install_note_roles()
    rendered.color_profiles.setdefault("srgb", _srgb_profile())
    return {"pdf_variant": PDF_VARIANT, "pdf_tags": True, "output_intent": "packgen-srgb"}


@functools.cache
def _srgb_profile():
    from importlib.resources import files

    from weasyprint.css import ColorProfile

    class FileProfile(ColorProfile):
        @property
        def content(self) -> bytes:
            return data

    data = (files("weasyprint.pdf") / "sRGB2014.icc").read_bytes()
    channels = (["r"], ["g"], ["b"])
    return FileProfile(io.BytesIO(data), "sRGB2014.icc", "relative-colorimetric", channels)


def install_note_roles() -> None:
    """Teach WeasyPrint's tagger the footnote roles (it maps unknown elements to /NonStruct).

    Only the names in NOTE_ROLES change, so installing twice, or in a process that renders
    other HTML, changes nothing else. A WeasyPrint without this hook leaves notes /NonStruct,
    which the structure tests catch.
    """
    from weasyprint.pdf import tags

    original = getattr(tags, "_get_pdf_tag", None)
    if original is None or getattr(original, "packgen_notes", False):
        return

    def get_pdf_tag(tag: str | None) -> str:
        return NOTE_ROLES.get(tag or "") or original(tag)

    get_pdf_tag.packgen_notes = True  # type: ignore[attr-defined]
    tags._get_pdf_tag = get_pdf_tag


def finish(pdf_bytes: bytes, attachments: Sequence[Attached], moment: dt.datetime) -> bytes:
    """The archival PDF: margin content as artifacts, note ids, associated files embedded."""
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        if "/StructTreeRoot" in pdf.Root:
            _artifact_unreached(pdf)
            _identify_notes(pdf)
            _identify_pdfua(pdf)
        _attach(pdf, attachments, moment)
        return save(pdf)


def save(pdf) -> bytes:
    """Compressed (object streams too) and deterministic: the same content, the same bytes."""
    import pikepdf

    out = io.BytesIO()
    pdf.save(
        out,
        compress_streams=True,
        object_stream_mode=pikepdf.ObjectStreamMode.generate,
        deterministic_id=True,
    )
    return out.getvalue()


def structure_elements(pdf) -> Iterator:
    """Every structure element reachable from the tree's root, depth first."""
    import pikepdf

    root = pdf.Root.get("/StructTreeRoot")
    stack = list(_kids(root)) if root is not None else []
    seen: set[tuple[int, int]] = set()
    while stack:
        element = stack.pop()
        if not isinstance(element, pikepdf.Dictionary) or "/S" not in element:
            continue
        if element.objgen != (0, 0):
            if element.objgen in seen:
                continue
            seen.add(element.objgen)
        yield element
        stack.extend(reversed(list(_kids(element))))


def _kids(element) -> list:
    import pikepdf

    kids = element.get("/K")
    if kids is None:
        return []
    return list(kids) if isinstance(kids, pikepdf.Array) else [kids]


def _artifact_unreached(pdf) -> None:
    """Marked content that no structure element reaches (margin boxes) becomes an artifact."""
    import pikepdf

    reached = {e.objgen for e in structure_elements(pdf)}
    nums = pdf.Root.StructTreeRoot.ParentTree.get("/Nums")
    if nums is None:
        return
    parents = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    for index, page in enumerate(pdf.pages):
        mcids = parents.get(index)
        if not isinstance(mcids, pikepdf.Array):
            continue
        unreached = {
            mcid
            for mcid, element in enumerate(mcids)
            if isinstance(element, pikepdf.Dictionary) and element.objgen not in reached
        }
        if not unreached:
            continue
        _rewrite_marks(page, unreached)
        for mcid in unreached:  # the unreached elements are dropped when the file is saved
            mcids[mcid] = pikepdf.Object.parse(b"null")


def _rewrite_marks(page, mcids: set[int]) -> None:
    import pikepdf

    def replace(match: re.Match[bytes]) -> bytes:
        return _ARTIFACT if int(match.group(2)) in mcids else match.group(0)

    contents = page.obj.Contents
    streams = list(contents) if isinstance(contents, pikepdf.Array) else [contents]
    for stream in streams:
        stream.write(_MARKED.sub(replace, stream.read_bytes()))


def _identify_notes(pdf) -> None:
    """PDF/UA-1 asks every /Note for a unique /ID."""
    import pikepdf

    number = 0
    for element in structure_elements(pdf):
        if str(element.S) == "/Note":
            number += 1
            element.ID = pikepdf.String(f"note-{number}")


def _identify_pdfua(pdf) -> None:
    """pdfuaid:part 1 beside WeasyPrint's pdfaid, in the one rdf:RDF of the XMP packet."""
    metadata = pdf.Root.get("/Metadata")
    if metadata is None:
        return
    xmp = metadata.read_bytes()
    if b"pdfuaid" not in xmp and b"</rdf:RDF>" in xmp:
        metadata.write(xmp.replace(b"</rdf:RDF>", _PDFUA_XMP + b"</rdf:RDF>", 1))


def _attach(pdf, attachments: Sequence[Attached], moment: dt.datetime) -> None:
    import pikepdf
    from pikepdf.models.metadata import encode_pdf_date

    if not attachments:
        return
    stamp = encode_pdf_date(moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc))
    specs = pikepdf.Array()
    for item in attachments:
        spec = pikepdf.AttachedFileSpec(
            pdf,
            item.data,
            description=item.description,
            filename=item.name,
            mime_type=item.mime,
            creation_date=stamp,
            mod_date=stamp,
            relationship=pikepdf.Name("/" + item.relationship),
        )
        pdf.attachments[item.name] = spec
        specs.append(pdf.attachments[item.name].obj)
    pdf.Root.AF = specs


def attached_files(pdf_bytes: bytes) -> list[Attached]:
    """The associated files of a PDF (catalog /AF), in their order; [] when it has none."""
    import pikepdf

    found: list[Attached] = []
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        for spec in pdf.Root.get("/AF", pikepdf.Array()):
            name = str(spec.get("/UF", spec.get("/F", "")))
            stream = spec.EF.get("/F")
            if stream is None:
                continue
            subtype = stream.get("/Subtype")
            found.append(
                Attached(
                    name=name,
                    data=stream.read_bytes(),
                    relationship=str(spec.get("/AFRelationship", "/Unspecified"))[1:],  # type: ignore[arg-type]
                    mime=_mime(subtype),
                    description=str(spec.get("/Desc", "")),
                )
            )
    return found


def _mime(subtype) -> str:
    """/text#2Fyaml -> text/yaml (a PDF name keeps its slash escaped)."""
    if subtype is None:
        return ""
    return re.sub(r"#([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)), str(subtype)[1:])
