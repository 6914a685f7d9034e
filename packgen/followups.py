"""Follow-ups: a Corpus and a Taxonomy in, commitments with a status (taken up, open, overdue) out.

A commitment is a sentence in which a side undertakes, agrees, plans or is due to do
something later; a view ("agreed that X matters"), a forecast, what a law or a body will do,
a negative intention or an obligation put on others is none. It belongs to the topics it names, else to the topics of the item or
sub-item it stands in, else (the summary, the annex, the next meeting) to "general". Its
status: taken up when a later meeting of the same series discussed one of its topics
(citing that later item), overdue when the date it names has passed, open otherwise.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import NamedTuple

from packgen import duedates
from packgen.corpus import Corpus
from packgen.gated import gated
from packgen.history import (
    TopicAssignments,
    UnitAssignment,
    assign_topics,
    check_topic,
    citation,
    meeting_date,
    meeting_partner,
    meeting_title,
    topic_history,
)
from packgen.history_model import FollowUp, HistoryEntry
from packgen.records import OutcomeRecord
from packgen.summary import split_sentences, with_antecedent, without_antecedents
from packgen.topics import THRESHOLD, Taxonomy, text_evidence

#: The topic of a commitment about the meetings themselves ("agreed to meet again").
GENERAL_TOPIC = "general"

# What a side does after "would" (and after a relative pronoun and "will"): "would host",
# "which will be held"; "would remain" or "which will apply" is no act of theirs.
_ACTS = r"""(?:host|hold(?!\s+the\s+(?:\w+\s+)?presidency)|be\s+held|be\s+sent|send|work
    |intensify|report|look|come\s+back|return|meet|launch|present|propose|continue|take\s+place
    |tell|compare|exchange|carry\s+out|take\s+part|participate|consult
    |resettle|provide|share|organise|organize|support|submit|sign|conclude|finalise|finalize|open
    # (a paper a side writes or revises: "Europol and the US would draw up a joint analysis",
    # "DHS would update its privacy notice")
    |draw\s+up|update|draft|circulate
    # (what a side collects to pass on: "Eurojust would gather the cases reported and send a
    # consolidated list")
    |gather|collect|compile
    # (a reply owed, and a text sent to a body: "would give its views within eight weeks",
    # "would put its draft negotiating directives to the Council in October")
    |give\s+(?:its|their|his|her)\s+(?:\w+\s+)?(?:views|reply|replies|answer|answers|comments
    |response|feedback)
    |put\s+(?:[\w'’-]+\s+){1,8}?to\s+(?:the\s+)?(?:Council|Parliament|Committee|Coreper|COREPER
    |Member\s+States|delegations)
    |deploy|contribute|fund|invite|set\s+up|establish|follow\s+up|inform|keep|admit|extend
    |step\s+up|strengthen|increase|publish|adopt|discuss|examine|pursue|revisit|explore
    |seek|press\s+for|push\s+for|put\s+forward|table
    # (a question raised again at a later meeting: "would raise the question again at the Senior
    # Officials Meeting in the spring"; not "would raise concerns")
    |raise(?=\s+(?:it|them|this|that|the\s+(?:question|matter|issue|point|subject))\b
    # (or anything raised again somewhere: "would raise the position of these Member States
    # again at the Senior Officials Meeting in October")
    |\s+[^.;]{1,80}?\s+again\s+(?:at|in|with|during|before)\b)
    |be\s+(?:examined|discussed|taken\s+up|raised|presented|published|adopted|signed
    |launched|organi[sz]ed|prepared|submitted|convened))\b"""

# The sides a flash report abbreviates ("PRES", "COM", "MS"; the Council's "Cion" for the
# Commission), and the services that speak for one ("Treasury", "DHS").
_FLASH_SIDE = r"""(?-i:PRES|COM|Cion|CION|MS|EU|US|EEAS|Europol|Eurojust|Frontex|Treasury|DHS|DoJ|DOJ|FBI
    |DoC|DOC|DEA|CBP|ICE|TSA|CISA|ATF|ENISA|EUDA|EMCDDA|eu-LISA
    # (Europol's cybercrime centre, and the bodies of fraud and prosecution: "EC3 and the FBI to
    # hold a joint workshop")
    |EC3|OLAF|EPPO|HSI|USCIS|CEPOL|Interpol
    |Presidency|Commission|(?:US|EU)\s+side|[Bb]oth\s+sides|[Cc]o-chairs)"""

# Where a flash report's pledge opens: a sentence, a clause after ";" or ":", or a bullet
_OPENS = r"(?:^|(?<=[;:]\s)|(?<=^[-–•]\s)|(?<=[;:]\s[-–•]\s))"

# What a side "to" do in a flash report: an act (see _ACT_VERBS) or a step of follow-up
_FLASH_ACTS = r"""(?:<ACT_VERBS>|send|share|provide|circulate|inform|organi[sz]e|hold|host|draft
    |update|follow\s+up|give|check|remind|meet|answer|hand\s+over|draw\s+up|write
    # ("PRES to debrief JAIEX at its meeting of 9 October", "COM to raise the matter again at
    # the Ministerial in Dublin on 14 June")
    |debrief|brief|raise|invite|exchange
    # ("US to offer eTrace access to two more MS in the spring", "EC3 and FBI to plan the next
    # joint action day for early 2027", "COM to run a briefing for US airlines in September")
    |offer|coordinate|run|plan|compare|test|train
    # ("Both sides to take stock of the first year early in 2011", "to swap their lists of new
    # substances within two months")
    |take\s+stock|swap
    # ("COM to mobilise additional funding for reception before the end of the year", "COM to
    # finalise the bilateral arrangements in 2019")
    |mobili[sz]e|finali[sz]e
    # ("COM and DoJ to agree the format of the first joint review in the autumn", "DoJ to name a
    # contact point within two weeks")
    |agree|name)"""

# The time a pledge in notes' style names, which makes a side's infinitive a pledge: a deadline
# ("by end-January", "d'ici fin juin") or a month, season or year ("to hold the second round in
# Brussels in November", "to host the next SOM in Stockholm in July")
_FLASH_TIME = r"""(?=.*\b(?:by|within|before|until|ahead\s+of|d['’]ici)\b|.*\bend-
    # (a season with its article: "in the autumn", "à l'automne")
    |.*\b(?:in|en|for|à)\s+(?:the\s+|l['’])?(?:(?:early|late|mid)[\s-]+)?(?:January|February|March|April|May|June|July
    |August|September|October|November|December|janvier|février|mars|avril|mai|juin|juillet|août
    |septembre|octobre|novembre|décembre|spring|summer|autumn|winter|(?:19|20)\d\d)\b
    # ... or a part of the year ("DEA and EUDA to exchange early warning data in the second
    # quarter", "au premier semestre")
    |.*\b(?:in|by|during|au|d['’]ici\s+au)\s+(?:the\s+)?(?:first|second|third|fourth|last|premier|deuxième
    |troisième|quatrième|dernier)\s+(?:quarter|half|semester|trimestre|semestre)\b
    # ... or the next meeting ("UA to present its platform for claims at the next dialogue", "AL
    # to report on the vetting at the next Forum")
    |.*\b(?:at|by|for|to|before|à|lors\s+de)\s+(?:the|its|their|la)\s+(?:next|prochaine?)\s+(?:[\w-]+\s+){0,2}?
    (?:meeting|dialogue|forum|SOM|ministerial|session|round|subcommittee|committee|council|summit
    |réunion|session|sous-comité)\b
    # ... or a day ("to present a joint progress report at the Dublin Ministerial of 13-14 June")
    |.*\b\d{1,2}(?:[-–]\d{1,2})?\s+(?:January|February|March|April|May|June|July|August|September
    |October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre
    |novembre|décembre)\b)"""

# A side named in French, by an article or a possessive, and the conditional of its act ("la
# Commission proposerait", "la future présidence accueillerait", "son gouvernement
# demanderait"; not what might or must be: "pourrait", "devrait", "faudrait"; nor an
# imperfect: "préparait")
_FR_SIDE = r"""(?:la|le|les|l['’]|son|sa|ses|leur|leurs)\s*(?:future\s+|prochaine\s+)?(?:présidence|délégation|partie
    |administration|commission|gouvernement|union|ministère|département|autorités
    |(?-i:[A-Z])[\w-]+)(?:\s+[\w'’-]+){0,3}?"""
_FR_CONDITIONAL = r"""(?:(?!(?:pour|dev|faud)r)(?!\w*ar(?:ait|aient)\b)\w{3,}(?:rait|raient)
    |fer(?:ait|aient))\b"""

# The step a side takes after another's ("it would then propose the Council decisions")
_THEN = r"(?:then|subsequently|next|afterwards)\s+"

# Who reports or carries a pledge: a pronoun, or a side named in capitals ("the US",
# "the Administration", "Europol").
_SIDE = r"(?:it|they|he|she|(?:the\s+)?(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}))"

# An act a side performs, after "would", "is to" or "expected to" (see _ACT).
_ACT_VERBS = r"""(?:
      host|hold|organi[sz]e|chair|finish|complete|conclude|ratify|sign|appoint|nominate
    | designate|prepare|present|submit|adopt|publish|issue|launch|start|begin|resume|convene
    | transmit|forward|pass|deliver|join|table|deploy|fund|finance|set\s+up|establish|report
    | review|evaluate|assess|examine|revert|reply|respond|brief|notify|circulate|reopen|lift
    | announce|post|second|appoint|open|visit|release|propose|confirm|initial|collect|compile
    # (a text put to a body: "the draft resolution that the President would put to the
    # Security Council summit")
    | put(?=\s+to\s+the\b)
    # (or a point put on a meeting's agenda: "would put hybrid threats to elections on the
    # agenda of the meeting of 19 October")
    | put(?=\s+[^.;]{1,80}?\s+on\s+(?:the|its|their)\s+agenda\b)
    # (or a request put to a legislature: "the Administration would ask Congress to extend
    # judicial redress")
    | ask(?=\s+(?:the\s+)?(?:congress|parliament|european\s+parliament|senate|legislature)\b)
    # (or an answer it would ask for: "The Commission would ask the US side for written answers
    # on the remaining recommendations before the summer")
    | ask(?=\s+[^.;]{1,40}?\s+for\s+(?:written|an?|the|its|their|more|further)\s)
    # (or something given to the other side: "The US would give an update on the refusal
    # rates at the next Senior Officials Meeting")
    | give(?=\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:(?:written|short|full|first|further)\s+)?
        (?:update|briefing|presentation|overview|account|report|reply|answer|list|note|figures
        |statistics|details)\b)
    )\b"""

# A future that is no side's act: what a law, a text or a role does ("will apply from June",
# "will allow Frontex teams", "will need", "will have a central place", "will hold the
# Presidency"), a view or a condition ("will be essential", "will depend on"), a trend
# ("will grow"), an accession ("will join the Union"), or the plan of the text itself
# ("will cover three strands").
_NO_ACT = r"""(?:also\s+)?(?:apply\s+(?:from|as\s+of|since|until|to|in|on|only|directly|fully)
    # what something would not do is no act ("agreed that the agreement would not make the
    # MLA Agreement any less necessary")
    |not\b|matter|allow|enable|leave|mean|affect|need|require|depend|benefit
    |make\s+it\s+(?:possible|easier|harder|more\s+difficult)|take\s+(?:time|years|months|longer)
    |be\s+(?:essential|crucial|important|key|vital|necessary|critical|decisive|difficult)
    |cost|grow|worsen|rise|fall|decline|continue\s+to\s+(?:grow|rise|fall|decline|worsen)
    # ... nor is what a text's term does ("the adequacy decisions will expire on 27 June")
    |expire|lapse|run\s+out|cease\s+to\s+(?:apply|have\s+effect)
    |become\s+(?:mandatory|compulsory|operational|applicable|available|effective|obligatory)
    |have\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:place|role|impact|effect|consequences?|influence)
    |hold\s+the\s+(?:\w+\s+)?presidency
    |join\s+(?:the\s+)?(?:European\s+Union|Union|EU|Schengen|euro)\b
    # the register's cover formula: "Delegations will find below an account of the meeting"
    |find\s+(?:below|attached|enclosed|herewith|in\s+(?:the\s+)?annex)
    |(?:cover|comprise|address|fall\s+into|consist\s+of)\s+(?:two|three|four|five|six|seven
        |several|\d+)\s+(?:[\w-]+\s+)?(?:strands|parts|points|areas|themes|chapters|sections
        |headings|pillars|blocks|topics|items|questions|issues))\b"""

# Each phrasing is tested in tests/test_followups.py; one alternative per line.
_COMMITMENT = gated(
    re.compile(
        r"""\b(?:
      agreed\s+(?:to|on\s+the\s+need\s+to)\b
    # "agreed that" and a side's act to come ("It was agreed that Europol would draw up");
    # "agreed that X matters" or "that X must be shared" is a view
    | agreed\s+that\s+(?:(?!(?:is|are|was|were|has|have|had|must|should|can|could|may)\b)
        [^\s,;:.]+\s+){1,12}?(?:will|would|shall|(?:is|are)\s+to)\s+(?!<NO_ACT>)
    # ... and in French, the conditional of what was agreed ("Il a été convenu que les deux
    # parties échangeraient leurs analyses", "que le premier exercice serait mené le 3
    # novembre"); not what might or must be ("pourrait", "devrait")
    | \b(?:a\s+été|ont\s+été|sont|est)\s+(?:convenue?s?|décidée?s?|entendue?s?)\s+qu(?:e\s+|['’])
        (?:(?!(?:est|sont|était|étaient|a|ont|avait|avaient|doit|doivent)\b)[^\s,;:.]+\s+){1,12}?
        (?!(?:pour|dev|faud)r)(?:\w{2,}(?:rait|raient)|fer(?:ait|aient))\b
    | agrees?\s+to\b
    | undert(?:ook|akes?)\s+(?:(?:at|in|during|on)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?to\b
    | commit(?:ted|s)?\s+(?:themselves\s+|itself\s+)?to\b
    | (?:reaffirmed|confirmed|renewed|reiterated)\s+(?:their|its)\s+(?:\w+\s+)?commitment\b
    | remain(?:s|ed)?\s+committed\b
    | decided\s+to\b
    | (?:resolved|pledged|promised|vowed)\s+to\b
    # ("The US took it upon itself to provide the files within four weeks")
    | (?:took|takes|take|taken)\s+it\s+upon\s+(?:itself|themselves|himself|herself)\s+to\b
    # ... or something to come ("The US promised a written explanation of that case within two
    # weeks", "pledged a further contribution")
    | (?:promised|pledged)\s+(?:a|an|its|their|further|new|more)\s+(?:[\w-]+\s+){0,2}?(?:explanation|reply
        |answer|response|report|note|paper|update|contribution|briefing|list|assessment|review
        |proposal|visit|meeting|workshop|funding|support|assistance|experts?|officers?)\b
    | intend(?:s|ed)?\s+to\b
    | plan(?:s|ned)?\s+to\b
    | (?:is|are|was|were)\s+planned\b
    | (?:is|are)\s+(?:(?:then|now|also|still|thus|therefore|\w+ly)\s+)?due\s+to\b
    # the same after a noun: "the joint review, due to be published in the spring", "the
    # Ministerial due to take place in June"; a verb follows ("due to the pandemic" is a cause)
    | (?<!was\s)(?<!were\s)(?<!\bis\s)(?<!are\s)\bdue\s+to\s+(?:be|take|start|begin|enter|open|come|meet
        |convene|report|present|publish|launch|apply|run|resume|close|end|conclude|expire)\b
    # reported in the past too ("it was due to report before the summer"), unless the same
    # sentence says the plan was not kept ("was due to take place in March but was cancelled")
    | (?:was|were)\s+(?:(?:then|now|also|still|\w+ly)\s+)?due\s+to\s+(?:be|take|start|begin|enter
        |open|come|meet|convene|report|present|publish|launch|resume|conclude|submit|sign)\b
        (?!.*\b(?:but|however|yet)\b)
    # ("The Department of Commerce is to send the Commission its report before the first review")
    | (?:is|are)\s+to\s+(?:take\s+place|be\s+held|meet|report|present|send|submit|transmit|deliver
        |circulate)\b
    # ... and in French, with the time it names ("La Commission doit présenter un premier état
    # de ses travaux en décembre"); without one it is what a side must do ("chaque État doit
    # désigner une autorité")
    | \b(?:doit|doivent)\s+(?:(?:encore|également|aussi|ensuite)\s+)?(?:présenter|désigner|transmettre
        |soumettre|organiser|publier|adopter|tenir|se\s+réunir|remettre|fournir|envoyer|achever
        |finaliser|signer|lancer|accueillir|préparer|communiquer)\b(?=.*\b(?:d['’]ici|avant
        |au\s+plus\s+tard|fin|début|dès|janvier|février|mars|avril|mai|juin|juillet|août
        |septembre|octobre|novembre|décembre|printemps|été|automne|hiver|semestre|\d{4})\b)
    | (?:is|are|was|were)\s+(?:(?:then|now|also|still|\w+ly)\s+)?(?:foreseen|scheduled|expected|set)
        \s+(?:to|for)\b
    | expected\s+(?:in|by|before|during|at)\s
    # a side expecting to act ("Both sides expect to exchange the instruments in October"; "the
    # US expected to see progress" is a view)
    | expect(?:s|ed)?\s+to\s+(?:<ACT_VERBS>|exchange|finali[sz]e|send|share|meet\b
        |increase|resettle|admit|receive|provide|double|expand|extend|clear|process|resolve|reach\s+(?:\w+\s+){0,2}?(?:agreement|general\s+approach|compromise|consensus)
        |take\s+(?:a\s+|its\s+|their\s+|the\s+)?(?:final\s+)?decisions?
        # (or to settle a text: "Member States expect to agree the extension at the Council",
        # "The Commission expects to close the negotiations in the first half of 2015"; not a
        # view shared: "expect to agree that")
        |agree\s+(?:the|its|their|a|an|on\s+the|on\s+a)\s|close\s+(?:the|its|their)\s)
    # ... or to have its own work done ("expects to have the Rapid Alert System fully running
    # by the end of March")
    | expect(?:s|ed)?\s+to\s+have\s+(?:[\w'’-]+\s+){1,6}?(?:running|in\s+place|operational|ready
        |completed|finished|adopted|signed|set\s+up)\b
    # ... a step expected ("expects the agreement to be signed"), not a state ("expects the
    # system to be operational in 2021")
    | expect(?:s|ed)?\s+(?:\w+\s+){0,2}?to\s+be\s+(?:\w+ed|\w+en|held|set|sent|built|made|done
        |run|paid|put|brought|sought|met|laid|shown|taken|seen)\b
    # a side's undertaking as it reported it: "said it would take part", "informed that it
    # would carry out the next review" ("said it would be difficult" is a view)
    | \b(?:said|stated|announced|informed|confirmed|indicated|replied|assured|added|declared
        |reaffirmed|reiterated|repeated|insisted)
        \s+(?:\w+\s+){0,2}?(?:that\s+)?<SIDE>\s+would\s+(?:also\s+)?
        (?!(?:be|have|need|like|require|remain|mean|allow|cost|not|prefer|welcome|depend|take\s+time)\b)\w+
    # a side that would give access ("The US would give Europol access to eTrace"; not what a
    # law or an agreement would give: "a binding agreement would give citizens access", "the
    # Bill before Congress would give"), or name someone to a post ("it would name a permanent
    # Ombudsperson"): the sentence's subject, or the one a "that" reports
    # (or ask another to act: "The Estonian Presidency would ask Eurojust to present its work
    # to COSI in December"; not what a text would ask of the Member States)
    | (?:^\s*|(?<=\bthat\s))<SIDE>\s+would\s+(?:also\s+)?(?:(?:give|grant)\s+(?:[\w'’-]+\s+){0,4}?access\b
        |name\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:ombudsperson|ombudsman
        |representative|envoy|coordinator|liaison|contact|director|prosecutor|judge|expert)s?\b
        |ask\s+(?:[\w'’-]+\s+){1,4}?(?:to|for)\s)
    # ... and in French, the conditional after "que": "a confirmé qu'il soumettrait"
    # (or a side named: "a annoncé que la future présidence accueillerait la réunion")
    # (or a reporting verb's second clause: "ont assuré que les nominations étaient en
    # préparation et qu'ils communiqueraient les noms")
    | (?:\b(?:a|ont)\s+(?:confirmé|réaffirmé|annoncé|indiqué|assuré|déclaré|précisé|répondu|fait\s+savoir)\s+
        (?:(?:que\s+|qu['’])[^.;]*?\s(?:mais|et)\s+)?
        |,\s*(?:mais|et)\s+)(?:que\s+|qu['’])
        (?:(?:il|elle|ils|elles|<FR_SIDE>)\s+(?:\w+\s+)?(?:s['’]|se\s+)?<FR_CONDITIONAL>
        # (or that its own text would be put forward: "a confirmé que sa proposition de
        # règlement serait présentée au printemps")
        |(?:sa|son|ses|leur|leurs)\s+(?:[\w'’-]+\s+){1,4}?serai(?:t|ent)\s+(?:présenté|publié|transmis
        |soumis|adopté|déposé|envoyé|diffusé)e?s?\b)
    # ... and the conditional of a side as the sentence's subject, alone or after a condition
    # ("Si le Sénat adoptait le texte, la Commission proposerait au Conseil une décision", the
    # French of "the Commission would propose"; not a wish: "souhaiterait")
    | (?:(?<=^)|(?<=^\s)|(?<=^si\s)[^,;]{1,160},\s*|(?<=^s['’])[^,;]{1,160},\s*)
        <FR_SIDE>\s+(?!(?:souhaite|voud|aime|préfére)r)<FR_CONDITIONAL>
    | (?:their|its|the)\s+(?:intent|intention|readiness|determination|willingness)\s+to\b
    # ... or a side's, by name ("took note of the Commission's intention to propose")
    | \b[\w-]+['’]s?\s+(?:intent|intention|readiness|determination|willingness)\s+to\b
    # ... or an aim a side reaffirms ("reaffirmed their aim of concluding the agreement")
    | (?:reaffirmed|confirmed|restated|reiterated|stated)\s+(?:their|its)\s+(?:common\s+|shared\s+)?
        (?:aim|objective|goal|intention)\s+of\s+\w+ing\b
    # ... in French ("a confirmé son objectif d'accueillir au moins 10 000 réfugiés")
    | \b(?:a|ont)\s+(?:réaffirmé|confirmé|rappelé|réitéré)\s+(?:son|leur)\s+(?:objectif|intention)
        \s+d(?:e\s+|['’]\s*)\w+(?:er|ir|re)\b
    # ... or one set for them ("reaffirmed the aim set by the Ministerial Meeting to conclude")
    | (?:reaffirmed|confirmed|restated|reiterated)\s+the\s+(?:common\s+|shared\s+)?(?:aim|objective
        |goal|target|deadline)(?:\s*,)?\s+(?:(?:set|agreed|fixed)\s+(?:by|at|in)\s+(?:\w+\s+){0,5}?\w+,?\s+)?(?:to|of)
        \s+\w+
    # ... said the other way round: "it is the intention of the Presidency to submit it"
    | (?:is|was)\s+the\s+intention\s+of\s+(?:the\s+)?(?:\w+\s+){1,4}?to\b
    | will\s+(?!be\s+needed|not\b|never\b)(?!<NO_ACT>)\w+
    # a reported commitment: "would" and an act a side performs ("hoped it would be
    # renewed" and "the threat would remain" are no act of theirs)
    | would\s+(?:<THEN>)?<ACTS>
    # an offer to act, not something offered to someone ("the protection offered to Afghans")
    | offer(?:s|ed)?(?:,\s+[^,]{1,40},)?\s+to\s+(?!(?:the|a|an|its|their|his|her|all|those|these|many|people|persons
        |refugees|victims|migrants)\b)(?!(?-i:[A-Z]))
    # a readiness to act: "the Administration was ready to seek legislation", "stands ready to"
    | (?:is|are|was|were|stands?|stood)\s+(?:now\s+|still\s+|also\s+)?ready\s+to\s+(?!be\b)\w+
    # an offer of help made at the meeting: "The US offered technical assistance to ..."
    # ... or of means ("several Member States offered places to resettle part of them")
    # (also to someone first: "offered the French authorities the assistance of its Legal Attaché")
    | offer(?:s|ed)\s+(?:[\w-]+\s+){0,5}?(?:assistance|support|help|expertise|training|funding|advice
        |places|experts|officers|staff|equipment|funds|resources|capacity|slots|access
        # (people sent to help: "Member States whose teams take part offered police spotters")
        |spotters|investigators|analysts|specialists|prosecutors|trainers|mentors|personnel
        # ... or of meetings to hold ("US offered technical meetings with the five in May")
        |meetings?|workshops?|seminars?|sessions?|visits?|briefings?)\b
    # a pledge reported as a noun: "its commitment to resettle 110 000 refugees" (an
    # infinitive follows; "its commitment to the rule of law" or "to human rights" is a value)
    | (?:their|its|his|her|[\w-]+['’]s)\s+(?:[\w'’-]+\s+)?commitment\s+to\s+(?!(?:the|a|an|its|their|this|these
        |that|those|our|human|fundamental|shared|common|democracy|freedom|values|principles
        |peace|security|cooperation)\b)(?![a-z]+(?:ion|ity|ism|ment|ness|ance|ence|ship|cy|s)\b)
        [a-z]+\b
    # a relative clause carrying the pledge: "..., which it would carry out with the US
    # Treasury in October"; "..., which the President would put to a summit"
    | ,\s*(?:which|that|at\s+which|during\s+which|where|when)\s+<SIDE>\s+would\s+(?!(?:be|have|need|like|require|remain|mean|allow|cost)\b)\w+
    # a task given by the meeting ("Senior officials were tasked to review the open actions",
    # "Ministers tasked experts with a report", "ont été chargés de préparer")
    | (?:is|are|was|were)\s+(?:also\s+)?(?:tasked|mandated|instructed|charged)\s+(?:to|with)\b
    | \btask(?:ed|s)?\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){1,3}?(?:to|with)\s+(?!the\b)\w+
    | (?:a|ont)\s+été\s+chargée?s?\s+d(?:e\b|['’])|\b(?:a|ont)\s+chargé\s+(?:[\w'’-]+\s+){1,4}?d(?:e\b|['’])
    | (?<!which\s)(?<!that\s)aim(?:s|ed)?\s+to\b
    # ... or at the step itself ("the Presidency aims at an agreement by the end of June")
    | (?<!which\s)(?<!that\s)aim(?:s|ed)?\s+(?:at|for)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?
        (?:agreement|deal|compromise|general\s+approach|conclusion|adoption|signature|initialling)\b
    | \bvis(?:e|ent|ait|aient)\s+à\s+(?!l['’]|la\b|le\b|les\b)\w+(?:er|ir|re)\b
    # ... and at the step itself in French ("La présidence vise un accord avec le Parlement
    # avant la fin de l'année")
    | \bvis(?:e|ent|ait|aient)\s+(?:un|une|l['’]|la|le)\s*(?:[\w-]+\s+)?(?:accord|compromis
        |orientation\s+générale|conclusion|adoption|signature|paraphe)\b
    | announced\s+(?:a|an|the|its|their)\s+(?:\w+\s+){0,3}?(?:project|programme|program
        |initiative|plan|strategy|proposal|conference|workshop|seminar|meeting|visit|review
        |study|package|fund|call|mission|campaign|operation|pilot|roadmap|road\s+map
        |communication|recommendation|guidelines|handbook|evaluation)s?\b
    # ... and in French ("la Commission a annoncé une communication sur les armes à feu pour
    # l'automne")
    | (?:a|ont)\s+annoncé\s+(?:une?|la|le|les|l['’]|sa|son|leur|ses|leurs)\s*(?:(?!(?:de|du|des|la|le)\b)[\w-]+\s+){0,2}?
        (?:communication|proposition|conférence|atelier|séminaire|réunion|visite|étude|initiative
        |stratégie|plan|programme|projet|rapport|évaluation|recommandation|mission|campagne
        |opération|feuille\s+de\s+route)s?\b
    # ... or an event a side plans, named by its noun ("plans a workshop with US agencies before
    # the end of the Hungarian Presidency")
    # (with what it is between: "COM plans a first EU-US negotiating round early in 2023")
    | \bplan(?:s|ned)?\s+(?:a|an|its|their|two|three|several|another)\s+(?:[\w-]+\s+){0,3}?
        (?:workshop|seminar|conference|meeting|visit|review|study|mission|campaign|operation
        |exercise|training|event|session|round|dialogue|action\s+day|exchange)s?\b
    # ... or one agreed on ("agreed on a joint session of the Advisory Group before the end of
    # the year"; "agreed on a common approach" is no event)
    | \bagreed\s+on\s+(?:a|an|two|three|several)\s+(?:[\w-]+\s+){0,2}?(?:workshop|seminar|conference
        |meeting|visit|mission|exercise|session|round|action\s+day|exchange)s?\b
    | to\s+meet\s+again\b
    # a reply promised ("CA would check its position and revert in writing"), not what
    # officers "would check" at a border
    | would\s+\w+\s+(?:[\w'’-]+\s+){0,4}?and\s+(?:revert|report\s+back|come\s+back)\b
    # a flash report's telegraphic pledge, a side and its act in the infinitive or in "-ing",
    # opening a sentence or a clause ("PRES to send the draft agenda by 15 October", "COM
    # planning a centre of excellence"); what a text provides for a body ("OLAF to refer
    # cases") or a third party's threat ("DPAs to act") names no side of the meeting
    # (two sides at once: "Europol and the FBI to exchange their internal guidance")
    | <OPENS>\s*(?:the\s+)?(?-i:(?:[A-Z]{2}\s+)?)<FLASH_SIDE>(?:\s+(?:and|et)\s+(?:the\s+|le\s+|la\s+)?<FLASH_SIDE>)*
        \s+(?:to\s+<FLASH_ACTS>
        |(?:is\s+|are\s+)?planning\s+(?:a|an|the|to|its|their)\b)
    # ... by any side named in capitals when the pledge names its time ("RCMP to send the
    # report by end-January", "Public Safety to reply by end-September", "Canada to host a
    # workshop before the World Cup"): without one, what a text provides for a body ("OLAF
    # to refer cases") is no pledge
    # (two sides at once: "COM and DOJ to publish a first report before the end of the year")
    # (a national service named by its country: "ATF and Swedish police to sign ...")
    # (each of several sides: "Each partner to appoint a firearms focal point by 31 January")
    # (a system is no side: "EES to start progressively from October; ETIAS to follow in the
    # last quarter")
    | <OPENS>\s*(?:(?-i:Each|Every|All)\s+(?:partners?|MS|Member\s+States?|delegations?|sides?|parties)
        |(?!(?-i:EES|ETIAS|SIS|VIS|Eurodac|ECRIS|ESTA|API|PNR|TFTP)\b)(?-i:[A-Z][\w-]*(?:[\s/][A-Z][\w-]*){0,2}))(?:\s*(?:,|and|et)\s+(?-i:[A-Z][\w-]*
        (?:[\s/][A-Z][\w-]*){0,2})(?:\s+(?:police|customs|prosecutors|experts|officials|authorities))?)*
        \s+to\s+<FLASH_ACTS><FLASH_TIME>
    # ... or in the passive, with the side after "by" ("elements to be sent by PRES by 4 June")
    | \bto\s+be\s+(?:sent|circulated|shared|provided|transmitted|presented|submitted|prepared
        |drafted|organi[sz]ed|hosted|confirmed|proposed|updated)\s+by\s+(?:the\s+)?<FLASH_SIDE>\b
    # ... or as a bullet of a list of actions, the side and its step with a time ("- Eurojust/DoJ :
    # recensement des affaires communes d'ici fin juin ;", "- COM: note to MS by 15 May")
    # ("- COM: legislative proposals on e-evidence planned for April")
    | (?<=^[-–•]\s)(?-i:[A-Z][\w-]*(?:[\s/][A-Z][\w-]*){0,2})\s*:\s+
        (?=.*\b(?:by|before|within|d['’]ici|avant|dès|dans\s+un\s+délai|planned\s+for
        |prévue?s?\s+pour)\b|.*\bà\s+partir\s+d|.*\bend-)
    # a readiness a side confirmed ("confirmed that their border authorities would be ready to
    # register travellers"), not one to look at things
    | would\s+be\s+ready\s+to\s+(?!(?:be|examine|consider|look|discuss|explore|study|reflect)\b)\w+
    | (?:come|came)\s+back\s+to\b
    # a side taking a point up again ("will return to this"), not people going home ("those
    # who fled cannot return to their countries", "fighters try to return to Europe")
    | (?<!try\sto\s)(?<!cannot\s)(?<!not\s)(?<!unable\sto\s)\breturn\s+to\s+(?:this|these|that|it|the\s+(?:matter|issue|question|point|subject|item|topic|file))\b
    | take\s+up\b.*\bagain\b
    | look(?:s|ed|ing)?\s+forward\s+to\s+(?:the\s+)?next\b
    | look(?:s|ed|ing)?\s+forward\s+to\s+(?:\w+ing\b|(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?
        (?:meeting|session|round|workshop|seminar|conference|visit|review|dialogue|adoption
        |entry\s+into\s+force|conclusion|signature|signing|launch|start|opening|report)s?\b)
    # French: "de" is elided before a vowel ("ont décidé d'organiser")
    | (?:sont|est)\s+convenu(?:e|s|es)?\s+d(?:e\b|['’])
    # (in notes' present: "La COM et le Trésor conviennent de préparer le prochain réexamen")
    | \b(?:convient|conviennent)\s+d(?:e\b|['’])
    | (?:se\s+sont\s+|s['’]est\s+|\bs['’])engag(?:é|ée|és|ées|e|ent)\s+à\b
    | (?:ont|a)\s+(?:décidé|prévu|convenu|promis|accepté)\s+d(?:e\b|['’])
    # ... or something promised to come ("Le Canada a aussi promis un bilan plus complet lors du
    # prochain dialogue")
    | (?:ont|a)\s+(?:aussi\s+|également\s+)?promis\s+(?:un|une|des|le|la|les|l['’]|son|sa|ses|leur|leurs)\b
    | prévoi(?:t|ent)\s+(?:(?:en\s+outre|également|aussi|par\s+ailleurs|ensuite|de\s+plus)\s+)?d(?:e\b|['’])
    # ... or a side's readiness to act: "a fait part de sa disponibilité pour accueillir"
    | (?:sa|leur)\s+disponibilité\s+(?:pour|à)\s+\w+(?:er|ir|re)\b
    # ... or a step planned, named by its noun ("Le Maroc prévoit l'adoption du projet de loi")
    # ... or a meeting a side plans to hold ("Les deux parties prévoient une réunion d'experts sur
    # la réadmission au printemps")
    # (and in the past: "Les deux services frontaliers ont prévu une opération conjointe")
    | (?:prévoi(?:t|ent)|(?:ont|a)\s+prévu)\s+(?:(?:l['’]\s*|la\s+|le\s+|les\s+)(?:adoption|signature|organisation|tenue
        |lancement|ouverture|création|mise\s+en\s+place|présentation|publication|conclusion
        |entrée\s+en\s+vigueur|ratification)
        |(?:(?:aussi|également|en\s+outre)\s+)?(?:une?|leur|sa|son)\s+(?:nouvel(?:le)?\s+|nouveau\s+|première?\s+|prochaine?\s+
        |seconde?\s+|(?:deux|trois|quatr|cinqu)ième\s+)?(?:réunion|atelier
        |séminaire|visite|mission|exercice|session|conférence|rencontre|table\s+ronde|échanges?
        # ("Les deux délégations de négociation prévoient un troisième cycle à Bruxelles en janvier")
        # (not a text's "cycle de contrôles": a round of talks, of negotiations or none named)
        |cycle(?:\s+de\s+(?:négociations?|pourparlers|discussions))?(?!\s+d(?:e\b|['’]))|tour
        # ("Europol et la DEA prévoient une opération conjointe sur les précurseurs")
        |opération|action\s+commune|journée\s+d['’]action))\b
    # ... or a commitment taken, so named ("La Commission a pris l'engagement de tenir le groupe
    # informé", "gave an undertaking to report")
    | (?:a|ont|avait|avaient)\s+pris\s+l['’]engagement\s+d(?:e\b|['’])
    | (?:gave|made|give|gives|makes)\s+(?:an?\s+|the\s+)?(?:firm\s+|formal\s+)?(?:undertaking|commitment)\s+to\b
    | entend(?:ent)?\s+(?:(?:se|le|la|les|lui|leur|y|en)\s+|[sl]['’])?\w+(?:er|ir|re)\b
    # (reported too: "qu'elle entendait en accueillir davantage en 2014"; not asked of
    # another: "savoir comment la Commission entendait réagir")
    # (or said of the sentence's subject, in the account's imperfect: "La nouvelle commissaire
    # Jourová entendait conclure sans rouvrir les chapitres"; not asked: "comment la
    # Commission entendait réagir")
    | (?:qu['’](?:il|elle|ils|elles)\s+|^\s*(?:la|le|les|l['’])\s*(?:[\w'’-]+\s+){0,5}?)
        entendai(?:t|ent)\s+(?:(?:se|le|la|les|lui|leur|y|en)\s+|[sl]['’])?\w+(?:er|ir|re)\b
    | (?:est|sont)\s+prévu(?:e|s|es)?\s+(?:en|pour|à|au|aux|le|la|d['’]ici|avant|dans|dès|début|fin)\b
    # ... or a side's act so planned ("Il est prévu que la Commission présente au groupe un
    # bilan"; not a text's fate: "Il est prévu que le protocole soit ouvert à la signature")
    | \bil\s+est\s+(?:aussi\s+|également\s+)?prévu\s+(?:que\s+|qu['’])\s*<FR_SIDE>\s+
        (?!soi(?:t|ent)\b)\w+(?:e|ent)\b
    # the future tense of a side's act ("La Commission présentera"; "caméra" is no verb)
    # (not in a relative clause, which describes: "le programme, qui fixera le cadre")
    | (?<!\w)(?<!\bqui\s)(?!(?:cam|op|chim)era\b)\w{3,}(?:era|eront|ira|iront)\b
    | \bser(?:a|ont)\s+\w+(?:é|ée|és|ées|is|ise|ises)\b
    # ... and of the verbs in -re and -oir ("transmettra", "tiendra", "devra", "enverra")
    # (a capital begins a name: "Alexandra")
    | (?<!\w)(?<!\bqui\s)(?!(?-i:[A-Z]))\w{2,}(?:ttr|ndr|vr|rr)(?:a|ont)\b
    | (?<!\w)(?<!\bqui\s)fer(?:a|ont)\b
    # an offer: "ont proposé d'accueillir", "ont offert de mettre", "a proposé son soutien"
    # (and in the present: "Les États-Unis proposent d'accueillir un atelier")
    | (?:(?:ont|a)\s+(?:proposé|offert)|\bpropose(?:nt)?|\boffre(?:nt)?)\s+d(?:e\b|['’])
    # ... or after another of the side's acts ("ont exposé le décret et proposé d'organiser")
    | \bet\s+(?:proposé|offert)\s+d(?:e\s+|['’]\s*)\w+(?:er|ir|re)\b
    # ... and offering oneself: "se sont proposés d'accueillir", "s'est proposée pour organiser"
    | (?:\bse\s+sont|\bs['’]est)\s+(?:proposée?s?|offerte?s?)\s+(?:d(?:e\b|['’])|pour\s+\w+er\b)
    | \bse\s+propose(?:nt)?\s+d(?:e\b|['’])
    # (or help of another's: "a offert l'assistance d'experts pour la rédaction de la loi",
    # "a proposé une formation des juges", as "offered expert assistance" above)
    | (?:ont|a)\s+(?:proposé|offert)\s+(?:son|leur|ses|leurs|une?|des|l['’]|les)\s*(?:\w+\s+)?(?:soutien
        |aide|assistance|expertise|concours|appui|formations?|experts?|ateliers?|séminaires?)\b
    # an aim set: "Les deux parties se sont fixé pour objectif de parapher l'accord"
    | \bse\s+(?:sont|est)\s+fixée?s?\s+(?:pour\s+)?(?:l['’])?objectif\s+d(?:e\b|['’])
    # an intention: "Les États-Unis comptent signer" ("compte tenu", "rendre compte de": none)
    # (its object or reflexive pronoun before it: "compte le faire adopter", "comptent se réunir")
    | \bcompte(?:nt)?\s+(?!tenu\b)(?:(?:le|la|les|lui|leur|se|en|y)\s+|[ls]['’])?\w+(?:er|ir|re)\b
    | (?:(?:ont|a|avait|avaient)\s+l['’]|\b(?:son|leur)\s+)intention\s+d(?:e\b|['’])
    # the near future of a side's act ("Les deux parties vont intensifier leurs discussions";
    # "la menace va croître" is a forecast: no act)
    | \b(?:va|vont)\s+(?:(?:aussi|également|encore)\s+)?(?:intensifier|organiser|présenter
        |poursuivre|lancer|tenir|signer|adopter|examiner|élaborer|mettre|renforcer|publier
        |envoyer|transmettre|accueillir|proposer|préparer|se\s+réunir|reprendre|soumettre
        |détacher|ouvrir|fournir|créer|désigner|accélérer
        # ("Les États-Unis et Europol vont échanger leurs listes d'indicateurs de risque")
        |échanger|partager|communiquer|rédiger|diffuser|mener|inviter|informer)\b
    | réaffirmé\s+(?:leur|son)\s+engagement\b
    # ... or someone's named after it: "a réaffirmé l'engagement de l'administration à obtenir"
    | \b(?:réaffirmé|rappelé|confirmé)\s+l['’]\s*engagement\s+d[eu'’]\s*[^.;]{1,60}?\s+(?:à|de|d['’])\s*\w+(?:er|ir|re)\b
    # ... or a will to act: "ont réaffirmé leur volonté de coopérer"
    | \b(?:sa|leur)\s+volonté\s+(?:de|d['’])\s*\w+(?:er|ir|re)\b
    # a pledge reported as a noun: "a rappelé son engagement de réinstaller"
    | \b(?:son|leur)\s+engagement\s+(?:de|à|d['’])\s*\w+(?:er|ir|re)\b
    | (?:aura|auront)\s+lieu\b
    | se\s+réunir(?:a|ont)\b
    )""".replace("<SIDE>", _SIDE)
        .replace("<ACTS>", _ACTS)
        .replace("<NO_ACT>", _NO_ACT)
        .replace("<OPENS>", _OPENS)
        .replace("<FLASH_ACTS>", _FLASH_ACTS)
        .replace("<FLASH_TIME>", _FLASH_TIME)
        .replace("<ACT_VERBS>", _ACT_VERBS)
        .replace("<FLASH_SIDE>", _FLASH_SIDE)
        .replace("<THEN>", _THEN)
        .replace("<FR_SIDE>", _FR_SIDE)
        .replace("<FR_CONDITIONAL>", _FR_CONDITIONAL),
        re.IGNORECASE | re.VERBOSE,
    )
)
# A future or an expectation that no side undertakes, masked before the phrasings are read
# (one alternative per class, each tested in tests/test_followups.py).
_NOT_UNDERTAKEN = gated(
    re.compile(
        r"""(?:
    # a commitment, an intention or a plan negated or refused ("does not intend to weaken it",
    # "could not commit to any date", "declined to commit to", "had not planned a workshop")
      (?:\b(?:not|never|cannot|unable\s+to|refused\s+to|declined\s+to)|n't)\s+
        (?:commit(?:ted|s)?|intend(?:s|ed)?|plan(?:s|ned)?)\b
    # ... or said to be none ("had no plan to propose a buy-back scheme", "no intention of
    # legislating"), or decided against ("decided not to organise", "a décidé de ne pas")
    | \b(?:no|any)\s+(?:plans?|intention)\s+(?:to|of)\b[^,;.]*
    | \b(?:decided|agreed|chose)\s+not\s+to\b[^,;.]*
    | \b(?:décidé|convenu|choisi)\s+de\s+ne\s+pas\b[^,;.]*
    # a step an earlier meeting had agreed, recalled by where it was agreed ("In Prague the two
    # sides had agreed to review the PNR Agreement", "recalled that at the last meeting the
    # sides had planned a workshop", "À Vienne, les parties étaient convenues de ..."): that
    # meeting's commitment, not this one's (what the sentence adds after ";" still counts)
    | \b(?:in|at)\s+(?:(?-i:[A-Z][a-zà-ÿ]+)(?:\s+(?-i:[A-Z][a-zà-ÿ]+))?|(?:the|their|its)\s+(?:last
        |previous|earlier|preceding|first)\s+(?:\w+\s+)?(?:meeting|ministerial|session|round))\b
        [^;]{0,80}?\bhad\s+(?:already\s+|also\s+)?(?:agreed|planned|undertaken|committed|decided
        |promised|pledged)\b[^;]*
    | \b(?:à\s+(?-i:[A-Z][a-zà-ÿ]+)|lors\s+de\s+la\s+(?:dernière|précédente)\s+réunion)\b[^;]{0,80}?
        \b(?:avaient|avait|étaient|était)\s+(?:déjà\s+)?(?:convenue?s?|prévu|décidé|promis
        |engagée?s?)\b[^;]*
    |
    # a fear or a warning: "concerned that smugglers will exploit", "the risk that ... would"
    # (not people "at risk" a relative clause then describes: "the Forum on Afghans at risk
    # that it will convene on 7 October")
      \b(?:concern(?:s|ed)?|fear(?:s|ed)?|worr(?:y|ies|ied)|warn(?:s|ed)?|(?<!\bat\s)risk
        |(?<!\bin\s)danger|alarmed)\s+that\b[^;,]*?\b(?:will|would)\b
    # the adversary or a trend as the subject: "terrorist groups would keep testing", "the
    # risk will grow", "the threat from drones will rise" (the head noun itself: "the risk
    # analysis will be presented by Frontex" is a side's step)
    | \b(?:terrorists?|terrorist\s+(?:groups|organisations|networks)|criminals?|criminal
        \s+(?:groups|networks|organisations)|smugglers?|traffickers?|extremists?|attackers?
        |hackers?|fraudsters?|gangs?|cartels?|(?:the|this|that)\s+(?:risk|threat|danger
        |pressure|trend|flow)s?(?:\s+(?:of|from|to|posed\s+by)(?:\s+[\w-]+){1,3}?)?)
        \s+(?:\w+ly\s+|also\s+|still\s+)?(?:will|would)\b
    # a Presidency's priorities described: "Its priorities will be migration and drugs",
    # "its main focus would be returns"
    | \b(?:its|their|the)\s+(?:\w+\s+)?(?:priority|priorities|focus)
        \s+(?:(?!(?:and|but|then)\b)\w+\s+){0,3}?(?:will|would)\b
    # a relative clause describing a law, a programme or an attribute ("the Regulation,
    # which will apply", "the programme ..., which will focus on", "whose amendments will
    # help", "in which ... will have a central place") unless it names an act or an event
    # ("the Ministerial, which will be held in Spain"; "a group, which will report")
    | (?:,\s*which|,\s*whose\s+[\w-]+|\b(?:in|by|under|through|with)\s+which\b[^,;]*?)
        \s+(?:also\s+)?will\s+(?!<ACTS>)(?!<ACT_VERBS>)
    # an indirect question, which binds nobody until answered: "asked when the Commission
    # would present its next report", "asked whether Japan intended to ratify" (up to the
    # answer, which may commit: "; Japan replied ...", ", and the US undertook to ...", or the
    # asker's own next act: "a demandé comment ... et a proposé de partager son expérience")
    | \b(?:asked|wondered|enquired|inquired|wanted\s+to\s+know|(?:a|ont)\s+demandé)\s+
        (?:\w+\s+){0,3}?(?:whether|if|when|how|why|what|si|quand|comment|pourquoi|s['’]ils?)\b
        (?:(?!,\s+(?:and|but|et|mais)\b|\s+et\s+(?:a|ont)\s|\s+and\s+(?:has\s+|have\s+)?
        (?:offered|undertook|agreed|proposed|committed|promised|pledged)\b
        # (or the answer put in apposition: "..., a question the Commission undertook to
        # answer in writing within three weeks")
        |,\s+(?:a|an|une?)\s+(?:question|point|request|matter|issue|demande)\b)[^.;])*
    # a forecast of a state ("the vote in the Third Committee was expected to be close")
    | \bexpected\s+to\s+be\s+(?:very\s+|quite\s+|rather\s+|relatively\s+)?(?:close|difficult|tight
        |hard|easy|high|higher|low|lower|long|longer|short|limited|significant|substantial
        |considerable|small|large|modest|slow|fast|complex|lengthy)\b
    # a French time clause: the future of "lorsque les règles s'appliqueront" says when, no act
    | \b(?:lorsque|lorsqu['’]|quand|dès\s+que|dès\s+qu['’]|une\s+fois\s+que|une\s+fois\s+qu['’]
        |avant\s+que|jusqu['’]à\s+ce\s+que|au\s+moment\s+où)\s*[^,;.]*
    # a hope, which binds nobody: "hopes that the co-legislators will reach an agreement"
    | \bhop(?:e|es|ed|ing)\s+that\b[^;]*?\b(?:will|would)\b
    # what a law, a proposal or an order does: "the proposal would oblige providers",
    # "an Executive Order would strengthen the safeguards", "the Code will bring messaging
    # services within the scope", "the EU Centre it would establish" (the Regulation's)
    | \b(?:order|proposal|regulation|directive|law|act|bill|code|convention|protocol|framework
        |instrument|legislation)s?\s+(?:\w+\s+){0,1}?(?:would|will)\s+(?!be\s+(?:signed|adopted
        |presented|published|tabled|submitted|concluded|ratified)\b)
    | \b(?:centre|center|body|agency|office)\s+(?:it|they)\s+would\b
    # what a legislature, a court or a committee is expected to do ("the Committee is
    # expected to approve the draft", "which the Council is expected to adopt in May")
    | \b(?:committee|council|parliament|congress|senate|court|legislature|co-legislators)
        \s+(?:\w+\s+){0,3}?(?:is|are|was|were)\s+expected\s+to\b
    # a decision taken earlier, given as a date: "three months after the Council decided to"
    | \b(?:after|since|when|once)\s+[^,;]*?\bdecided\s+to\b
    # what others are expected to do, as a side reports it: all the members of a scheme ("the
    # US explained that all countries ... are expected to conclude") or a court or a
    # legislature ("told the US that the Court is expected to deliver its opinion"); a side's
    # own step ("that the Commission is expected to present") and an event ("that the Forum
    # is expected to be held") still count
    | \b(?:explained|said|stated|recalled|told|informed|noted|stressed|underlined|indicated
        |reported|pointed\s+out|made\s+clear)\b[^;]*?\bthat\s+(?:(?:all|every|each|other|third)\b
        |(?:the\s+)?(?:[\w()-]+\s+){0,4}?(?:court|parliament|congress|senate|legislature
        |co-legislators|judges?)\b)[^;,]*?\b(?:is|are)\s+expected\s+to\s+(?!be\s+held|take\s+place
        |meet|convene|start|begin|resume|open)
    )""".replace("<ACTS>", _ACTS).replace("<ACT_VERBS>", _ACT_VERBS),
        re.IGNORECASE | re.VERBOSE,
    )
)
# A commitment about the series itself, when it names no topic: "the next Ministerial".
_NEXT_MEETING = re.compile(
    r"\b(?:next|following)\s+(?:EU-U\.?S\.?\s+)?(?:JHA\s+)?(?:ministerial|meeting|senior\s+officials"
    r"|session|dialogue)|\bmeet\s+again\b",
    re.IGNORECASE,
)

# An act a side performs, after "would", "is to" or "expected to": "Ireland would co-host the
# Forum", "Each partner is to conclude an arrangement", "The delegation expected to sign".
# ("The aim of the plan is to ..." states a purpose; "the threat would remain" is no act.)
_ACT = re.compile(
    rf"\b(?:would|(?P<is_to>(?:is|are)\s+to)|expect(?:s|ed)\s+to)\s+(?:{_THEN})?(?:co-?)?"
    + _ACT_VERBS,
    re.IGNORECASE | re.VERBOSE,
)
_PURPOSE = re.compile(
    r"\b(?:aims?|goals?|objectives?|purposes?|ideas?|tasks?|roles?|priority|priorities)\b",
    re.IGNORECASE,
)


def is_commitment(sentence: str) -> bool:
    """Whether a sentence commits a side to something later (see _COMMITMENT and _ACT)."""
    sentence = _NOT_UNDERTAKEN.sub(" ~ ", sentence)
    if _COMMITMENT.search(sentence) is not None:
        return True
    for act in _ACT.finditer(sentence):
        # "The purpose of the agreement is to set up ..." describes, it commits nobody
        if not (act["is_to"] and _PURPOSE.search(sentence, max(0, act.start() - 60), act.start())):
            return True
    return False


def due_date(
    sentence: str, made: dt.date, before: str = "", ended: dt.date | None = None
) -> dt.date | None:
    """The last day of the time a commitment names for its act (packgen.duedates), or None.

    `before` is the text said before it, which "before that date" may point back to;
    `ended` is the meeting's last day, from which "within four weeks" runs.
    """
    return duedates.due_date(sentence, made, _commitment_start(sentence), before, ended)


def _commitment_start(sentence: str) -> int:
    """Where the committing words begin ("agreed to", "will host"); 0 if none is found."""
    starts = [m.start() for m in (_COMMITMENT.search(sentence), _ACT.search(sentence)) if m]
    return min(starts, default=0)


def topic_followups(
    corpus: Corpus,
    taxonomy: Taxonomy,
    topic: str | None = None,
    after: dt.date | None = None,
    as_of: dt.date | None = None,
    before: dt.date | None = None,
) -> list[FollowUp]:
    """Commitments made at meetings (on or after `after`, before `before`), oldest first.

    With `topic`, those that concern it; with none, each commitment once, under its first
    topic. The status is judged on `as_of` (default: today) against the later meetings of
    the corpus held before `before` (default: `as_of`).
    """
    if topic is not None and topic != GENERAL_TOPIC:
        check_topic(taxonomy, topic)
    as_of = as_of or dt.date.today()
    horizon = before or as_of
    assigned = assign_topics(corpus, taxonomy)
    out: list[FollowUp] = []
    for record in corpus.records:
        when = meeting_date(record)
        if when is None or (after is not None and when < after) or when >= horizon:
            continue
        ended = record.meeting.end if record.meeting else None
        for found in commitments(record, assigned, taxonomy):
            if topic is not None and topic not in found.topics:
                continue
            followup = FollowUp(
                topic=topic or found.topics[0],
                date=when,
                meeting=meeting_title(record),
                sentence=found.sentence,
                citation=citation(record, found.ref),
                topics=found.topics,
            )
            # the date the source names, not one in an antecedent added from a title
            due = due_date(without_antecedents(found.sentence), when, found.before, ended)
            out.append(_with_status(followup, due, record, corpus, assigned, as_of, horizon))
    return out


def _with_status(
    followup: FollowUp,
    due: dt.date | None,
    record: OutcomeRecord,
    corpus: Corpus,
    assigned: TopicAssignments,
    as_of: dt.date,
    horizon: dt.date,
) -> FollowUp:
    later = _taken_up_by(followup, record, corpus, assigned, horizon)
    if later is not None:
        when, unit_record, ref = later
        return followup.model_copy(
            update={
                "status": "taken-up",
                "due": due,
                "taken_up": citation(unit_record, ref),
                "taken_up_date": when,
            }
        )
    status = "overdue" if due is not None and due < as_of else "open"
    return followup.model_copy(update={"status": status, "due": due})


def _taken_up_by(
    followup: FollowUp,
    record: OutcomeRecord,
    corpus: Corpus,
    assigned: TopicAssignments,
    horizon: dt.date,
) -> tuple[dt.date, OutcomeRecord, str] | None:
    """The first later meeting of the same series, before `horizon`, on one of its topics."""
    series = meeting_partner(record)
    candidates: list[tuple[dt.date, OutcomeRecord, str]] = []
    if followup.topics == [GENERAL_TOPIC]:
        for other in corpus.records:
            when = meeting_date(other)
            if when and followup.date < when < horizon and meeting_partner(other) == series:
                candidates.append((when, other, "whole meeting"))
    for topic in followup.topics:
        for when, _number, ref, unit in assigned.timeline(topic):
            if followup.date < when < horizon and meeting_partner(unit.record) == series:
                candidates.append((when, unit.record, ref))
                break
    return min(candidates, key=lambda c: c[0]) if candidates else None


class Commitment(NamedTuple):
    """A committing sentence as printed, where it stands, its topics, and what was said before."""

    sentence: str
    ref: str  # "item 3(c)" | "annex" | "summary"
    topics: list[str]
    before: str  # the sentence before it and its own clauses before it: "before that date"


def commitments(
    record: OutcomeRecord, assigned: TopicAssignments, taxonomy: Taxonomy
) -> list[Commitment]:
    """Each committing sentence of a record, or each committing clause of one."""
    found: list[Commitment] = []
    for paragraph in [record.summary or "", *record.participants]:  # the opening paragraphs
        found += _loose_commitments(paragraph, "summary", taxonomy)
    for unit in assigned.units_of(record):
        sentences = split_sentences(unit.text)
        for index, sentence in enumerate(sentences):
            if not is_commitment(sentence):
                continue
            previous = sentences[index - 1] if index else None
            for undertaking, before in _undertakings(sentence, previous):
                # printed alone, its pointers back carry their antecedent
                shown = with_antecedent(undertaking, unit.title, previous)
                topics = _topics(undertaking, unit, taxonomy)
                found.append(Commitment(shown, unit.ref, topics, before))
    if record.annex:
        found += _loose_commitments(record.annex.text, "annex", taxonomy)
    return found


def _topics(sentence: str, unit: UnitAssignment | None, taxonomy: Taxonomy) -> list[str]:
    """The topics a commitment concerns: those it names, else its unit's, else "general".

    A topic only mentioned in passing ("terrorist") counts when the unit has it too: the
    Umbrella Agreement named in an e-evidence item is data protection, not e-evidence.
    """
    evidence = text_evidence(sentence, taxonomy)
    own = unit.topics if unit is not None else []
    # a sentence that names nothing speaks of what its unit is titled, not of its asides
    titled = [a.topic for a in unit.assignments if a.where == "title"] if unit else []
    named = [
        t.id
        for t in taxonomy.topics
        if t.id in evidence and (evidence[t.id].score >= THRESHOLD or t.id in own)
    ]
    if named:
        return named
    exclusive = unit is not None and any(taxonomy.get(t).exclusive for t in own)  # type: ignore[union-attr]
    if own and not exclusive:
        return titled or list(own)
    return [GENERAL_TOPIC] if _NEXT_MEETING.search(sentence) or not own else list(own)


def _loose_commitments(text: str, ref: str, taxonomy: Taxonomy) -> list[Commitment]:
    sentences = split_sentences(text)
    return [
        Commitment(undertaking, ref, _topics(undertaking, None, taxonomy), before)
        for index, sentence in enumerate(sentences)
        if is_commitment(sentence)
        for undertaking, before in _undertakings(sentence, sentences[index - 1] if index else None)
    ]


def _undertakings(sentence: str, previous: str | None) -> list[tuple[str, str]]:
    """The commitments of one sentence, each with the text said before it: the sentence
    itself, or each of its clauses joined by semicolons (or by "and" before another side's
    clause) when two or more commit ("Both sides agreed to hold the review in September 2017;
    the Commission will send the list by the end of March"), so that each keeps its own date."""
    previous = previous or ""
    committing = [c for c in _clauses_of(sentence) if is_commitment(c)]
    if len(committing) < 2:
        return [(sentence, previous)]
    return [
        (_as_sentence(c), f"{previous} {sentence[: sentence.index(c)]}".strip()) for c in committing
    ]


_A_RELATIVE_SUBJECT = re.compile(
    r"\b(?:which|whom|whose|where|who|que|qui|dont|où)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+\s*$",
    re.IGNORECASE,
)


def _clauses_of(sentence: str) -> list[str]:
    """The clauses of a sentence at its semicolons and its "and"s before a new side; what
    commits nothing on its own before an "and" stays with what follows ("the Commissioner and
    the Attorney General will launch the alliance")."""
    clauses: list[str] = []
    start = 0
    for cut in _CLAUSES.finditer(sentence):
        piece = sentence[start : cut.start()]
        # (the part of it since its last comma must commit, and not end in the subject of a
        # relative clause: "..., and the Commission and the Department of Commerce will
        # continue", "the conference at which the Commissioner and the Attorney General will
        # launch" cut inside a subject)
        since_comma = piece.rsplit(",", 1)[-1]
        if cut.group().strip(" ,").lower() in ("and", "et") and (
            not is_commitment(since_comma) or _A_RELATIVE_SUBJECT.search(since_comma)
        ):
            continue
        clauses.append(piece)
        start = cut.end()
    clauses.append(sentence[start:])
    return [c.strip() for c in clauses if c.strip()]


# A sentence's clauses end at a semicolon, or at an "and" before another side's own committing
# clause ("Both sides agreed to exchange case studies and the US will send its own by the end
# of November")
_CLAUSES = re.compile(
    r";\s+|,?\s+(?:and|et)\s+(?=(?:(?:(?:the|la|le|les)\s+|l['’])?[A-Z][\w'’-]*"
    # (or a side named in lower case: "..., and the negotiators will meet again in February")
    r"|(?:the|both|les)\s+(?:two\s+|deux\s+)?(?:negotiators|experts|parties|sides|delegations"
    r"|authorities|co-?chairs|officials|ministers|négociateurs|délégations|autorités))\s+"
    r"(?:[\w'’-]+\s+){0,3}?"
    r"(?:will|shall|intends?|plans?|aims?|undert(?:ook|akes?)|offered|is\s+to|are\s+to|rendra"
    r"|présentera|transmettra|enverra|entend|prévoit|s['’]est\s+engagée?)\b)"
)


def _as_sentence(clause: str) -> str:
    """A clause printed as a sentence, word for word (its first letter as the source has it),
    with a closing full stop."""
    return clause if clause[-1] in ".!?" else f"{clause}."


def item_history(
    corpus: Corpus,
    taxonomy: Taxonomy,
    topics: Sequence[str],
    before: dt.date,
    as_of: dt.date,
    since: dt.date | None = None,
    limit: int | None = None,
    followups: bool = True,
    series: str | None = None,
) -> tuple[list[HistoryEntry], list[FollowUp]]:
    """An agenda item's history: entries of its topics, and its open and overdue follow-ups.

    `series` ("US" for an EU-US meeting) keeps the meetings with that partner: an EU-Canada
    dialogue is no history of an EU-US ministerial. `limit` keeps the latest N meetings over
    all the item's topics; follow-ups come only from the meetings kept, never repeat a
    sentence the entries already print, and appear once.
    """
    partners = {r.source: meeting_partner(r) for r in corpus.records}
    entries: dict[tuple, HistoryEntry] = {}
    for topic in topics:
        for entry in topic_history(corpus, taxonomy, topic, since=since, before=before):
            if series is None or partners.get(entry.citation.source) == series:
                entries.setdefault((entry.citation.source, entry.citation.item), entry)
    ordered = sorted(entries.values(), key=lambda e: (e.date, e.citation.number or ""))
    if limit is not None:
        meetings = list(dict.fromkeys(e.citation.source for e in ordered))[-limit:]
        ordered = [e for e in ordered if e.citation.source in meetings]
    if not followups:
        return ordered, []
    sources = {e.citation.source for e in ordered}
    # the summaries as printed, without the antecedents added in brackets
    printed = " ".join(" ".join(re.sub(r" \[[^\]]*\]", "", e.summary).split()) for e in ordered)
    found: dict[str, FollowUp] = {}
    for topic in topics:
        for followup in topic_followups(corpus, taxonomy, topic, since, as_of, before):
            if followup.status == "taken-up" or followup.citation.source not in sources:
                continue
            if " ".join(re.sub(r" \[[^\]]*\]", "", followup.sentence).split()) in printed:
                continue  # already in the Background bullets
            found.setdefault(followup.sentence, followup)
    return ordered, sorted(found.values(), key=lambda f: (f.date, f.citation.item))
