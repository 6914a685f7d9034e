"""packgen: Council of the EU briefing-pack generator.

outcome files -> readers -> extract -> corpus/history -> compose -> Document -> writers.
"""

from pathlib import Path

__version__ = "0.1.0"

#: The project root when running from a checkout (templates/, styles/, seeds/ live there).
PROJECT_ROOT = Path(__file__).resolve().parent.parent
