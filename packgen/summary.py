"""Summaries: an item's or sub-item's text in, one to three of its own sentences out.

Sentences are quoted, never rewritten: those with positions, agreements and next steps
are chosen, and a pointer back ("this matter", "It") carries its antecedent in brackets.
The corpus keeps each unit's summary in its cache (packgen.corpus) and the history stage
summarises a shared unit again with a topic focus (packgen.history); both call here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from packgen.records import Item, SubItem

MAX_SUMMARY_SENTENCES = 3

_ABBREVIATIONS = {
    "e.g", "i.e", "u.s", "d.c", "u.k", "no", "nos", "mr", "ms", "dr", "art", "para", "cf", "vs",
    "st",
}  # fmt: skip
# (and the items of a list run into one paragraph: "...; - COM to send ...; - PRES to ...")
# (a capital, accented ones too: "... en 2016. États membres ..."; or a bullet after a full
# stop, the lines of a list joined into one paragraph: "... 2016. – La Commission ...")
# (a sentence may open on a name that starts in lower case: "eu-LISA is due to ...", "eBay")
_BOUNDARY = re.compile(
    r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-ZÀ-ÖØ-Þ0-9]|[a-z]{1,4}-?[A-Z]|[-–•]\s)|[;:]\s+(?=[-–•]\s)"
)

_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
_WORD = re.compile(r"[A-Za-z0-9]+")
# words that mark positions, agreements and next steps, with their weight in a summary
_CUE_WORDS: list[tuple[frozenset[str], int]] = [
    (frozenset(["agreed", "agree", "committed", "commit", "decided", "undertook", "concurred"]), 3),
    (frozenset(["will", "next", "welcomed", "welcome", "confirmed", "reaffirmed"]), 3),
    (frozenset(["expressed", "underlined", "stressed", "highlighted", "position", "support",
                "intention", "called"]), 1),
]  # fmt: skip
_DATE_WEIGHT = 2

# A sentence that only announces what follows: "Two points were discussed.", "The exchange
# covered three strands.", "Discussion focused on the following:". It says nothing alone.
_COUNTING = (
    r"(?:both|two|three|four|five|six|seven|eight|nine|several|various|a number of|the following"
    r"|following|a few|many|\d+"
    # French outcomes announce their sub-items too: "Deux questions ont été abordées."
    r"|deux|trois|quatre|cinq|plusieurs)"
)
_ANNOUNCED = (
    r"(?:points?|questions?|issues?|strands?|topics?|items?|subjects?|matters?|aspects?"
    r"|elements?|areas?|themes?|parts?|files?|sessions?|sub-?items?"
    # "Two sets of measures were examined.", "under three headings"
    r"|sets?|headings?|groups?|clusters?|blocks?|chapters?"
    # ... or the sides it was taken from: "sous trois angles", "in two dimensions"
    r"|angles?|perspectives?|dimensions?|stages?|steps?|phases?|axes|rubriques|parties|chapitres"
    r"|sujets|thèmes|volets|éléments|dossiers"
    # ... or the kind of thing each sub-item is: "Ce point a porté sur deux mesures."
    r"|measures|mesures|proposals|propositions|initiatives|developments|évolutions"
    # ... or the talks each sub-item reports: "Senior officials reviewed the two negotiations
    # under way."
    r"|negotiations|négociations|talks"
    # ... or the presentations each sub-item holds: "Two presentations were given under this
    # item.", "Delegations heard three briefings."
    r"|presentations?|présentations?|briefings?|exposés?|interventions?|contributions?"
    # ... or the exchanges each holds: "Two exchanges took place under this item."
    r"|exchanges|échanges)"
)
# ... or who opened it: "The EU Counter-Terrorism Coordinator introduced the item."
# ... or who took part in it: "Europol and EUAM Ukraine contributed to this item."
_OPENED = (
    r"\b(?:introduced|opened|presented|chaired|contributed\s+to|took\s+part\s+in"
    r"|participated\s+in|joined)\s+(?:the\s+(?:discussion|debate|examination)\s+(?:of|on|under)\s+)?"
    r"(?:the|this)\s+(?:item|point|discussion|debate|exchange|session)\s*[.:]?$"
    # ... in the passive: "The item was introduced by the Commission and the EEAS."
    r"|^(?:the|this)\s+(?:item|point|discussion|debate)\s+was\s+(?:introduced|opened|presented"
    r"|chaired)\s+by\b[^,;]*[.:]?$"
    r"|\b(?:a|ont)\s+(?:introduit|ouvert|présenté|contribué\s+à|participé\s+à)\s+"
    r"(?:le|ce)\s+(?:point|débat|échange)\s*[.:]?$"
    r"|^(?:le|ce)\s+(?:point|débat)\s+a\s+été\s+(?:introduit|ouvert|présenté)\s+par\b[^,;]*[.:]?$"
)
# ... or any things counted and only said to have been dealt with: "Two agreements were
# reviewed.", "Both instruments were examined in turn.", "Deux accords ont été examinés."
_COUNTED = (
    rf"^(?:the\s+)?{_COUNTING}\s+(?:[\w-]+\s+){{0,2}}?[\w-]+s\s+"
    r"(?:were|have\s+been|ont\s+été)\s+(?:then\s+|also\s+|ensuite\s+)?"
    r"(?:reviewed|examined|discussed|presented|introduced|considered|addressed|covered|debated"
    r"|raised|taken\s+up|dealt\s+with|looked\s+at|gone\s+through|passed\s+in\s+review"
    r"|given|made|heard|delivered"
    r"|(?:examiné|abordé|présenté|discuté|traité|évoqué|passé)(?:e?s)?(?:\s+en\s+revue)?)"
    r"(?:\s+(?:together|jointly|in\s+turn|one\s+by\s+one|separately|ensemble|successivement))?"
    r"\s*[.:]?$"
)
# ... or the subjects it covered, named only as what the item held: "The terrorist threat,
# aviation security and the PNR review were on the agenda of this item.", "The GDPR, the
# Privacy Shield and Cambridge Analytica were the three strands of this item."
_HELD_BY_ITEM = re.compile(
    r"\b(?:were|was)\s+(?:all\s+|also\s+)?(?:on\s+the\s+agenda\s+of|raised\s+under"
    r"|discussed\s+under|listed\s+under|covered\s+under|taken\s+up\s+under"
    r"|the\s+(?:\w+\s+)?(?:strands?|parts?|themes?|subjects?|topics?)\s+of)\s+(?:this|the)\s+"
    r"(?:item|point)\s*[.:]?$"
    r"|\b(?:ont\s+été|a\s+été)\s+(?:abordée?s?|examinée?s?|évoquée?s?)\s+(?:sous|dans)\s+ce\s+"
    r"point\s*[.:]?$",
    re.IGNORECASE,
)
# ... or that the sides only reported: "Both sides reported."
_ONLY_REPORTED = (
    r"^(?:both|the\s+two)\s+sides\s+(?:reported|gave\s+updates|informed\s+each\s+other)\s*[.:]?$"
)
_LEAD_IN = re.compile(
    # (a possessive between: "took the two sides' initiatives in turn")
    rf"\b{_COUNTING}\s+(?:\w+['’]?\s+)?{_ANNOUNCED}\b|{_OPENED}|{_COUNTED}|{_ONLY_REPORTED}",
    re.IGNORECASE,
)
LEAD_IN_MAX_WORDS = 12
# ... the agent of a passive opening, up to ten words
_INTRODUCED_BY = re.compile(
    r"^((?:the|this|le|ce)\s+(?:item|point|discussion|debate|débat)\s+(?:was|a\s+été)\s+\w+"
    r"\s+(?:by|par))\s+(?:[^\s,;]+\s+){0,9}[^\s,;]+(?=\s*[.:]?$)",
    re.IGNORECASE,
)
#: The words that open a setting: where a sentence stands, not what it discusses ("in the
#: context of the war", "against the background of rising seizures", "sur fond de").
#: (packgen.topics reads a topic named only there as no topic of the sentence.)
SETTING_WORDS = (
    r"(?:in\s+the\s+context\s+of|against\s+the\s+(?:back)?ground\s+of"
    r"|in\s+(?:the\s+)?light\s+of|in\s+the\s+wake\s+of|amid(?:st)?|in\s+view\s+of"
    # ("..., building on the AI Act's transparency rules": what the act stands on)
    r"|building\s+on|en\s+s['’]appuyant\s+sur"
    # ("..., in parallel with the trilogues on the data protection package")
    r"|in\s+parallel\s+(?:with|to)|en\s+parallèle\s+(?:avec|à|de|des|du)|parallèlement\s+(?:à|aux?)"
    # ("With Russia's war against Ukraine as the backdrop, ...")
    r"|with\s+[^,;]{1,60}?\s+as\s+(?:the|a|its)\s+(?:backdrop|background|setting)"
    # ("In a setting also marked by the instrumentalisation of migrants at the Finnish border,")
    r"|in\s+a\s+(?:setting|context|climate)\s+(?:also\s+|already\s+)?(?:marked|shaped|dominated)\s+by"
    r"|dans\s+un\s+contexte\s+(?:également\s+|déjà\s+)?marqué\s+par"
    # ... in French ("dans le contexte de la guerre", "sur fond de", "à la lumière de")
    r"|(?:dans\s+le\s+contexte|sur\s+fond|à\s+la\s+lumière|dans\s+le\s+sillage)"
    r"\s+(?:de|du|des|d['’]))\b"
)
# ... and a lead-in's setting, or who else was there, adds nothing to it: "Both sub-items were
# taken together, in the light of the court rulings of early February.", "The item was
# introduced by the Commission, in the presence of Europol and Frontex."
_SETTING_TAIL = re.compile(
    rf",?\s+(?:{SETTING_WORDS}|(?:in\s+the\s+presence|with\s+the\s+participation)\s+of\b"
    r"|(?:en\s+présence|avec\s+la\s+participation|au\s+vu)\s+d(?:e\b|u\b|es\b|['’])).*$",
    re.IGNORECASE,
)

# ... and so does what an opener only recalls was said before: "The Presidency introduced the
# item by recalling what Ministers had agreed in Washington."
_RECALLED_TAIL = re.compile(
    r"\s+(?:by\s+recalling|en\s+rappelant)\s+(?:what|ce\s+que|ce\s+qu['’])[^,;]*?(?=\s*[.:]?$)",
    re.IGNORECASE,
)

# A subject that points back to something said elsewhere ("this matter", "the issue",
# "this long-standing issue", "look into this at technical level").
_ANAPHOR = re.compile(
    r"\b(?:this|these|that|those|the said|the same)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:matters?|issues?|questions?|topics?|subjects?|points?|files?|areas?|proposals?)\b"
    r"|\b(?:the (?:matter|issue))\b"
    r"|\bthis(?=\s+(?:at|in|on|with|by|for|further|again|soon|later|before|after|during|"
    r"until|within|when|once|and)\b|\s*[.,;:])",
    re.IGNORECASE,
)


def unit_ref(item: Item, subitem: SubItem | None = None) -> str:
    """The citation reference: "item 3" or "item 3(c)"."""
    return f"item {item.number}({subitem.label})" if subitem else f"item {item.number}"


def unit_text(item: Item, subitem: SubItem | None = None) -> str:
    """A sub-item's text; an item's own text, without its sub-items (its lead, if any)."""
    if subitem is not None:
        return subitem.text
    if not item.subitems:
        return item.text
    inside = [" ".join(sub.text.split()) for sub in item.subitems]
    heads = {" ".join(sub.title.split()).lower() for sub in item.subitems}
    kept = []
    for paragraph in re.split(r"\n\s*\n", item.text):
        flat = " ".join(paragraph.split())
        bare = re.sub(r"^\(?[a-z]\)\s*", "", flat).lower()
        if flat and bare not in heads and not any(flat in text for text in inside):
            kept.append(paragraph.strip())
    return "\n\n".join(kept)


def is_lead_in(sentence: str) -> bool:
    """A sentence that only announces the sub-items that follow it."""
    if sentence.rstrip().endswith(":") or _HELD_BY_ITEM.search(sentence):
        return True
    core = _RECALLED_TAIL.sub("", _SETTING_TAIL.sub("", sentence))
    # who introduced it says nothing, however long their names: "The item was introduced by
    # the Belgian Presidency and the Department of State."
    counted = _INTRODUCED_BY.sub(r"\1", core)
    return len(counted.split()) <= LEAD_IN_MAX_WORDS and _LEAD_IN.search(core) is not None


def is_substantive(text: str) -> bool:
    """Whether a text says something beyond announcing what follows."""
    return any(not is_lead_in(s) for s in split_sentences(text))


def split_sentences(text: str) -> list[str]:
    """Sentences of a text, paragraph by paragraph; headings without a full stop are left out."""
    sentences: list[str] = []
    for paragraph in re.split(r"\n\s*\n|\n", text):
        paragraph = " ".join(paragraph.split())
        # (a bullet of a list ends on its semicolon: "- COM to confirm the date;")
        if not paragraph or not re.search(r"[.!?:;][\"”’)]*$", paragraph):
            continue  # a sub-item heading, not a sentence of the record
        start = 0
        for boundary in _BOUNDARY.finditer(paragraph):
            cut = boundary.start()
            word = paragraph[paragraph.rfind(" ", start, cut) + 1 : cut].lstrip('("“‘')
            # "D.C.", "EU-U.S.", "e.g.", "J." end in a full stop but do not end the sentence;
            # notes' "MS." (the Member States) is no "Ms." and does
            abbreviated = word.lower() in _ABBREVIATIONS and not (len(word) > 1 and word.isupper())
            if abbreviated or "." in word or len(word.rsplit("-", 1)[-1]) == 1:
                continue
            sentences.append(paragraph[start : boundary.end()].strip())
            start = boundary.end()
        sentences.append(paragraph[start:].strip())
    return [s for s in sentences if s]


def summarise(
    text: str,
    max_sentences: int = MAX_SUMMARY_SENTENCES,
    prefer: Callable[[str], bool] | None = None,
    title: str | None = None,
) -> str:
    """One to three sentences of `text`, verbatim, in order: those with positions and next steps.

    Sentences that only announce what follows are never chosen. With `prefer`, only the
    sentences it accepts are candidates when there are any. A chosen sentence whose subject
    points back ("this matter") to something left out carries `title` in brackets.
    """
    sentences = split_sentences(text)
    candidates = [i for i, s in enumerate(sentences) if not is_lead_in(s)]
    if not candidates:
        return ""
    if prefer is not None:
        candidates = [i for i in candidates if prefer(sentences[i])] or candidates
    scored = sorted(candidates, key=lambda i: (-_cue_score(sentences[i]), i))
    chosen = sorted(i for i in scored[:max_sentences] if _cue_score(sentences[i]) >= 3)
    if not chosen:
        chosen = [candidates[0]]
    return " ".join(
        with_antecedent(sentences[i], title, sentences[i - 1] if i else None)
        if (i - 1) not in chosen
        else sentences[i]
        for i in chosen
    )


def with_antecedent(sentence: str, title: str | None, previous: str | None = None) -> str:
    """The sentence, its pointers back given their antecedent in brackets.

    "agreed to continue discussing this matter [Visa reciprocity]" (the unit's title);
    "It [The US] sought backing" (the subject of the sentence before it in the source).
    """
    pronoun = _PRONOUN.match(sentence)
    actor = _actor(pronoun[0], previous) if pronoun and previous else None
    if pronoun and actor:
        sentence = f"{pronoun[0]} [{actor}]{sentence[pronoun.end() :]}"
    match = _ANAPHOR.search(sentence)
    if match is None or not title:
        return sentence
    clean = " ".join(title.split()).rstrip(".:")
    return f"{sentence[: match.end()]} [{clean}]{sentence[match.end() :]}"


def without_antecedents(sentence: str) -> str:
    """The sentence as in the source: with_antecedent's bracketed insertions taken out."""
    return re.sub(r" \[[^\]]*\]", "", sentence)


# A sentence opening on a pronoun points at the subject of the sentence before it.
_PRONOUN = re.compile(r"^(?:It|They|Its|Their)\b")
# the actors named in the sentence before: "On drugs, the US now puts ..." -> "the US"
_SINGULAR = re.compile(
    r"\b(?:the |The )?(?:US|EU|United States|European Union|Commission|Presidency|Council"
    r"|US side|EU side|US delegation|EU delegation|[A-Z][a-z]+ Presidency)\b"
)
_PLURAL = re.compile(
    r"\b(?:(?:the |The )(?:two sides|Parties|parties|delegations|participants|ministers)"
    r"|Both sides)\b"
)


def _actor(pronoun: str, previous: str) -> str | None:
    """Who "It" or "They" stands for: an actor of the sentence before, in number."""
    singular = list(dict.fromkeys(m[0] for m in _SINGULAR.finditer(previous)))
    if pronoun in ("They", "Their"):
        plural = _PLURAL.search(previous)
        if plural:
            return plural[0]
        return "both sides" if len(singular) >= 2 else None
    return singular[0] if singular else None


def dangling_anaphors(text: str) -> list[str]:
    """The pointers back in `text` that carry no antecedent in brackets (for checks and tests).

    A pronoun opening a sentence counts only when the text's first sentence does not resolve it.
    """
    found = [m[0] for m in _ANAPHOR.finditer(text) if not text[m.end() :].startswith(" [")]
    sentences = split_sentences(text) or [text]
    found += [
        m[0]
        for m in (_PRONOUN.match(s) for s in sentences[:1])
        if m and not s_has_bracket(sentences[0], m)
    ]
    return found


def s_has_bracket(sentence: str, match: re.Match[str]) -> bool:
    return sentence[match.end() :].startswith(" [")


# a whole word (as _WORD splits them) that is a month name or a year 1900-2099
_DATE_WORD = re.compile(
    r"(?<![A-Za-z0-9])(?:" + "|".join(_MONTHS) + r"|(?:19|20)[0-9]{2})(?![A-Za-z0-9])"
)


def _cue_score(sentence: str) -> int:
    lower = set(map(str.lower, _WORD.findall(sentence)))
    score = sum(weight for cue, weight in _CUE_WORDS if not cue.isdisjoint(lower))
    if _DATE_WORD.search(sentence):
        score += _DATE_WEIGHT
    return score
