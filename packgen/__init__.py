"""packgen: Council of the EU briefing-pack generator.

outcome files -> readers -> extract -> corpus/history -> compose -> Document -> writers.
"""

from pathlib import Path

__version__ = "0.1.0"

#: The folder above the package: the repository root in a checkout, site-packages when
#: installed. Not a place for data: templates, styles and seeds are package data, found
#: with packgen.bundled; user files live in a workspace (packgen.workspace).
PROJECT_ROOT = Path(__file__).resolve().parent.parent
