"""packgen: Council of the EU briefing-pack generator.

outcome files -> readers -> extract -> corpus/history -> compose -> Document -> writers.
"""

__version__ = "0.1.0"
