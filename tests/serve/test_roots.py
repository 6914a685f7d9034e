"""Which folder `packgen serve` serves: the workspace in effect comes first."""

from __future__ import annotations

from pathlib import Path

from packgen.scaffold import EXAMPLE_BRIEF, init_workspace
from packgen.serve.roots import list_entries, served_root


def test_inside_a_workspace_serve_serves_its_root_and_lists_its_briefs(tmp_path, monkeypatch):
    monkeypatch.delenv("PACKGEN_WORKSPACE", raising=False)
    init_workspace(tmp_path / "ws")
    monkeypatch.chdir(tmp_path / "ws" / "briefs")

    root, first = served_root(None)

    assert (root, first) == ((tmp_path / "ws").resolve(), None)
    ids = [entry.id for entry in list_entries(root)]
    assert ids == [f"briefs/{EXAMPLE_BRIEF}"]  # not packgen.yaml, topics.yaml or the corpus


def test_a_spec_named_is_served_from_its_own_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("PACKGEN_WORKSPACE", raising=False)
    spec = tmp_path / "b.yaml"
    spec.write_text("kind: background-brief\n")
    monkeypatch.chdir(tmp_path)

    assert served_root(Path("b.yaml")) == (tmp_path.resolve(), spec.resolve())
