"""Checks of a tagged, archival packgen PDF, shared by the tests: structure, identification,
fonts, and which text is content and which is an artifact (pikepdf and pdfplumber)."""

from __future__ import annotations

import io
from collections import Counter

import pdfplumber
import pikepdf

from packgen.writers.pdfarchive import structure_elements

PDFAID = "{http://www.aiim.org/pdfa/ns/id/}"
PDFUAID = "{http://www.aiim.org/pdfua/ns/id/}"


def roles(data: bytes) -> Counter:
    """How often each structure type appears in the tree reachable from its root."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return Counter(str(e.S)[1:] for e in structure_elements(pdf))


def identification(data: bytes) -> dict[str, str]:
    """The XMP's PDF/A and PDF/UA identification."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        meta = pdf.open_metadata()
        return {
            "pdfa_part": meta.get(f"{PDFAID}part", ""),
            "pdfa_conformance": meta.get(f"{PDFAID}conformance", ""),
            "pdfua_part": meta.get(f"{PDFUAID}part", ""),
        }


def unembedded_fonts(data: bytes) -> list[str]:
    """Names of the fonts some page uses without a font program in the file."""
    missing: set[str] = set()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            fonts = page.obj.get("/Resources", {}).get("/Font", {})
            for font in fonts.values():
                for described in font.get("/DescendantFonts", [font]):
                    descriptor = described.get("/FontDescriptor")
                    if descriptor is None or not any(
                        k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")
                    ):
                        missing.add(str(font.get("/BaseFont")))
    return sorted(missing)


def text_layers(data: bytes) -> tuple[list[str], list[str]]:
    """Per page, the text tagged as content and the text marked as artifacts.

    A character counts as content only when its marked-content id leads to a structure
    element reachable from the tree's root; anything else is an artifact or untagged.
    """
    with pikepdf.open(io.BytesIO(data)) as pdf:
        reached = {e.objgen for e in structure_elements(pdf)}
        nums = pdf.Root.StructTreeRoot.ParentTree.Nums
        parents = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
        tagged_ids = {
            page: {
                mcid
                for mcid, element in enumerate(parents.get(page, []))
                if isinstance(element, pikepdf.Dictionary) and element.objgen in reached
            }
            for page in range(len(pdf.pages))
        }
    content: list[str] = []
    artifacts: list[str] = []
    untagged: list[str] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for index, page in enumerate(pdf.pages):
            kept, marked, stray = [], [], []
            for char in page.chars:
                if char.get("mcid") is not None and char["mcid"] in tagged_ids[index]:
                    kept.append(char["text"])
                elif char.get("tag") == "Artifact":
                    marked.append(char["text"])
                else:
                    stray.append(char["text"])
            content.append("".join(kept))
            artifacts.append("".join(marked))
            untagged.append("".join(stray))
    assert not any(untagged), f"text neither tagged nor an artifact: {untagged}"
    return content, artifacts


def archival_problems(data: bytes) -> list[str]:
    """Everything that keeps `data` from being packgen's tagged PDF/A-3a, PDF/UA-1 file."""
    problems: list[str] = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        root = pdf.Root
        if "/StructTreeRoot" not in root:
            return ["no structure tree"]
        if root.get("/MarkInfo", {}).get("/Marked") is not True:
            problems.append("/MarkInfo /Marked is not true")
        if not str(root.get("/Lang", "")):
            problems.append("no document language (/Lang)")
        if root.get("/ViewerPreferences", {}).get("/DisplayDocTitle") is not True:
            problems.append("the title is not displayed (DisplayDocTitle)")
        if not str(pdf.docinfo.get("/Title", "")):
            problems.append("no title")
        if "/OutputIntents" not in root:
            problems.append("no output intent")
    ids = identification(data)
    if (ids["pdfa_part"], ids["pdfa_conformance"]) != ("3", "A"):
        problems.append(f"XMP does not say PDF/A-3a: {ids}")
    if ids["pdfua_part"] != "1":
        problems.append(f"XMP does not say PDF/UA-1: {ids}")
    problems += [f"font not embedded: {name}" for name in unembedded_fonts(data)]
    return problems
