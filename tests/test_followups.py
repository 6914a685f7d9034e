"""Commitments: every phrasing recognised, dates read, status judged, topics kept apart."""

from __future__ import annotations

import datetime as dt

import pytest

from packgen.corpus import Corpus
from packgen.followups import due_date, is_commitment, item_history, topic_followups
from packgen.records import Item, OutcomeRecord, ReportedMeeting, SubItem
from packgen.topics import DEFAULT_TOPICS, load_topics
from tests.conftest import FIXTURES, round_cases


@pytest.mark.parametrize(
    "sentence",
    [
        "Both sides agreed to meet again in Lisbon.",
        "The delegations agreed on the need to fight the networks.",
        "The US side agreed and undertook to allow real-time exchanges.",
        "Both sides committed to cooperate more closely on precursors.",
        "The US could only commit to more transparency.",
        "Both sides reaffirmed their commitment to finalise the agreement by summer 2014.",
        "Ministers reaffirmed their joint commitment to address irregular migration.",
        "The partners renewed their shared commitment to fight drug trafficking.",
        "The two sides confirmed their commitment to hold accountable those responsible.",
        "Both sides remain committed to the Budapest Convention.",
        "The Commission will present a draft mandate in 2010.",
        "The Presidency would host the next Ministerial in Stockholm.",
        "The first joint review is due to take place in February 2011.",
        "Its joint evaluation is due to be issued in 2019.",
        "The two sides will work together towards a common approach.",
        "Both sides intend to continue the expert dialogue on drugs.",
        "The US intends to continue its support for the collection of evidence.",
        "The Parties agreed to return to cooperation on synthetic drugs at the next Ministerial.",
        "The EU agreed to come back to this proposal at the next meeting.",
        "The next Ministerial meeting is to take place in the second half of 2025.",
        "The upcoming tripartite meeting is foreseen to take place in Washington on 7 June.",
        "The next tripartite meeting is planned in Washington, DC, on 7 June.",
        "A Ministerial event is planned for June.",
        "The two sides decided to set up an expert group.",
        "They agreed to take up PNR again at the next EU-U.S. Ministerial.",
        # French outcomes (RÉSULTATS DES TRAVAUX) commit in their own words
        "Les deux parties sont convenues de poursuivre le dialogue.",
        "La Commission est convenue de présenter un rapport.",
        "Les États-Unis se sont engagés à tenir l'Union informée.",
        "L'Union s'est engagée à partager ses évaluations.",
        "Les délégations ont décidé de créer un groupe d'experts.",
        "Elles ont prévu de reprendre la discussion en juin.",
        "Les deux parties entendent poursuivre leur coopération.",
        "La prochaine réunion ministérielle aura lieu à Madrid.",
        "Les hauts fonctionnaires se réuniront à Washington.",
        "Les deux parties ont réaffirmé leur engagement en faveur de la convention.",
        # ... the future of verbs in -re and -oir, offers and "comptent" with an infinitive
        "La Présidence transmettra aux délégations un projet d'ordre du jour.",
        "Elle tiendra le Conseil informé du calendrier de mise en service.",
        "Les experts prendront contact avec Europol avant l'été.",
        "La Commission fera rapport au Conseil en juin.",
        "Les États-Unis ont proposé d'accueillir une réunion d'experts en avril.",
        "Le Canada a offert de mettre des experts à disposition.",
        "Eurojust a proposé son soutien à une équipe commune d'enquête.",
        "Les États-Unis comptent signer le protocole additionnel.",
        "La Moldavie s'engage à publier la liste des juges évalués.",
        "Les deux parties s'engagent à échanger leurs analyses de la menace.",
        "Les deux parties ont l'intention d'organiser un séminaire au printemps.",
        "La Norvège a rappelé son engagement de réinstaller 3 000 réfugiés.",
        # ... and someone's named after it (blind294)
        "Le ministre a réaffirmé l'engagement du gouvernement à faire voter la réforme en mai.",
        # a side expecting to act
        "Both sides expect to exchange the instruments of ratification in October.",
        "The Commission expects to present the evaluation in May.",
        "Canada said that it expected to admit more refugees from Sudan next year.",
        "Les deux parties visent à conclure ces négociations avant la fin de l'année.",
        # ... or at the step itself (blind100)
        "La présidence vise un accord avec le Parlement sur la directive avant la fin de l'année.",
        # a side's pledge reported with "would" and the act it will seek or press for
        "The Minister stated that the Government would seek a new mandate from Parliament.",
        "The Minister said that the Ministry would take account of the ruling in its draft.",
        "The bill has the support of the Administration, which would press for its adoption.",
        # looking forward to a later step or event
        "The EU looked forward to concluding the talks once the law is passed.",
        "Both sides look forward to the joint review of the agreement in 2026.",
        "The delegations looked forward to the expert workshop on drones in Rome.",
        "They looked forward to the entry into force of the Second Additional Protocol.",
        # offers, aims and announcements of something to come
        "The US offered to share its training material with Europol.",
        "Japan offers to host the next expert round.",
        # an offer of help in the past tense, a pledge reported as a noun, a relative clause
        "Canada offered technical support to the new border police academy.",
        "Eurojust offered legal expertise to the Ukrainian prosecutors.",
        # an offer of means, and an act expected of the side itself
        "Several Member States offered places to resettle part of them.",
        # ... or something promised or pledged (blind302)
        "The US promised a written explanation of the case within two weeks.",
        "Canada pledged a further contribution to the fund in the spring.",
        # ... or of meetings to hold (blind291)
        "The US offered an expert workshop on the screening rules in the spring.",
        "COM offered bilateral visits to the three Member States in March.",
        "Europol expects to post a liaison officer in Tirana within six months.",
        # ... or to have its own work done (blind295)
        "The Commission expects to have the new register fully operational by the autumn.",
        # a French side named in a reported pledge
        "La délégation néerlandaise a annoncé que la future présidence accueillerait la "
        "prochaine réunion à Amsterdam au printemps.",
        "La Commission a confirmé que le Canada présenterait une feuille de route.",
        # a French offer and a step planned in the present, a pledge said the other way round
        "Les États-Unis proposent d'accueillir un atelier d'experts au premier semestre 2014.",
        "Le Maroc prévoit l'adoption du projet de loi sur les peines alternatives à la mi-2024.",
        "It is the intention of the Presidency to submit it to Coreper in November.",
        "Les États-Unis ont indiqué que l'administration soutiendrait un projet de loi.",
        "The US expected to announce the designation of Poland shortly.",
        "The Minister recalled her government's commitment to admit 3 000 refugees by 2019.",
        "Australia confirmed its commitment to double its contribution to the fund.",
        "The EU presented the evaluation plan, which it would run with Interpol in March.",
        "Europol described the new platform, which the Commission would fund until 2027.",
        "Both sides aim to sign the arrangement by the end of the year.",
        "The Presidency aimed to close the file before June.",
        "The Commission announced a regional programme on witness protection.",
        "Eurojust announced a new strategic project on cyber-enabled fraud.",
        # reported commitments: a reporting verb, then "would" and what the side will do
        "It confirmed that it would resettle 5,000 refugees next year.",
        "The Minister announced that her government would set up a task force.",
        "The US said that the FBI would share the indicators with Europol.",
        "Canada would provide additional funding for the platform.",
        # an adverb before "due to"; "is to", "would" and "expected to" before a side's act
        "The report is then due to be published in May.",
        "The text is now due to go to Parliament.",
        "Each side is to appoint a contact point by June.",
        "The partners are to conclude their arrangements in 2026.",
        "The Presidency would co-organise a seminar with Eurojust.",
        "Montenegro confirmed that it would finish the new centre next year.",
        # "would" and a side's reply or decision still to come
        # "due to" and a verb after a noun, in apposition or not
        "The Commission presented the evaluation, due to be adopted in the autumn.",
        "Both sides prepared the Ministerial due to take place in Lisbon in June.",
        "Europol described the new analysis cell, due to start operating next year.",
        "The Commission would revert to the US once the co-legislators agree.",
        "The US announced that it would lift the travel restrictions in November.",
        "The Presidency said it would examine the request before the summer.",
        "The Commission expected to adopt the strategy in the autumn.",
        "Both sides pledged to exchange data on smugglers.",
        "The Ministers resolved to hold a workshop on drones.",
        # "due to" reported in the past, a readiness to act, "would" and a discussion
        "It was due to report on the screening of cargo before the summer.",
        "The two experts' groups were due to meet again in Vienna in October.",
        "The Administration was ready to seek legislation extending redress to Europeans.",
        "The EU stands ready to deploy further liaison officers.",
        "The Commission said it was now ready to propose a mandate.",
        "Both sides would discuss this further between experts.",
        "The US would examine the request for access to the records.",
        "The delegations would explore a joint training of prosecutors.",
        # French: an elided "de", "entendre" and an infinitive, "prévue", the future tense
        "Les parties ont décidé d'accélérer les travaux.",
        "Elles sont convenues d'échanger des officiers de liaison.",
        "La Commission entend proposer une stratégie régionale.",
        "La réunion des experts est prévue à Chisinau en mai.",
        "La présidence organisera un atelier sur les drogues.",
        "Les États-Unis fourniront une assistance technique.",
        # an undertaking as the side reported it, whatever its verb (blind8-10 classes)
        "Canada said it would take part in the joint exercise.",
        "The Commission informed delegations that it would carry out the evaluation in May.",
        "The Department said it would add two prosecutors to its team next year.",
        "They replied that they would also second a liaison officer.",
        "La Moldavie a confirmé qu'elle transmettrait le projet de loi au Parlement en juin.",
        "Les autorités ont annoncé qu'ils ouvriraient un bureau à Chisinau.",
        # a step expected of a side, in the passive
        "The Commission expects the arrangement to be signed before the summer.",
        # blind31-33: an agreement a side expects to reach, a French intention as a noun and
        # the near future of a side's act
        "The Presidency expects to reach a general approach at the June Council.",
        "Le Conseil a été informé de son intention de publier les lignes directrices en mai.",
        "Les deux délégations vont organiser un atelier commun à l'automne.",
        # blind34-36: a French side offering itself, a backlog a side expects to clear
        "Les États-Unis se sont proposés d'accueillir un atelier sur les explosifs.",
        "La Moldavie s'est proposée pour organiser la prochaine réunion.",
        "Eurojust se propose de réunir les procureurs concernés.",
        "The Department said that it expected to clear the backlog of requests by the end of March.",
        # blind37-39: a French side's act reported "fait savoir que", or after "mais que"; an
        # aim a side set itself
        "Le Canada a fait savoir qu'il y détacherait un officier de liaison dès son ouverture.",
        "Les États-Unis ont indiqué que le Congrès hésitait, mais que l'administration "
        "maintiendrait son objectif.",
        "Les deux parties se sont fixé pour objectif de conclure les négociations en mai.",
        # blind40-42: a French plan with a word between, a French side's readiness, a decision a
        # side expects to take
        "Elle prévoit en outre de soumettre au Parlement une révision de la loi en novembre.",
        "Les autorités prévoient également d'ouvrir un bureau de liaison à Tunis.",
        "Eurojust a fait part de sa disponibilité pour accueillir une réunion de coordination.",
        "The US side expects to take a decision on the designation of Romania in the spring.",
        # blind64-66: an aim at the step itself, a side expecting to extend, a French will to
        # act reaffirmed, a French "ferait" after "que"
        "The Bulgarian Presidency aims at an agreement by the end of June.",
        "The Commission announced that it expects to extend the Alliance to inland ports.",
        "Les deux parties ont réaffirmé leur volonté de coopérer dans l'enquête.",
        "La Commission a indiqué qu'elle ferait le point dans son prochain rapport.",
        # blind73-75: a flash report's telegraphic pledges, an aim "for" a step, a readiness
        # to act that a side confirmed
        "PRES to send the draft MIN agenda to the US side by 15 October.",
        "US: TPS granted on 15 January; COM to present a proposal in May.",
        "Treasury to share the second report with COM and PRES as soon as it is finalised.",
        "COM planning a RAN centre of excellence.",
        "PRES aims for a general approach on the Regulation at the JHA Council in December.",
        "Both confirmed that their border authorities would be ready to register travellers "
        "from 12 October.",
        # blind76: where the pledge was made stands between "undertook" and "to"
        "The US undertook at Sofia to hold technical meetings with each of the five Member States.",
        # blind79: a flash report's list of actions, any side in capitals with the time it
        # names, a Presidency with its country, the passive, an offer set off by commas
        "- RCMP to send the report on 3D-printed weapons by end-January;",
        "CA welcomed the idea; Public Safety to reply to the invitation by end-September.",
        "- BE PRES to report on preparations for the tabletop exercise by the next SOM.",
        "Canada to host a tracing workshop before the FIFA World Cup.",
        "COM to check with the Western Balkans partners and revert.",
        "Joint elements for the Summit of 14 June to be sent by PRES by 4 June.",
        "EMCDDA offered, through COM, to share its early-warning notifications with Health Canada.",
        "FBI (TEDAC) described its device analysis and offered access for MS bomb data centres.",
        "CA would check its position and revert in writing.",
        "- Eurojust/DoJ : recensement des affaires communes d'ici fin juin ;",
        # blind80: an aim a side reaffirms, and a French intention reported in the past
        "Both sides reaffirmed their aim of concluding the agreement before the rules apply.",
        "La Commission a indiqué qu'elle avait l'intention de présenter sa proposition en mai.",
        "- COM : points de contact douaniers aux US dans un délai de deux semaines ;",
        "- Europol/EPA : échange d'alertes HFC à partir d'avril ;",
        # blind81-83: an aim set for the sides and reaffirmed; a French intention with a pronoun
        "The two sides restated the objective agreed at the summit to sign the text by June.",
        "La Commission compte la présenter au Conseil en mai.",
        "Les deux équipes comptent se retrouver à Ottawa à l'automne.",
        # blind85-87: an event a side plans, named by its noun; a text announced, in English
        # and French; a Forum on people "at risk" that a side will convene
        "Europol plans a workshop with US agencies before the end of the year.",
        "The Commission announced a communication on firearms for the autumn.",
        "La Commission a annoncé une nouvelle stratégie sur les drogues pour décembre.",
        "The Commission presented the Forum on Afghans at risk that it will convene in October.",
        # ... and the answer to a question, which may commit
        "The EU asked whether the US would share the list, and the US undertook to send it.",
        "La Commission présentera son rapport lorsque les États membres auront répondu.",
        # blind101-103: a task the meeting gives; an intention with a reflexive verb; what a
        # side would raise at a meeting just named
        "Senior officials were tasked to review the open actions by the end of February.",
        "Ministers tasked the experts with a report on returns before the next meeting.",
        "Les experts ont été chargés de préparer un rapport pour le mois de mai.",
        "Le gouvernement suisse entend se prononcer sur la prolongation en novembre.",
        "The Presidency recalled the round planned in Beijing in May, at which the EU would "
        "raise readmission.",
        # blind109: what a side is to do, in French, with its time
        "La Commission doit présenter un premier état de ses travaux au Conseil en décembre.",
        "Le ministère doit désigner un point de contact d'ici à la fin d'avril.",
        # blind90, once a parliament's or a committee's expected act is no side's: the step a
        # side takes "then"
        "The Commission said that the Committee of Ministers was expected to adopt the Protocol "
        "in November, and that it would then propose the Council decisions on its signature.",
    ],
)
def test_commitment_phrasings(sentence: str) -> None:
    assert is_commitment(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The EU presented the Pact on Migration and Asylum.",
        # (the counting "compte", and one that "tient compte")
        "L'Union compte les demandes reçues depuis janvier.",
        "La Commission a tenu compte de leurs remarques.",
        "Both sides welcomed the progress made.",
        "Further clarification and discussion will be needed.",
        "The US said it hoped the agreement would be renewed.",
        "The US said that the threat would remain high for years.",
        "Officials stated that such attacks would have serious consequences.",
        "The EU said that the rules would be reviewed in due course.",
        "They looked forward to close cooperation.",
        "The project, which aims to train judges, was presented.",
        "A programme that aims to protect witnesses was described.",
        "The Commission announced the results of the survey.",
        "The EU recalled that visa-free travel would require alignment.",
        "The EU explained that the new text would need stronger guarantees.",
        "L'Union a présenté l'application de son règlement.",
        "Les deux parties ont fait le point sur leur soutien.",
        "The aim is to conclude the talks quickly.",
        "The purpose of the agreement is to set up a legal framework.",
        "The US expected to see progress soon.",
        "The camera footage was shared with Europol.",
        "Comme prévu par l'accord, les données ont été transmises.",
        "La délégation entend les préoccupations de la Commission.",
        "The US stressed its commitment to human rights.",
        "Canada recalled its commitment to transparency in the process.",
        "The scheme, which many would consider costly, was described.",
        "The review, which they said would remain confidential, was noted.",
        # "due to" giving a cause, or a plan that was not kept
        "The meeting was postponed due to the pandemic.",
        "Arrivals fell, due to better weather controls.",
        "The review was due to take place in March but was cancelled.",
        # views, hopes, states and what laws, orders and legislatures do (blind8-10 classes)
        "The US said it would be difficult to meet that deadline.",
        "The Presidency hopes that Parliament will adopt its position before the summer.",
        "The agency expects the new system to be operational in 2027.",
        "The Commission explained that the proposal would oblige platforms to remove content.",
        "The US explained that the new order would strengthen the safeguards on collection.",
        "The Directive will bring online marketplaces within its scope.",
        "The proposal sets up an EU Centre, which the regulation would fund; the centre it "
        "would establish is to be based in The Hague.",
        "The Committee of the Convention is expected to approve the text in May.",
        "The Pact, which the Council is expected to adopt in May, was presented.",
        # French words that end like a future or an intention but commit no one
        "Compte tenu de la situation, les parties ont échangé leurs vues.",
        "La Commission a rendu compte de ses travaux.",
        "Le programme, qui prendra fin en 2025, a été évalué.",
        "Le front commun des deux parties a été salué.",
        "Alexandra Martin a présenté le rapport annuel.",
        # what fees or people will do, and what a rule becomes
        "Les États-Unis ont indiqué que ces frais financeraient la promotion du tourisme.",
        "Both sides expect more fighters and their families to try to return to Europe.",
        "Many of those who fled cannot return to their countries of origin.",
        "Canada's travel authorisation will become mandatory on 15 March 2016.",
        # a forecast in the near future is nobody's act
        "Selon Europol, la menace va croître au cours de l'année.",
        # the availability of things is no readiness of a side
        "La disponibilité des données de voyage reste inégale selon les compagnies.",
        # ... nor is what a plan aims at, or what a side said would be so (guards, blind64-66)
        "The action plan aims at the protection of victims.",
        "Le Trésor a indiqué qu'il serait difficile de conclure avant l'été.",
        # ... nor what a text provides for a body, a third party's threat, a text's content,
        # a readiness only to look at something, or planning as a noun (blind73-75)
        "OLAF to refer cases to the EPPO.",
        "DPAs to act if no solution is found.",
        "Proposal to cover all transfers.",
        "The Commission said it would be ready to examine the request.",
        "The joint planning of operations was discussed.",
        # blind79: a body "to" act with no time is what a text provides for it, not a pledge;
        # a bullet of positions names no step
        "- OLAF to refer cases to the EPPO.",
        "- US: TPS granted on 15 January;",
        "Under these partnerships, US officers would check the fingerprints of travellers.",
        "Delegations will find below a short account of the meeting.",
        # blind85-87: an end announced is no step announced; a plan not made; a fear of what
        # will happen
        "Le ministre a annoncé la fin de la mission.",
        "The Commission had not planned a workshop on the subject.",
        "Both sides saw a risk that smugglers will exploit the new route.",
        # ... and an indirect question, in English and French (blind86)
        "Kosovo asked when the Commission would present its next report on the roadmap.",
        "The EU asked whether Japan intended to ratify the Convention; Japan gave no date.",
        "Les délégations ont demandé si la Commission présenterait une proposition.",
        # ... and a commitment refused (blind85)
        "The US side could not commit to any date for the five Member States.",
        "The Administration declined to commit to a timetable.",
        # ... a forecast of a state, what an agreement would not do, and the future of a
        # French time clause (blind86)
        "The vote in the Third Committee was expected to be close.",
        "Delegations agreed that the agreement would not make the MLA Agreement unnecessary.",
        "Plusieurs délégations veulent un accord en place lorsque les règles s'appliqueront.",
        # ... and a body named by its task (blind101)
        "The unit tasked with fighting fraud reported on its cases.",
        "The task of the group was to review the data.",
    ],
)
def test_statements_are_not_commitments(sentence: str) -> None:
    assert not is_commitment(sentence)


# Each class of false commitment beside commitments of the same shape that must still be
# found: (a commitment, a sentence that commits nobody).
@pytest.mark.parametrize(
    ("commitment", "statement"),
    [
        # "agreed that": a side's act to come, not a view or a finding
        (
            "It was agreed that Frontex would draw up a joint risk analysis.",
            "The partners agreed that organised crime is a shared threat.",
        ),
        (
            "The delegations agreed that the experts would meet again in Vilnius.",
            "Both sides agreed that data on foreign fighters must be exchanged faster.",
        ),
        (
            "Ministers agreed that the working group is to finish its report by June.",
            "Ministers agreed that judicial independence is the yardstick by which progress "
            "will be judged.",
        ),
        (
            "Both sides agreed that the Commission shall report back in the spring.",
            "They agreed that the new rules will apply from May 2027.",
        ),
        # a future that is what a law, a text or a role does, a trend, an accession
        (
            "The Commission will apply the new guidelines to all pending files.",
            "The new entry-exit system will apply from October 2025.",
        ),
        (
            "The EU will help Moldova to equip its forensic laboratory.",
            "Visitors from Canada will need a travel authorisation from next year.",
        ),
        (
            "The EU will cover the costs of the training in Tirana.",
            "The review will cover four main areas, set out below.",
        ),
        (
            "Both sides will join forces against firearms trafficking.",
            "Montenegro will join the European Union in 2028 at the earliest.",
        ),
        (
            "The Commission will make an assessment of the pilot available to the partners.",
            "The new database will make it possible to trace weapons across borders.",
        ),
        (
            "The US will continue to fund the training of prosecutors.",
            "Arrivals on the central route will continue to rise this summer.",
        ),
        (
            "The partners will take stock of the action plan in the autumn.",
            "Closer cooperation with the platforms will be essential, and it will take time.",
        ),
        (
            "Both sides will decide on the next steps at the Ministerial.",
            "The pace of the negotiations will depend on the vote in Parliament.",
        ),
        (
            "Europol will keep testing the new tool with the partners.",
            "The interoperability framework will have a decisive role in border checks.",
        ),
        (
            "Croatia will host the next Forum in Zagreb.",
            "Poland, which will hold the Presidency next year, described its reforms.",
        ),
        # a Presidency's priorities described, beside the step it announces
        (
            "Poland set out its priorities and will host the next Forum in Warsaw.",
            "Poland set out its programme; its main priorities will be returns and drugs.",
        ),
        (
            "The incoming Presidency would organise a seminar on drones.",
            "The Presidency said its focus would be the external borders.",
        ),
        # a relative clause describing a law or a programme, unless it names an act or an event
        (
            "The Presidency named the next Forum, which will be held in Skopje in May.",
            "The Presidency set out its programme, which will focus on returns and drugs.",
        ),
        (
            "Europol set up a task force, which will start work in June.",
            "The EU presented the Regulation, which will change how visas are issued.",
        ),
        (
            "The sides set up a task force, which will report to the next Ministerial.",
            "The EU presented the Directive, which will enable judges to freeze assets.",
        ),
        (
            "The EU presented the work plan, in which the Commission will present two studies.",
            "Serbia presented its strategy, in which prevention will have a central place.",
        ),
        (
            "The EU described the Code, whose review the Commission will launch in 2026.",
            "The EU described the Code, whose annexes will also help border guards.",
        ),
        (
            "La présidence organisera un atelier sur la traite des êtres humains.",
            "La présidence a présenté son programme, qui portera sur la migration.",
        ),
        # a fear, a warning, the adversary or a trend as the subject of a forecast
        (
            "Both sides will exchange data on smuggling routes.",
            "Both sides are worried that smugglers will move to new routes.",
        ),
        (
            "The US would share its assessment of the threat with Europol.",
            "The Ministers warned that traffickers would send more arms through the region.",
        ),
        (
            "The EU and Canada will work together against fraudsters online.",
            "Fraudsters will turn to artificial intelligence to imitate voices.",
        ),
        (
            "The Commission will present a report on the threat next year.",
            "The threat will rise as the conflict continues.",
        ),
        (
            "The risk analysis will be presented by Frontex in May.",
            "The threat from armed drones will grow after the war.",
        ),
        (
            "Europol would keep monitoring the activity of the networks.",
            "Experts said that criminal networks would keep exploiting the crisis.",
        ),
        # a negative intention commits to nothing
        (
            "The Commission intends to reopen the consultation in 2026.",
            "The Commission does not intend to reopen the Directive.",
        ),
        (
            "The US plans to publish the new rules in June.",
            "The US does not plan to change the screening rules.",
        ),
        (
            "The EU will keep its standards under review.",
            "The EU will not lower its standards of data protection.",
        ),
        # an offer to act, not something offered to someone
        (
            "Norway offered to second two experts to the mission.",
            "The EU described the protection that Member States have offered to Afghans at risk.",
        ),
        (
            "The Commission offered to fund the translation of the handbook.",
            "The US recalled the support offered to the victims of the attacks.",
        ),
        # what others are expected to do, as a side reports it; an event still counts
        (
            "The Commission is expected to present practical options by June.",
            "The EU explained that all Member States are expected to transpose the Directive "
            "by 2026.",
        ),
        (
            "The Presidency informed participants that the next Forum is expected to take "
            "place in Skopje.",
            "The US told the EU that the Supreme Court is expected to rule on the case in June.",
        ),
        (
            "The Commission said that it is expected to adopt the proposal in May.",
            "The Commission noted that all partners are expected to align their visa policies.",
        ),
        (
            "The EU noted that the Commission is expected to present the report in May.",
            "The Presidency noted that the European Parliament is expected to vote on the text "
            "in May.",
        ),
        # a decision taken earlier, given as a date
        (
            "After a long debate, the Ministers decided to set up a contact group.",
            "The meeting took place a week after the Council decided to open negotiations.",
        ),
        # a plan said to be none, or a decision against (blind114)
        (
            "The Commission said it planned to propose a buy-back scheme at EU level.",
            "The Commission said it had no plan to propose a buy-back scheme at EU level.",
        ),
        (
            "Switzerland decided to organise the repatriation of the children in the camps.",
            "Switzerland decided not to organise the repatriation of the adults in the camps.",
        ),
        (
            "La Suisse a décidé d'organiser le rapatriement des enfants.",
            "La Suisse a décidé de ne pas organiser le rapatriement des adultes.",
        ),
        # ... what a parliament was expected to do, and what a text's term does (blind114)
        (
            "The Commission was expected to present the proposal in the spring.",
            "The co-legislators had agreed in December and the Parliament was expected to vote "
            "on it in the spring.",
        ),
        (
            "The Commission will renew the two adequacy decisions before June 2025.",
            "The Commission recalled that the two adequacy decisions will expire in June 2025.",
        ),
    ],
)
def test_each_class_of_false_commitment_beside_commitments_of_its_shape(
    commitment: str, statement: str
) -> None:
    assert (is_commitment(commitment), is_commitment(statement)) == (True, False)


MADE = dt.date(2023, 3, 16)


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("The next round will take place in June 2023 in Washington.", dt.date(2023, 6, 30)),
        ("It is planned on 7 June in Washington.", dt.date(2023, 6, 7)),
        ("They will meet in the second half of 2023.", dt.date(2023, 12, 31)),
        ("They will meet in the first quarter of 2024.", dt.date(2024, 3, 31)),
        ("The report is due before summer 2023.", dt.date(2023, 8, 31)),
        ("The negotiators will meet again in the autumn.", dt.date(2023, 11, 30)),
        ("They will conclude before the end of the year.", dt.date(2023, 12, 31)),
        ("The Commission will propose it in early 2024.", dt.date(2024, 4, 30)),
        ("A seminar will be held in 2024.", dt.date(2024, 12, 31)),
        ("A ministerial event is planned for June.", dt.date(2023, 6, 30)),
        ("A meeting in February will follow.", dt.date(2024, 2, 29)),  # the next February
        ("Both sides will keep working together.", None),
    ],
)
def test_due_dates(sentence: str, due: dt.date | None) -> None:
    assert due_date(sentence, MADE) == due


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        # a year, and the part of it
        ("Each delegation will name a contact point by the end of 2026.", dt.date(2026, 12, 31)),
        ("The Commission will table its proposal in the course of 2024.", dt.date(2024, 12, 31)),
        ("The partners aim to close the talks by mid-2025.", dt.date(2025, 7, 31)),
        ("The platform is to go live in late 2025.", dt.date(2025, 12, 31)),
        ("The Commission will present it early in 2024.", dt.date(2024, 4, 30)),
        ("A seminar will be held in the first months of 2024.", dt.date(2024, 4, 30)),
        ("The review is planned for Q3 2024.", dt.date(2024, 9, 30)),
        ("The funding will be extended into 2024.", dt.date(2024, 12, 31)),
        ("The agencies will draw up an update for 2025.", dt.date(2025, 12, 31)),
        ("The new law should be adopted before 2025.", dt.date(2024, 12, 31)),
        ("The Presidency will host the 2024 Forum in Vienna.", dt.date(2024, 12, 31)),
        # the meeting's year, and the next
        ("The two sides will hold a workshop next year.", dt.date(2024, 12, 31)),
        ("They will meet again later in the year.", dt.date(2023, 12, 31)),
        ("The plan will be updated in the second half of the year.", dt.date(2023, 12, 31)),
        ("They will report by year-end.", dt.date(2023, 12, 31)),
        (
            "Austria would host the 2024 round in the second half of that year.",
            dt.date(2024, 12, 31),
        ),
        # a delay from the meeting day
        ("The Presidency will report back within six months.", dt.date(2023, 9, 16)),
        ("The experts will meet again within three weeks.", dt.date(2023, 4, 6)),
        ("A decision will follow in two months' time.", dt.date(2023, 5, 16)),
        # days, months and seasons
        ("The delegations will meet on 3-4 October 2023.", dt.date(2023, 10, 4)),
        ("The ministers will meet on June 7, 2024.", dt.date(2024, 6, 7)),
        ("The unit will start work in the first half of June 2023.", dt.date(2023, 6, 15)),
        ("They will meet again at the end of April.", dt.date(2023, 4, 30)),
        ("Shelters will stay open through the winter.", dt.date(2024, 2, 29)),
        ("Both sides will settle it before the summer break.", dt.date(2023, 8, 31)),
        ("The US will host the meeting in September and October 2024.", dt.date(2024, 10, 31)),
        ("The working group will report by the end of the month.", dt.date(2023, 3, 31)),
        ("The sides will meet again next month.", dt.date(2023, 4, 30)),
        ("The Commission will present it in the second quarter.", dt.date(2023, 6, 30)),
        ("The sides will meet in the spring of next year.", dt.date(2024, 5, 31)),
        ("The sides will meet in June next year.", dt.date(2024, 6, 30)),
        ("The Presidency will hold the conference in H2 2024.", dt.date(2024, 12, 31)),
        ("The conference will take place in the first semester of 2024.", dt.date(2024, 6, 30)),
        ("The partners will implement the plan in 2024-2025.", dt.date(2025, 12, 31)),
        ("The plan will run for 2024-25.", dt.date(2025, 12, 31)),
        ("They will meet again in the coming autumn.", dt.date(2023, 11, 30)),
        ("The Presidency will report at the June JHA Council.", dt.date(2023, 6, 30)),
        ("The Working Party will prepare its views at its March meeting.", dt.date(2023, 3, 31)),
        ("Experts will report at their May session.", dt.date(2023, 5, 31)),
        ("It will present its priorities at the SCIFA meeting of July.", dt.date(2023, 7, 31)),
        (
            "Switzerland intends to resettle 1 500 refugees over 2024 and 2025.",
            dt.date(2025, 12, 31),
        ),
        ("La Norvège accueillera des réfugiés en 2024 et 2025.", dt.date(2025, 12, 31)),
        ("Les États associés participeront aux travaux dès janvier.", dt.date(2024, 1, 31)),
        ("The sides will meet over the next two years.", dt.date(2025, 3, 16)),
        # the term of a Presidency (packgen/data/presidencies.yaml), named or not
        ("The conference will be held under the Belgian Presidency.", dt.date(2024, 6, 30)),
        (
            "The Council will adopt it before the end of the Swedish Presidency.",
            dt.date(2023, 6, 30),
        ),
        (
            "Both sides will meet again during the incoming Spanish Presidency.",
            dt.date(2023, 12, 31),
        ),
        ("The text will be finalised under the next Presidency.", dt.date(2023, 12, 31)),
        ("The Spanish Presidency will host the next meeting.", None),  # who, not when
        # French
        ("La Commission présentera son rapport au premier semestre de 2024.", dt.date(2024, 6, 30)),
        ("Les parties se sont engagées à conclure d'ici la fin de 2024.", dt.date(2024, 12, 31)),
        ("Le groupe remettra son rapport avant la fin de l'année.", dt.date(2023, 12, 31)),
        ("La prochaine réunion aura lieu en juin.", dt.date(2023, 6, 30)),
        ("L'Ukraine entend adopter la loi à l'automne 2023.", dt.date(2023, 11, 30)),
        ("Un séminaire est prévu au printemps.", dt.date(2023, 5, 31)),
        ("La Commission présentera une proposition à la mi-2024.", dt.date(2024, 7, 31)),
        ("Le programme sera lancé début 2024.", dt.date(2024, 4, 30)),
        ("Les experts se réuniront de nouveau dans les six mois.", dt.date(2023, 9, 16)),
        ("Les deux parties organiseront un atelier l'année prochaine.", dt.date(2024, 12, 31)),
        ("Le Conseil doit statuer le 1er juillet 2023.", dt.date(2023, 7, 1)),
        ("Les experts se reverront le mois prochain.", dt.date(2023, 4, 30)),
        ("Le rapport sera présenté au Conseil JAI de juin.", dt.date(2023, 6, 30)),
        ("La réunion de juin dernier a été utile ; on se reverra en 2024.", dt.date(2024, 12, 31)),
        ("Les experts se réuniront à partir de septembre.", dt.date(2023, 9, 30)),
        ("Le rapport sera remis à la fin d'avril.", dt.date(2023, 4, 30)),
        ("Les experts se réuniront au cours du mois d'août.", dt.date(2023, 8, 31)),
        ("Les parties se réuniront au cours des six prochains mois.", dt.date(2023, 9, 16)),
        ("Les parties se réuniront en juin de l'année prochaine.", dt.date(2024, 6, 30)),
        ("Les experts se réuniront à l'automne de l'année prochaine.", dt.date(2024, 11, 30)),
        ("La réunion aura lieu en juin-juillet 2024.", dt.date(2024, 7, 31)),
        ("Au troisième trimestre, la Commission présentera son rapport.", dt.date(2023, 9, 30)),
        ("Die Kommission wird im Juni 2024 berichten.", dt.date(2024, 6, 30)),  # any EU month name
        ("Le texte a été adopté ; le gouvernement le présentera en 2024.", dt.date(2024, 12, 31)),
        (
            "Le règlement s'appliquera en mai 2024 ; l'agence sera prête d'ici là.",
            dt.date(2024, 5, 31),
        ),
        # "by then": the time named before it
        (
            "New rules apply from 1 January 2024, and the partners will be ready by then.",
            dt.date(2024, 1, 1),
        ),
        # no time, or none that says when
        ("Both sides will act as soon as possible.", None),
        ("The sides will return to this at the next meeting.", None),
        ("The US may extend the scheme.", None),
        ("Both sides will continue to work together in the coming months.", None),
        ("Les parties poursuivront leurs travaux dans les mois à venir.", None),
        ("Prices may fall further, and the partners will keep watch.", None),
        # a half-year named without its year: the next one ending after the meeting (blind87)
        (
            "The Commission will present, in the course of the second semester, a strategy.",
            dt.date(MADE.year, 12, 31),
        ),
    ],
)
def test_due_date_phrasings(sentence: str, due: dt.date | None) -> None:
    assert due_date(sentence, MADE) == due


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        # the clause of the commitment, not a setting before it
        ("Recalling the summit planned for May 2023, the Commission will publish its report in"
         " September 2023.", dt.date(2023, 9, 30)),
        ("Spain presented its priorities for the second half of 2023 and confirmed that it"
         " would host the next meeting in October 2023.", dt.date(2023, 10, 31)),
        ("The new centre, opened in April, will be joined by the US side.", None),
        ("The helpdesk was set up in May, and the US agreed to send an officer.", None),
        # a time in the subject of the commitment counts, even in a pair
        ("The meeting planned for June and the workshop will be held in Rome.",
         dt.date(2023, 6, 30)),
        # a time of a condition, up to its comma, is not the act's
        ("Both sides will sign the agreement as soon as it is finalised in June.", None),
        ("Once the mandate is adopted in May, the Commission will open negotiations.", None),
        ("Les parties signeront l'accord dès que le Parlement l'aura approuvé en juin.", None),
        ("Both sides will sign as soon as possible, by June 2024.", dt.date(2024, 6, 30)),
        ("The experts will meet once a year, starting in 2024.", dt.date(2024, 12, 31)),
        # a time fronted before it counts
        ("By the end of 2024, each partner will adopt a strategy.", dt.date(2024, 12, 31)),
        ("In June the Presidency will circulate a draft.", dt.date(2023, 6, 30)),
        # two acts: due when the first is
        ("The Commission will present the plan in 2024 and report to ministers in June.",
         dt.date(2023, 6, 30)),
        # a date before the meeting is no due date
        ("Since 2 February 2023 the rules apply, and both sides will review them in 2025.",
         dt.date(2025, 12, 31)),
        # a month qualified as early, late or mid, after a preposition
        ("The Commission will present that proposal in early July.", dt.date(2023, 7, 31)),
        ("It will organise an informal meeting in late January.", dt.date(2024, 1, 31)),
        ("Both sides will run the exercise by mid-November.", dt.date(2023, 11, 15)),
        # "before that date": the date named before it
        ("The interim rules expire on 3 April 2024: the EU intends to extend them before that"
         " date.", dt.date(2024, 4, 3)),
        ("Le régime expire le 3 avril 2024 ; la Commission proposera sa prorogation avant"
         " cette date.", dt.date(2024, 4, 3)),
        # a time after "after" or "beyond" opens a period: no deadline
        ("The Commission will inform partners of any decision on the period after March 2024.",
         None),
        ("Both sides will keep the programme beyond 2027.", None),
        ("La Commission fera rapport après juin 2024.", None),
        # ... and so does the time of an event after which the act comes
        ("Both sides will compare notes after the parliamentary elections in October.", None),
        ("Les deux parties feront le point après le scrutin européen de juin.", None),
        # a time that dates a thing done is past, whatever the month
        ("The US will share the results of the plan endorsed in May.", None),
        ("The experts will meet the countries concerned in May.", dt.date(2023, 5, 31)),
        ("The agreement will be signed in May.", dt.date(2023, 5, 31)),
        # another's act before "and will": the side's own act is the second
        ("The EU expects Parliament to vote in May and will sign the agreement in the autumn.",
         dt.date(2023, 11, 30)),
        # a year-less French half, and the end of a month named after "fin du mois"
        ("La Commission présentera son rapport au second semestre.", dt.date(2023, 12, 31)),
        ("Elle transmettra un projet d'ici la fin du mois d'avril.", dt.date(2023, 4, 30)),
        ("Elle transmettra un projet d'ici la fin du mois.", dt.date(2023, 3, 31)),
        # blind34-36: a range runs to its end; a time things have run since is no deadline; a
        # year said as "l'année 2025"
        ("Liaison officers will work at the centre from 26 July to 8 September.",
         dt.date(2023, 9, 8)),
        ("Des experts seront détachés du 3 juin au 15 juillet.", dt.date(2023, 7, 15)),
        ("They praised the coordination since 24 February and agreed to keep it up.", None),
        ("Ils ont salué la coordination depuis le 24 février et sont convenus de la poursuivre.",
         None),
        ("L'Office entend signer un protocole au cours de l'année 2025.", dt.date(2025, 12, 31)),
        # blind40-42: the US fiscal year ends on 30 September, after a word of time ...
        ("The US will admit several hundred of them before the end of fiscal year 2023.",
         dt.date(2023, 9, 30)),
        ("It expects to complete the assessment in FY 2024.", dt.date(2024, 9, 30)),
        ("Les États-Unis accueilleront 10 000 réfugiés au cours de l'exercice budgétaire 2023.",
         dt.date(2023, 9, 30)),
        # ... a Council named by its month (blind302)
        ("The Coordinator will circulate a paper before the JHA Council of March.",
         dt.date(2023, 3, 31)),
        # ... and the running one, with no year, is the next 30 September (blind298)
        ("The US said it would decide on the request by the end of the fiscal year.",
         dt.date(2023, 9, 30)),
        ("Les États-Unis statueront d'ici la fin de l'exercice budgétaire.", dt.date(2023, 9, 30)),
        # ... but the year of figures is no deadline
        ("The US will publish the refusal rates for fiscal year 2022 in the autumn.",
         dt.date(2023, 11, 30)),
        # blind73-75: a flash report's forms: a numeric date, "end-" a year or a month, a
        # fiscal year after "its", a season a review is moved to
        ("PRES will transmit the draft decision to the EP by 15.4.2023.", dt.date(2023, 4, 15)),
        ("COM to send its report before 30/06/2023.", dt.date(2023, 6, 30)),
        ("COM will present its assessment by end-2023.", dt.date(2023, 12, 31)),
        ("COM aims to reach a political agreement by end-January.", dt.date(2024, 1, 31)),
        ("The US undertook to process a share of them in its FY2024 programme.",
         dt.date(2024, 9, 30)),
        ("Both sides agreed to bring the joint review forward to spring 2024.",
         dt.date(2024, 5, 31)),
        # blind79: quarters in short, with a year or not ("T" for trimestre), and "d'ici fin
        # juin" (no article)
        ("Canada to send its comments on the AI Act proposal by end-Q3.", dt.date(2023, 9, 30)),
        ("FINTRAC to share its typology by end-Q1 2026.", dt.date(2026, 3, 31)),
        ("COM will report by the end of Q2.", dt.date(2023, 6, 30)),
        ("Ils ont convenu de recenser les affaires d'ici la fin du T2.", dt.date(2023, 6, 30)),
        ("Ils ont convenu de recenser les affaires d'ici fin juin.", dt.date(2023, 6, 30)),
        # ... a time counted from the meeting itself, and the term of a Presidency in short
        ("They agreed to run a case review within two weeks of the meeting.",
         dt.date(2023, 3, 30)),
        ("PRES aims to reach a deal with the EP before the end of its term.",
         dt.date(2023, 6, 30)),
        # ... but a verb after "to" is no season
        ("Arrivals are expected to fall once the route closes.", None),
        # blind81-82: two months in one time (the later ends it), and the year figures are for
        ("The experts will meet in April and May.", dt.date(2023, 5, 31)),
        ("Les experts se réuniront en mai et juin.", dt.date(2023, 6, 30)),
        ("Serbia will send its statistics on returns for 2022 before the mission in May.",
         dt.date(2023, 5, 31)),
        ("Serbia will send its statistics for 2023.", None),
        # the term of the Presidency that speaks
        ("The Swedish Presidency intends to conclude them before the end of its term.",
         dt.date(2023, 6, 30)),
        ("La présidence suédoise entend parvenir à un accord d'ici la fin de son mandat.",
         dt.date(2023, 6, 30)),
        ("The Commission will report before the end of its term.", None),
        # a deadline after a participle is to come
        ("The Presidency intends to have the Regulation formally adopted by the spring.",
         dt.date(2023, 5, 31)),
        # blind46-48: a relative clause after the act describes its object, with its time
        ("Both sides undertook to support the tribunal, whose prosecutor had opened an "
         "inquiry on 2 March.", None),
        ("Les deux parties soutiendront la Cour, dont le procureur a ouvert une enquête le "
         "2 mars.", None),
        ("The US offered to brief the Member States that go to the polls in 2024.", None),
        ("The US will ratify the treaty, which would allow it to enter into force early in 2024.",
         None),
        # ... but a clause that commits is the act's
        ("The sides will set up a group, which will report by June.", dt.date(2023, 6, 30)),
        # blind52-54: a relative clause in the present or past describes; an "if" clause's
        # time is the condition's (not "if possible"); the time after "after ..." opens a
        # period, however long the event's name
        ("The EU would take part in all three groups, drawing on the Agency, which replaces "
         "the EMCDDA in July 2024.", None),
        ("The Commission would propose an extension in good time if the negotiations could not "
         "be concluded before April 2024.", None),
        ("The Commission will report, if possible by June.", dt.date(2023, 6, 30)),
        ("The Commission expects to adopt the decision on 12 July, after the favourable vote of "
         "the Member States' representatives on 8 July.", dt.date(2023, 7, 12)),
        ("The Presidency said the trilogues had resumed after the summer and that it aims to "
         "close them in the autumn.", dt.date(2023, 11, 30)),
        # the middle of a month is its 15th (blind39, blind57)
        ("The Presidency will circulate the compromise text by mid-May.", dt.date(2023, 5, 15)),
        ("La présidence entend conclure les négociations avant la mi-juin.",
         dt.date(2023, 6, 15)),
        # a text named by its date is that text's, not the act's (blind56)
        ("The Commission offered to present the Strategy of 12 September to the partners.", None),
        # an event held, with its place between ("the Forum held in Riga on 4-5 May") is past
        ("Both sides reviewed the follow-up to the conference held in Riga on 4-5 May and "
         "agreed to support the prosecutors.", None),
        ("Europol intends to set up in June a team against smuggling networks.",
         dt.date(2023, 6, 30)),
        # a fall in numbers is no autumn (blind57); the fall of next year is
        ("The Commission undertook to raise the fall in seizures with the US side.", None),
        ("Both sides will review the arrangement in the fall of next year.",
         dt.date(2024, 11, 30)),
        # a period counted from an event not yet dated is no date (blind55)
        ("Both sides agreed to meet within two months of the Court's ruling.", None),
        ("Both sides agreed to meet within two months of this meeting.", dt.date(2023, 5, 16)),
        # a thing someone means to have done is to come, where it is done and all (blind58)
        ("The Presidency intends to have the protocol signed in Vienna on 9 October.",
         dt.date(2023, 10, 9)),
        ("The Presidency aims to have the long-awaited compromise text endorsed by Coreper in "
         "July.", dt.date(2023, 7, 31)),
        # ... but the event signed or held at a place still dates the past (guard)
        ("Both sides agreed to apply the protocol signed in Vienna on 9 March.", None),
        # an event named by its date is past (blind61)
        ("Both sides undertook to keep the follow-up to the Brussels attacks of 22 March at "
         "the top of their agenda.", None),
        ("Les deux parties vont suivre l'enquête sur les attentats du 13 novembre.", None),
        # "in the course of June" is June
        ("Europol agreed to compare the lists in the course of June.", dt.date(2023, 6, 30)),
        # a time that opens an earlier clause, before a semicolon, is that clause's (blind60)
        ("In June the Commission presented its roadmap; it will present a second one in 2024.",
         dt.date(2024, 12, 31)),
        # later in the month is the month's end (blind64)
        ("Les hauts fonctionnaires prépareront cette réunion plus tard dans le mois.",
         dt.date(2023, 3, 31)),
        ("Both sides will meet again later this month.", dt.date(2023, 3, 31)),
        # a deadline after a start is the act's (blind66); a start alone is none (guard)
        ("Europol undertook to send the figures on the requests verified since March by the end "
         "of October.", dt.date(2023, 10, 31)),
        ("The coordination in place since 24 February will continue.", None),
        # conclusions dated after the Council that adopted them are past (blind66)
        ("Les États-Unis ont salué les conclusions du Conseil de novembre et ont proposé de "
         "partager leur expérience.", None),
        ("The EU recalled the conclusions of the Council of 28 February and will write in May.",
         dt.date(2023, 5, 31)),
        # where a plan was announced dates the announcement (blind70)
        ("The two sides intend to host a forum on asset recovery in 2024, as announced at the "
         "London Summit in May.", dt.date(2024, 12, 31)),
        ("Les deux parties tiendront le forum en 2024, comme annoncé lors du sommet de mai.",
         dt.date(2024, 12, 31)),
        # Christmas is 25 December (blind70)
        ("The Presidency aims to conclude the trilogue before Christmas.", dt.date(2023, 12, 25)),
        ("La présidence entend conclure avant Noël.", dt.date(2023, 12, 25)),
        # the period a piece of work covers is no deadline; a thing set up in a month is past
        # (blind234, blind236)
        ("Frontex will present its risk analysis for the summer of 2023 at the next meeting.",
         None),
        ("Frontex will present its risk analysis in the summer of 2023.", dt.date(2023, 8, 31)),
        ("La Commission présentera son programme de travail pour 2024 au groupe.", None),
        ("Europol associera les États-Unis aux travaux de son nouveau centre, créé en janvier.",
         None),
        ("Europol associera les États-Unis aux travaux de son centre d'ici juin.",
         dt.date(2023, 6, 30)),
        # the outcome of a forum or a summit is reported after it: its day is no deadline
        # (blind251, blind252)
        ("The Commission will circulate the outcome of the Western Balkans Forum of 6 April.",
         None),
        ("La Commission rendra compte des résultats du sommet de Rome, prévu les 16 et 17 avril.",
         None),
        ("The Commission will circulate its summary by 6 April.", dt.date(2023, 4, 6)),
        # an event named by its year is that event (blind264); before it, in a month, is a time
        ("Both sides reaffirmed their commitment to share threat assessments for the Games of "
         "2024.", None),
        ("Europol will deploy officers before the Games in July.", dt.date(2023, 7, 31)),
    ],
)  # fmt: skip
def test_due_date_is_the_time_of_the_committed_act(sentence: str, due: dt.date | None) -> None:
    assert due_date(sentence, MADE) == due


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # a Presidency's term is a semester, before the calendar too (blind43)
        ("The Presidency intends to seek a way forward with Parliament before the end of its term.",
         dt.date(2013, 4, 25), dt.date(2013, 6, 30)),
        ("La présidence entend conclure avant la fin de son mandat.", dt.date(2011, 9, 1),
         dt.date(2011, 12, 31)),
        # 29 February is found in the year that has it, and no other
        ("It will host the next Senior Officials Meeting in Copenhagen on 28-29 February.",
         dt.date(2011, 12, 13), dt.date(2012, 2, 29)),
        ("It will host the next meeting on 29 February.", dt.date(2012, 12, 13), None),
        # two days joined by "and" run to the second (blind42)
        ("Malta will host the Senior Officials Meeting in Valletta on 28 February and 1 March.",
         dt.date(2017, 2, 14), dt.date(2017, 3, 1)),
        # a text's own date is no deadline (blind43)
        ("The Commission presented its communication of 25 October and intends to propose an "
         "Entry/Exit System in the second half of 2012.", dt.date(2011, 12, 13),
         dt.date(2012, 12, 31)),
        ("La Commission a présenté sa proposition du 16 novembre et entend conclure en 2017.",
         dt.date(2016, 12, 1), dt.date(2017, 12, 31)),
        # a deadline after "after ...": the period it opens ends where "before" begins (blind98)
        ("Both sides agreed to discuss the storage of data after departure at expert level "
         "before the Ministerial Meeting of 17 November.", dt.date(2017, 9, 27),
         dt.date(2017, 11, 17)),
        ("The Commission will brief the US on the options for the period after 3 April 2026 "
         "before the end of the year.", dt.date(2025, 10, 8), dt.date(2025, 12, 31)),
        # the months rates are for are their period (blind97)
        ("The agency will send the Commission the refusal rates for Romanian applicants for "
         "May and June by the end of July.", dt.date(2017, 5, 10), dt.date(2017, 7, 31)),
        # the day after the meeting (blind102)
        ("The Commission will table its proposal on the following day.", dt.date(2023, 10, 5),
         dt.date(2023, 10, 6)),
        ("La présidence diffusera le projet de conclusions le lendemain.", dt.date(2019, 6, 27),
         dt.date(2019, 6, 28)),
        # the end of a term extended is no deadline; extending it "by" a date is (blind102)
        ("Serbia intends to extend its temporary protection until March 2026.",
         dt.date(2024, 10, 5), None),
        ("Le Conseil fédéral entend prolonger le statut de protection jusqu'en mars 2026.",
         dt.date(2024, 10, 5), None),
        ("Both sides will extend the working arrangement by 31 December 2024.",
         dt.date(2024, 10, 5), dt.date(2024, 12, 31)),
        # ... and a term's end named before the act's own time leaves that time standing
        ("The Presidency expects to agree on extending the protection until March 2026 at the "
         "Council of 13-14 June.", dt.date(2024, 5, 2), dt.date(2024, 6, 14)),
        ("La présidence belge entend obtenir un accord sur sa prolongation jusqu'au 4 mars 2026 "
         "avant la fin de son mandat.", dt.date(2024, 5, 2), dt.date(2024, 6, 30)),
        ("The Commission will extend the consultation and report by March 2025.",
         dt.date(2024, 10, 5), dt.date(2025, 3, 31)),
        # the month after a judgment not yet given counts from it, not from the meeting
        # (blind103)
        ("Elle enverra une note aux délégations dans le mois suivant son prononcé.",
         dt.date(2022, 3, 2), None),
        ("Elle enverra une note aux délégations le mois suivant.", dt.date(2022, 3, 2),
         dt.date(2022, 4, 30)),
        # a date said after a period restates its end; two days across months with a bare
        # dash; what another party must do with the object has its own time (blind106, 108)
        ("The incoming Presidency intends to reach agreement before the end of its term on "
         "31 December.", dt.date(2023, 6, 8), dt.date(2023, 12, 31)),
        ("The US will host the gathering in Washington on 31 October-1 November.",
         dt.date(2023, 10, 18), dt.date(2023, 11, 1)),
        ("The Commission will share in the first quarter of 2025 a summary of the national "
         "plans, which Member States are due to submit by 12 December.", dt.date(2024, 10, 16),
         dt.date(2025, 3, 31)),
        ("The Commission will send the report by 12 December, which is the deadline.",
         dt.date(2024, 10, 16), dt.date(2024, 12, 12)),
        # figures for a period, a level named by its year, a period opened after a year, a text
        # opened for signature (blind110, blind112)
        ("By the end of September the Commission will send the figures on asylum applications "
         "by Iraqi nationals for the first half of 2009.", dt.date(2009, 7, 2),
         dt.date(2009, 9, 30)),
        ("The US would keep its funding at the level of 2023 next year.", dt.date(2023, 10, 10),
         dt.date(2024, 12, 31)),
        ("The Commission intends to present options for the period after 2024 at the meeting "
         "in December.", dt.date(2023, 10, 10), dt.date(2023, 12, 31)),
        ("Georgia confirmed its intention to sign the Protocol opened for signature in May.",
         dt.date(2022, 11, 10), None),
        # ... but a meeting's level is no year's, and a signature when the text opens for it
        # is due then
        ("Both sides agreed to resume the talks at expert level in September.",
         dt.date(2018, 6, 1), dt.date(2018, 9, 30)),
        ("The EU and the US intend to sign the Protocol when it is opened for signature on "
         "12 May 2022.", dt.date(2022, 3, 1), dt.date(2022, 5, 12)),
    ],
)  # fmt: skip
def test_due_date_of_a_term_a_leap_day_two_days_and_a_dated_text(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert due_date(sentence, made) == due


def _record(number: str, start: dt.date, title: str, items: list[Item]) -> OutcomeRecord:
    return OutcomeRecord(
        source=f"/corpus/{number.replace('/', '-')}.txt",
        sha256=number,
        number=number,
        marking="LIMITE",
        meeting=ReportedMeeting(title=title, place="Brussels", start=start),
        items=items,
    )


def _corpus() -> Corpus:
    return Corpus(
        records=[
            _record(
                "100/22",
                dt.date(2022, 6, 1),
                "EU-US JHA Ministerial Meeting",
                [
                    Item(
                        number="1",
                        title="Visa reciprocity",
                        text="The EU asked for progress. The next tripartite meeting will take"
                        " place in June 2023.",
                    ),
                    Item(
                        number="2",
                        title="Electronic evidence",
                        text="The talks advanced. The Umbrella Agreement will be reviewed in"
                        " 2024. Both sides agreed to continue discussing this matter.",
                    ),
                    Item(
                        number="3",
                        title="Drugs",
                        text="Fentanyl was discussed. Both sides agreed to hold an expert"
                        " meeting on precursors.",
                    ),
                ],
            ),
            _record(
                "200/22",
                dt.date(2022, 12, 1),
                "EU-US JHA Ministerial Meeting",
                [Item(number="1", title="Synthetic drugs", text="Both sides met experts.")],
            ),
            _record(
                "300/22",
                dt.date(2022, 12, 5),
                "EU-Canada JHA dialogue",
                [Item(number="1", title="Visa reciprocity", text="Canada spoke of visas.")],
            ),
        ]
    )


def test_status_taken_up_open_and_overdue() -> None:
    taxonomy = load_topics(DEFAULT_TOPICS)
    found = {
        f.sentence: f for f in topic_followups(_corpus(), taxonomy, as_of=dt.date(2023, 11, 20))
    }
    drugs = found["Both sides agreed to hold an expert meeting on precursors."]
    assert (drugs.status, drugs.taken_up.number, drugs.taken_up.item) == (
        "taken-up",
        "200/22",
        "item 1",
    )
    # visa: the EU-Canada dialogue is another series and takes nothing up; June 2023 has passed
    visa = found["The next tripartite meeting will take place in June 2023."]
    assert (visa.status, visa.due) == ("overdue", dt.date(2023, 6, 30))
    matter = found["Both sides agreed to continue discussing this matter [Electronic evidence]."]
    assert (matter.status, matter.topics) == ("open", ["cybercrime-e-evidence"])


def test_commitments_do_not_leak_across_topics() -> None:
    taxonomy = load_topics(DEFAULT_TOPICS)
    umbrella = [
        f
        for f in topic_followups(_corpus(), taxonomy, as_of=dt.date(2023, 1, 1))
        if "Umbrella" in f.sentence
    ]
    assert [f.topics for f in umbrella] == [["data-protection"]]
    e_evidence = topic_followups(_corpus(), taxonomy, "cybercrime-e-evidence")
    assert all("Umbrella" not in f.sentence for f in e_evidence)


def test_brief_followups_respect_limit_and_never_repeat_the_background() -> None:
    taxonomy = load_topics(DEFAULT_TOPICS)
    corpus = _corpus()
    entries, followups = item_history(
        corpus,
        taxonomy,
        ["visa-reciprocity", "organised-crime-drugs"],
        before=dt.date(2023, 12, 1),
        as_of=dt.date(2023, 11, 20),
        series="US",
    )
    printed = " ".join(e.summary for e in entries)
    assert {e.citation.number for e in entries} == {"100/22", "200/22"}  # not the EU-Canada one
    assert all(f.sentence not in printed for f in followups)
    assert all(f.status in ("open", "overdue") for f in followups)
    limited, later = item_history(
        corpus,
        taxonomy,
        ["visa-reciprocity", "organised-crime-drugs"],
        before=dt.date(2023, 12, 1),
        as_of=dt.date(2023, 11, 20),
        limit=1,
        series="US",
    )
    assert {e.citation.number for e in limited} == {"200/22"}
    assert later == []  # the June 2022 commitments are outside the one meeting kept


def test_subitem_sentence_carries_its_antecedent() -> None:
    taxonomy = load_topics(DEFAULT_TOPICS)
    record = _record(
        "400/23",
        dt.date(2023, 3, 1),
        "EU-US Senior Officials Meeting",
        [
            Item(
                number="1",
                title="Migration",
                text="Two points were discussed.",
                subitems=[
                    SubItem(
                        label="a",
                        title="Visa reciprocity",
                        text="The EU raised the issue again. The two sides agreed to continue"
                        " discussing this matter at the next meeting.",
                    )
                ],
            )
        ],
    )
    [found] = topic_followups(Corpus(records=[record]), taxonomy, "visa-reciprocity")
    assert found.sentence == (
        "The two sides agreed to continue discussing this matter [Visa reciprocity]"
        " at the next meeting."
    )


@pytest.mark.parametrize(
    ("as_of", "status"),
    [
        (dt.date(2023, 6, 29), "open"),
        (dt.date(2023, 6, 30), "open"),
        (dt.date(2023, 7, 1), "overdue"),
    ],
)
def test_overdue_only_once_the_due_date_is_before_the_brief(as_of: dt.date, status: str) -> None:
    taxonomy = load_topics(DEFAULT_TOPICS)
    found = {f.sentence: f for f in topic_followups(_corpus(), taxonomy, as_of=as_of)}
    visa = found["The next tripartite meeting will take place in June 2023."]
    assert (visa.due, visa.status) == (dt.date(2023, 6, 30), status)


def test_due_date_is_read_from_the_source_not_from_an_added_antecedent() -> None:
    record = _record(
        "400/22",
        dt.date(2022, 6, 1),
        "EU-US JHA Ministerial Meeting",
        [
            Item(
                number="1",
                title="Electronic evidence talks in 2024",
                text="The talks advanced. Both sides agreed to continue discussing this matter.",
            )
        ],
    )
    taxonomy = load_topics(DEFAULT_TOPICS)
    [found] = topic_followups(Corpus(records=[record]), taxonomy, as_of=dt.date(2025, 1, 1))
    assert found.sentence.endswith("this matter [Electronic evidence talks in 2024].")
    assert (found.due, found.status) == (None, "open")


def test_a_presidency_before_the_calendar_names_no_due_date() -> None:
    # the calendar starts in 2007: a text of 2005 cannot be told which Finnish term it meant
    sentence = "The workshop will be held under the Finnish Presidency."
    assert due_date(sentence, dt.date(2005, 3, 1)) is None
    # ... one of 2012 can: the order to 2020 was fixed in 2007, and Finland's next is 2019's
    assert due_date(sentence, dt.date(2012, 3, 1)) == dt.date(2019, 12, 31)
    assert due_date(sentence, dt.date(2019, 3, 1)) == dt.date(2019, 12, 31)


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        # the dated meeting a relative clause hangs the commitment on (blind85)
        (
            "The meeting prepared the Ministerial Meeting of 2 June in Amsterdam, which both "
            "sides intend to use for the signature of the agreement.",
            dt.date(2016, 6, 2),
        ),
        (
            "Delegations looked ahead to the conference of 20 June, at which the Presidency "
            "will present the report.",
            dt.date(2016, 6, 20),
        ),
        # ... not one already held, which a day without a year would roll over a year
        (
            "Delegations recalled the workshop of 2 March, which the Commission intends to repeat.",
            None,
        ),
    ],
)
def test_due_date_of_a_commitment_on_a_dated_meeting(sentence: str, due: dt.date | None) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, dt.date(2016, 5, 18)) == due


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # a side's intention, named by its owner (blind115)
        (
            "Delegations took note of the Commission's intention to propose a revision of the "
            "drug precursors rules in the autumn.",
            dt.date(2025, 6, 20),
            dt.date(2025, 11, 30),
        ),
        # the end of a Presidency named in French, and the summer break (blind115)
        (
            "Eurojust organisera une réunion d'experts avant la fin de la présidence belge.",
            dt.date(2024, 4, 16),
            dt.date(2024, 6, 30),
        ),
        (
            "La présidence vise à conclure les trilogues sous la présidence polonaise.",
            dt.date(2024, 11, 5),
            dt.date(2025, 6, 30),
        ),
        (
            "La présidence vise à conclure les trilogues avant la pause estivale.",
            dt.date(2026, 2, 20),
            dt.date(2026, 8, 31),
        ),
        # a quarter "of the year" after a year named: that year's (blind115)
        (
            "The Presidency intends to hold the first Senior Officials Meeting of 2026 in the "
            "first quarter of the year.",
            dt.date(2025, 11, 20),
            dt.date(2026, 3, 31),
        ),
    ],
)
def test_commitments_and_due_dates_of_the_blind113_to_blind116_first_runs(
    sentence: str, made: dt.date, due: dt.date
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # a pledge in a relative clause with no comma before it (blind118)
        (
            "The Commission outlined the revised strategy on cybersecurity that it would put "
            "forward in October.",
            dt.date(2017, 6, 28),
            dt.date(2017, 10, 31),
        ),
        # the term of the Presidency that speaks, however the sentence says its end (blind119)
        (
            "The Swedish Presidency intends to reach a general approach before its term ends.",
            dt.date(2023, 3, 1),
            dt.date(2023, 6, 30),
        ),
        (
            "It will submit a compromise text to the working party before the end of its term.",
            dt.date(2024, 9, 12),
            dt.date(2024, 12, 31),
        ),
    ],
)
def test_commitments_and_due_dates_of_the_blind117_to_blind120_first_runs(
    sentence: str, made: dt.date, due: dt.date
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # a text a side would put to a body, in a relative clause (blind124)
        (
            "The US described the draft resolution that the President would put to the Security "
            "Council summit on 24 September.",
            dt.date(2014, 9, 9),
            dt.date(2014, 9, 24),
        ),
        (
            "The Commission presented the proposal that it would put to the Council in March.",
            dt.date(2016, 1, 20),
            dt.date(2016, 3, 31),
        ),
        # an offer of help to someone named first (blind125)
        (
            "The FBI offered the French authorities the assistance of its Legal Attaché.",
            dt.date(2018, 12, 12),
            None,
        ),
        # a reported intention in French, in the imperfect (blind126)
        (
            "La délégation américaine a indiqué qu'elle entendait en accueillir davantage en 2014.",
            dt.date(2014, 3, 18),
            dt.date(2014, 12, 31),
        ),
        # the term of an incoming Presidency is the next semester (blind125)
        (
            "The incoming Austrian Presidency intends to reach a general approach by the end of "
            "its term.",
            dt.date(2018, 6, 19),
            dt.date(2018, 12, 31),
        ),
        (
            "La future présidence tchèque entend dégager une orientation générale avant la fin de "
            "son mandat.",
            dt.date(2022, 6, 9),
            dt.date(2022, 12, 31),
        ),
    ],
)
def test_commitments_and_due_dates_of_the_blind121_to_blind128_first_runs(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


def test_an_intention_asked_about_is_no_pledge() -> None:
    assert not is_commitment(
        "La partie américaine a souhaité savoir comment la Commission entendait réagir."
    )
    # (the Presidency in office keeps its own term)
    assert due_date(
        "The Austrian Presidency intends to reach a general approach by the end of its term.",
        dt.date(2018, 9, 12),
    ) == dt.date(2018, 12, 31)


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # notes' pledges of the services that speak for a side (blind314)
        (
            "DoC to confirm the list of review participants in the spring.",
            dt.date(2016, 9, 14),
            dt.date(2017, 5, 31),
        ),
        (
            "COM to invite DoJ to the expert workshop in December.",
            dt.date(2016, 9, 14),
            dt.date(2016, 12, 31),
        ),
        (
            "DEA to second an officer to Europol in the second half of 2024.",
            dt.date(2024, 1, 4),
            dt.date(2024, 12, 31),
        ),
        (
            "CBP to exchange its risk indicators with Frontex by end-March.",
            dt.date(2023, 1, 4),
            dt.date(2023, 3, 31),
        ),
        # an exchange a side would make (blind313)
        (
            "ENISA and CISA would exchange their findings on AI-assisted intrusions early in 2026.",
            dt.date(2025, 9, 4),
            dt.date(2026, 4, 30),
        ),
        # a count of weeks after a relative clause in the past is the pledge's, not the
        # clause's: nothing done can be dated "within two weeks" (blind313, blind316)
        (
            "Europol and the FBI will exchange the technical indicators they collected within two weeks.",
            dt.date(2017, 5, 30),
            dt.date(2017, 6, 13),
        ),
        (
            "The US offered to brief the financial intelligence units on the wallets it had identified within four weeks.",
            dt.date(2026, 3, 17),
            dt.date(2026, 4, 14),
        ),
    ],
)
def test_commitments_and_due_dates_of_the_blind313_to_blind316_first_runs(
    sentence: str, made: dt.date, due: dt.date
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # notes' pledges of two sides at once, with acts of notes (blind323)
        (
            "US to offer eTrace access to two more MS in the spring.",
            dt.date(2015, 2, 24),
            dt.date(2015, 5, 31),
        ),
        (
            "EU and US to coordinate positions for the organisational session in July.",
            dt.date(2020, 2, 25),
            dt.date(2020, 7, 31),
        ),
        (
            "DEA and Europol to run a joint analysis of container routes by the end of the third quarter.",
            dt.date(2023, 3, 16),
            dt.date(2023, 9, 30),
        ),
        (
            "ATF and Swedish police to sign a tracing arrangement at the EMPACT meeting of 7 June.",
            dt.date(2023, 3, 16),
            dt.date(2023, 6, 7),
        ),
        (
            "COM to run a briefing for US airlines and DHS in September.",
            dt.date(2025, 5, 13),
            dt.date(2025, 9, 30),
        ),
        # an agreement in French notes' present (blind323)
        (
            "La COM et le Trésor conviennent de préparer le prochain réexamen conjoint du TFTP au premier trimestre 2020.",
            dt.date(2019, 3, 28),
            dt.date(2020, 3, 31),
        ),
        # what a side would tell or compare (blind322)
        (
            "Canada would tell the EU when the bill had been tabled in Parliament.",
            dt.date(2013, 6, 4),
            None,
        ),
        (
            "Both sides would compare their positions on the draft Protocol before the plenary in July 2019.",
            dt.date(2018, 11, 4),
            dt.date(2019, 7, 31),
        ),
    ],
)
def test_commitments_and_due_dates_of_the_blind321_to_blind324_first_runs(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # what two sides would carry out or take part in (blind325, blind326)
        (
            "Europol and the FBI would carry out a joint review of seized devices by the end of June.",
            dt.date(2017, 3, 2),
            dt.date(2017, 6, 30),
        ),
        (
            "The Union would take part in the first meeting of the coalition in September.",
            dt.date(2023, 6, 1),
            dt.date(2023, 9, 30),
        ),
        (
            "Member States would participate in the tabletop exercise before the end of the year.",
            dt.date(2021, 3, 4),
            dt.date(2021, 12, 31),
        ),
        # a pledge reaffirmed in French (blind326)
        (
            "Les États-Unis ont réaffirmé que le Département de la justice transmettrait le projet au Congrès en septembre.",
            dt.date(2015, 1, 20),
            dt.date(2015, 9, 30),
        ),
    ],
)
def test_commitments_and_due_dates_of_the_blind325_to_blind328_first_runs(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # notes' pledges of a partner named by its code, due at the next meeting (blind332)
        (
            "MD to present its action plan on returns at the next Subcommittee.",
            dt.date(2022, 7, 12),
            None,
        ),
        (
            "RS to report on the vetting of border police at the next Forum.",
            dt.date(2018, 12, 10),
            None,
        ),
        # ... of each partner at once, or of an act that mobilises or finalises (blind332)
        (
            "Each partner to designate a contact point for returns by 30 June.",
            dt.date(2018, 12, 10),
            dt.date(2019, 6, 30),
        ),
        (
            "COM to mobilise funds for border equipment before the end of the year.",
            dt.date(2018, 3, 6),
            dt.date(2018, 12, 31),
        ),
        (
            "COM to finalise the working arrangements with Frontex in 2019.",
            dt.date(2018, 12, 10),
            dt.date(2019, 12, 31),
        ),
        # something promised to come, in French (blind339)
        (
            "La Moldavie a aussi promis un bilan de la réforme lors du prochain sous-comité.",
            dt.date(2019, 3, 5),
            None,
        ),
    ],
)
def test_commitments_and_due_dates_of_the_blind329_to_blind340_first_runs(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # a body a side would consult (blind347)
        (
            "The Presidency would consult the Terrorism Working Party on the draft statement in May.",
            dt.date(2012, 3, 6),
            dt.date(2012, 5, 31),
        ),
        # the year of the figures sent is no deadline (blind346)
        (
            "Les États-Unis transmettront leurs taux de refus de 2019 avant la fin du mois de janvier.",
            dt.date(2019, 11, 21),
            dt.date(2020, 1, 31),
        ),
        # (own: data named before a time of the act are not its period)
        (
            "La Commission fera le point sur la conservation des données au cours de l'automne.",
            dt.date(2014, 9, 1),
            dt.date(2014, 11, 30),
        ),
        # (own: as it already was right after the figures)
        (
            "The US will send the statistics of 2023 before the end of February.",
            dt.date(2023, 11, 8),
            dt.date(2024, 2, 29),
        ),
    ],
)
def test_commitments_and_due_dates_of_the_blind345_to_blind348_first_runs(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("The US will send its assessment within two weeks.", dt.date(2021, 10, 14)),
        ("Europol would reply within ten days.", dt.date(2021, 10, 10)),
        ("The Presidency will circulate a draft within one month.", dt.date(2021, 10, 30)),
        # a date the sentence names is no period: the meeting's close does not move it
        ("The US will send its assessment by 15 October.", dt.date(2021, 10, 15)),
    ],
)
def test_a_period_runs_from_the_last_day_of_a_two_day_meeting(sentence: str, due: dt.date) -> None:
    # (blind309, blind318, blind325: 18 of the 27 labelled pledges "within" a period made at
    # a meeting of more than one day count from its last day)
    assert due_date(sentence, dt.date(2021, 9, 29), ended=dt.date(2021, 9, 30)) == due


def test_a_system_to_start_in_notes_is_no_pledge() -> None:
    # (blind323) a system is no side: its start is a forecast
    assert not is_commitment(
        "COM: EES to start progressively from October; ETIAS to follow in the last quarter of 2026."
    )


def test_a_point_a_side_would_put_on_an_agenda_is_a_pledge() -> None:
    # (blind311) and its date is the meeting's
    sentence = (
        "The Presidency would put hybrid threats to elections on the agenda of the meeting of "
        "19 October."
    )
    assert is_commitment(sentence)
    assert due_date(sentence, dt.date(2021, 9, 20)) == dt.date(2021, 10, 19)
    assert is_commitment("The Commission will put the e-evidence talks on its agenda in May.")


@pytest.mark.parametrize(
    "sentence",
    ["The Presidency would put pressure on the partners.", "It would put the question to a vote."],
)
def test_put_in_other_senses_is_no_pledge(sentence: str) -> None:
    assert not is_commitment(sentence)


def test_undertakings_joined_by_a_semicolon_keep_their_own_dates() -> None:
    taxonomy = load_topics(DEFAULT_TOPICS)
    record = _record(
        "500/16",
        dt.date(2016, 9, 22),
        "EU-US Senior Officials Meeting",
        [
            Item(
                number="1",
                title="Privacy Shield",
                text="Both sides agreed to hold the first annual review in September 2017; the "
                "Commission will send the list of documents it needs by the end of March. The "
                "US regretted the delay; it was ready to help.",
            )
        ],
    )
    found = {
        f.sentence: f.due
        for f in topic_followups(Corpus(records=[record]), taxonomy, as_of=dt.date(2016, 10, 1))
    }
    assert found == {
        "Both sides agreed to hold the first annual review in September 2017.": dt.date(
            2017, 9, 30
        ),
        "the Commission will send the list of documents it needs by the end of March.": dt.date(
            2017, 3, 31
        ),
        # (one committing clause: the sentence stays whole)
        "The US regretted the delay; it was ready to help.": None,
    }


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # "the semester" is the meeting's half-year: a Presidency's term (blind129)
        (
            "Europol will send the Member States a summary of the prosecutions of returnees by "
            "the end of the semester.",
            dt.date(2019, 5, 16),
            dt.date(2019, 6, 30),
        ),
        (
            "La présidence présentera un rapport sur la mise en œuvre d'ici la fin du semestre.",
            dt.date(2022, 9, 20),
            dt.date(2022, 12, 31),
        ),
        # the period figures cover is no time to send them by (blind130)
        (
            "La délégation hongroise a proposé de présenter au groupe, en septembre, les chiffres "
            "de l'été.",
            dt.date(2015, 7, 7),
            dt.date(2015, 9, 30),
        ),
        (
            "The Commission will send the figures of the summer by the end of September.",
            dt.date(2017, 7, 7),
            dt.date(2017, 9, 30),
        ),
        # ... but data named further back leave a deadline's "of" alone
        (
            "Les deux parties entendent conclure les discussions sur les transferts de données "
            "d'ici la fin de janvier 2016.",
            dt.date(2015, 11, 13),
            dt.date(2016, 1, 31),
        ),
        (
            "DHS undertook to send the Commission figures on the fee revenue before the "
            "Ministerial Meeting of 9-10 December.",
            dt.date(2010, 9, 22),
            dt.date(2010, 12, 10),
        ),
        # a French participle dates a thing done, in the past (blind129); one to be done is due
        (
            "L'administration continuera de soutenir la proposition de loi déposée au Congrès en "
            "mars.",
            dt.date(2015, 7, 9),
            None,
        ),
        (
            "La Commission présentera l'accord signé le 2 juin au Parlement européen d'ici la fin "
            "de l'année.",
            dt.date(2015, 7, 9),
            dt.date(2015, 12, 31),
        ),
        (
            "La présidence veillera à ce que la proposition soit présentée au Conseil en octobre.",
            dt.date(2015, 7, 9),
            dt.date(2015, 10, 31),
        ),
    ],
)
def test_commitments_and_due_dates_of_the_blind129_to_blind132_first_runs(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # a participle placed "at" a body dates a thing done, as one placed "in" a city does
        (
            "Europol offered to send an analyst to the Cybercrime Centre, opened at Europol in "
            "January.",
            dt.date(2013, 6, 12),
            None,
        ),
        (
            "The US side will present the strategy adopted at the White House in May to the "
            "Member States.",
            dt.date(2021, 9, 14),
            None,
        ),
        # ... and one still to be done there is due
        (
            "The Commission will present the report to be adopted at Coreper in May.",
            dt.date(2021, 3, 2),
            dt.date(2021, 5, 31),
        ),
    ],
)
def test_a_thing_done_at_a_body_is_dated_in_the_past(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # a Presidency in waiting that opens the sentence speaks of its own term ...
        (
            "The Belgian Presidency intends to reach a general approach on the proposal before "
            "the end of its term.",
            dt.date(2023, 12, 12),
            dt.date(2024, 6, 30),
        ),
        (
            "La présidence polonaise entend parvenir à un accord avec le Parlement européen d'ici "
            "la fin de son mandat.",
            dt.date(2024, 11, 20),
            dt.date(2025, 6, 30),
        ),
        # ... the one in office of the semester's
        (
            "The Spanish Presidency intends to close the trilogues by the end of its term.",
            dt.date(2023, 10, 5),
            dt.date(2023, 12, 31),
        ),
        # ... and a Presidency named as the object is not the one whose term it is
        (
            "The Slovak Presidency will send the Maltese Presidency a list of the open actions "
            "before the end of its term.",
            dt.date(2016, 11, 22),
            dt.date(2016, 12, 31),
        ),
    ],
)
def test_a_presidency_that_speaks_of_its_term_is_read_by_the_calendar(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # the years a plan runs for are its name, not a time to act by
        (
            "La Commission entend présenter début 2026 une évaluation du plan d'action de "
            "l'Union contre le trafic d'armes à feu pour 2020-2025.",
            dt.date(2025, 1, 22),
            dt.date(2026, 4, 30),
        ),
        (
            "The Commission intends to present an evaluation of the EU action plan on drugs for "
            "2021-2025 in early 2026.",
            dt.date(2025, 1, 22),
            dt.date(2026, 4, 30),
        ),
        # ... "avant la fin du mois d'<verb>" is the end of this month; "d'avril" names one
        (
            "La Commission a indiqué qu'elle proposerait avant la fin du mois d'ériger en "
            "infraction pénale la violation des mesures restrictives.",
            dt.date(2022, 5, 11),
            dt.date(2022, 5, 31),
        ),
        (
            "La Commission transmettra avant la fin du mois d'octobre une note sur les mesures "
            "restrictives.",
            dt.date(2022, 5, 11),
            dt.date(2022, 10, 31),
        ),
    ],
)
def test_a_plans_years_and_a_month_followed_by_a_verb_are_read_as_such(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    ("sentence", "committing"),
    [
        # the asker's own next act, after an indirect question, commits
        (
            "La délégation des États-Unis a demandé comment les filières de passeurs étaient "
            "démantelées et a proposé de partager son expérience des contrôles aux frontières.",
            True,
        ),
        (
            "The US side asked how the networks were being dismantled and offered to share its "
            "own experience of checks at the southern border.",
            True,
        ),
        # ... the question alone does not
        (
            "La délégation a demandé si la Commission présenterait une proposition et comment "
            "elle serait financée.",
            False,
        ),
        # a ministry's conditional, as a side reports it, commits; an imperfect does not
        (
            "La partie américaine a confirmé que le ministère de la justice désignerait les pays "
            "bénéficiaires de la loi avant son entrée en vigueur.",
            True,
        ),
        (
            "Les États-Unis ont indiqué que le ministère de la justice préparait un projet de loi "
            "sur l'accès des États étrangers aux données.",
            False,
        ),
    ],
)
def test_an_act_after_a_question_and_a_ministry_s_conditional_commit(
    sentence: str, committing: bool
) -> None:
    assert is_commitment(sentence) is committing


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # notes' style: a side's infinitive with a month is a pledge, "by end March" a deadline
        (
            "HLCG to meet in Washington in April to resume work on redress.",
            dt.date(2009, 2, 19),
            dt.date(2009, 4, 30),
        ),
        (
            "PRES to remind the MS concerned of their outstanding instruments by end March.",
            dt.date(2009, 2, 19),
            dt.date(2009, 3, 31),
        ),
        (
            "Negotiators to hold the second round in Brussels in November.",
            dt.date(2019, 10, 7),
            dt.date(2019, 11, 30),
        ),
        (
            "- COM: legislative proposals on e-evidence planned for April.",
            dt.date(2018, 2, 21),
            dt.date(2018, 4, 30),
        ),
    ],
)
def test_pledges_in_notes_style_with_a_month(sentence: str, made: dt.date, due: dt.date) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    "sentence",
    [
        # ... and what a text provides for a body, with no side of the meeting, is none
        "OLAF to refer cases to the national authorities.",
        "Member States to transpose the Directive in May 2018.",
    ],
)
def test_a_text_s_provision_in_notes_style_is_no_pledge(sentence: str) -> None:
    assert not is_commitment(sentence)


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # initialling an agreement is a side's own act, whether it "expects to" or "is to"
        (
            "The Commission expects to initial the Agreement with the US in November.",
            dt.date(2011, 9, 20),
            dt.date(2011, 11, 30),
        ),
        (
            "The negotiators are to initial the text before the end of the year.",
            dt.date(2015, 6, 10),
            dt.date(2015, 12, 31),
        ),
    ],
)
def test_initialling_an_agreement_is_a_pledge(sentence: str, made: dt.date, due: dt.date) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


def test_collecting_the_member_states_experience_is_a_pledge() -> None:
    sentence = (
        "The Presidency would collect the Member States' experience with the Agreements by the "
        "end of the year."
    )
    assert is_commitment(sentence)
    assert due_date(sentence, dt.date(2010, 10, 26)) == dt.date(2010, 12, 31)


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # a promise made in French is a pledge, like "s'est engagée à"
        (
            "La Géorgie a promis de transmettre à Eurojust la liste de ses points de contact d'ici "
            "la fin de février.",
            dt.date(2019, 1, 15),
            dt.date(2019, 2, 28),
        ),
        (
            "Les autorités moldaves ont promis d'envoyer leur rapport à la Commission en mai.",
            dt.date(2023, 3, 2),
            dt.date(2023, 5, 31),
        ),
        # ... and so is what a side accepted to do ("a accepté de participer")
        (
            "L'Albanie a accepté d'accueillir une équipe d'experts de Frontex en juin.",
            dt.date(2017, 4, 3),
            dt.date(2017, 6, 30),
        ),
    ],
)
def test_a_promise_in_french_is_a_pledge(sentence: str, made: dt.date, due: dt.date) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # the year says which of its meetings an ordinal picks, not when the act is due
        (
            "Both sides agreed to review the pilot at the first Senior Officials Meeting of 2017.",
            dt.date(2016, 10, 4),
            None,
        ),
        (
            "La présidence présentera ses résultats lors de la dernière réunion de l'année.",
            dt.date(2021, 2, 9),
            None,
        ),
        # ... so the time the sentence names after it is the act's
        (
            "The Croatian Presidency intends to hold the first meeting of the year in Zagreb in "
            "March.",
            dt.date(2019, 11, 28),
            dt.date(2020, 3, 31),
        ),
        # ... and a month named is still a time ("at the first meeting of January 2014"), as is
        # a year that follows no ordinal meeting
        (
            "The incoming Presidency will present its priorities at the first meeting of January "
            "2014.",
            dt.date(2013, 11, 20),
            dt.date(2014, 1, 31),
        ),
        (
            "The Commission will report on the second negotiating round at the meeting of 12 "
            "November.",
            dt.date(2019, 10, 1),
            dt.date(2019, 11, 12),
        ),
        (
            "The Commission will publish its evaluation in 2017.",
            dt.date(2016, 10, 4),
            dt.date(2017, 12, 31),
        ),
    ],
)
def test_the_year_of_an_ordinal_meeting_is_no_due_date(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # notes' style: two sides at once, or acts such as answering or handing over, with a
        # time or a day
        (
            "COM and EEAS to circulate a joint non-paper at the JHA Council of 8-9 June.",
            dt.date(2017, 5, 10),
            dt.date(2017, 6, 9),
        ),
        (
            "US to answer the questions of the Member States by end of July.",
            dt.date(2014, 6, 4),
            dt.date(2014, 7, 31),
        ),
        (
            "PRES to hand over the list of open actions to the incoming PRES by 31 December.",
            dt.date(2019, 11, 5),
            dt.date(2019, 12, 31),
        ),
        # a planned action day, like a workshop or an operation
        (
            "Europol and the DEA plan a joint action day against these networks in the autumn.",
            dt.date(2023, 3, 1),
            dt.date(2023, 11, 30),
        ),
        # "in the course of the month", "dans le courant du mois": the month of the meeting
        (
            "Elle prévoit de présenter ses propositions dans le courant du mois.",
            dt.date(2013, 9, 10),
            dt.date(2013, 9, 30),
        ),
        (
            "The Commission plans to publish the guidelines in the course of the month.",
            dt.date(2021, 6, 8),
            dt.date(2021, 6, 30),
        ),
        # a side to debrief, brief or raise a point again, with its day
        (
            "PRES to debrief the Working Party at its meeting of 14 March.",
            dt.date(2017, 2, 20),
            dt.date(2017, 3, 14),
        ),
        (
            "COM to raise the question again at the Ministerial in Riga on 3 June.",
            dt.date(2015, 4, 20),
            dt.date(2015, 6, 3),
        ),
    ],
)
def test_more_pledges_in_notes_style(sentence: str, made: dt.date, due: dt.date) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # the month a body was left, in a clause on it, is past ("the ICPA, which the US left in
        # March")
        (
            "The EU reaffirmed its commitment to the work of the ICPA, which the US left in March.",
            dt.date(2026, 5, 20),
            None,
        ),
        # the date of the Council that adopted the text sent is the text's, not the deadline
        (
            "La présidence transmettra au Canada, d'ici la fin du mois, les conclusions adoptées "
            "par le Conseil JAI des 12 et 13 octobre.",
            dt.date(2017, 10, 4),
            dt.date(2017, 10, 31),
        ),
        # ... nor is the time of what the act rests on
        (
            "The Commission will adopt its report in March, on the basis of a mission to Kyiv in "
            "February.",
            dt.date(2016, 1, 12),
            dt.date(2016, 3, 31),
        ),
        # ... but a text to have adopted by the Council in a month is due then
        (
            "The Presidency aims to have the Regulation adopted by the Council in May.",
            dt.date(2016, 1, 12),
            dt.date(2016, 5, 31),
        ),
    ],
)
def test_the_time_of_a_text_or_of_what_the_act_rests_on_is_not_its_due_date(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # a deadline's own word closes the period "after" or "since" opened
        (
            "Europol plans to issue a protocol for takedowns after attacks by November.",
            dt.date(2020, 5, 12),
            dt.date(2020, 11, 30),
        ),
        (
            "Norway offered to send its figures on returns since the reform by the end of July.",
            dt.date(2024, 3, 5),
            dt.date(2024, 7, 31),
        ),
        # the outcome of a dated event is reported at the meeting named after it
        (
            "PRES will brief the Working Party on the outcome of the trilogue of 8 March at its "
            "meeting of 22 March.",
            dt.date(2023, 3, 1),
            dt.date(2023, 3, 22),
        ),
        # ... while a time after "after" with no such word still opens a period
        (
            "The Commission will present options for the period after March 2026.",
            dt.date(2025, 10, 2),
            None,
        ),
    ],
)
def test_a_deadline_after_a_period_it_follows(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    ("before", "sentence", "made", "due"),
    [
        # "before that date": the time the sentence before names
        (
            "The reciprocity rules oblige the Commission to act by 9 July.",
            "The Commission will send the US its assessment before that date.",
            dt.date(2014, 5, 20),
            dt.date(2014, 7, 9),
        ),
        (
            "Le règlement provisoire expire le 3 août 2027.",
            "La présidence entend conclure les négociations avant cette date.",
            dt.date(2027, 2, 11),
            dt.date(2027, 8, 3),
        ),
        (
            "The Working Party set the end of October as the deadline for replies.",
            "Member States undertook to answer the questionnaire by that date.",
            dt.date(2019, 9, 4),
            dt.date(2019, 10, 31),
        ),
        # "at that meeting", "lors de cette réunion": the day of the meeting named before
        (
            "The Commission announced the pledging conference on Syria, to be held on 14 March.",
            "The Member States aim to announce new resettlement places at that conference.",
            dt.date(2018, 2, 2),
            dt.date(2018, 3, 14),
        ),
        (
            "La réunion du Forum sur la migration se tiendra à Madrid les 6 et 7 juin.",
            "La Commission présentera lors de cette réunion son rapport sur les retours.",
            dt.date(2024, 4, 9),
            dt.date(2024, 6, 7),
        ),
        # "before the rules expire", "avant l'expiration": the day said for that lapse, not
        # the end of the extension the sentence before also names
        (
            "The Commission proposed to extend the interim rules, due to expire on 14 May "
            "2027, until 2029.",
            "The Presidency intends to agree the extension before the current rules expire.",
            dt.date(2026, 12, 10),
            dt.date(2027, 5, 14),
        ),
        (
            "Le mandat de la mission expire le 30 septembre.",
            "Les deux parties entendent convenir de la suite avant l'expiration du mandat.",
            dt.date(2019, 6, 3),
            dt.date(2019, 9, 30),
        ),
        (
            "The new Regulation enters into force on 12 January 2025.",
            "Member States undertook to designate their contact points before it enters into "
            "force.",
            dt.date(2024, 10, 15),
            dt.date(2025, 1, 12),
        ),
        # "before that vote": the day of the vote named before
        (
            "The Parliament's plenary vote on the agreement is set for 8 July.",
            "The Presidency will brief the rapporteur on the safeguards before that vote.",
            dt.date(2010, 6, 14),
            dt.date(2010, 7, 8),
        ),
        # ... only a meeting named with its day: a month or a takeover date is no meeting day
        (
            "The negotiators will hold the third round in Washington in October.",
            "The US offered to send its comments on the draft before that round.",
            dt.date(2016, 7, 1),
            None,
        ),
        (
            "The Irish Presidency, which starts on 1 July, will host the next meeting.",
            "The Commission will circulate a draft agenda for that meeting.",
            dt.date(2026, 5, 12),
            None,
        ),
        # ... and "six weeks before that meeting" counts from a day the text does not give
        (
            "The next meeting will be held in Vienna on 30 November.",
            "The Commission undertook to circulate its note six weeks before that meeting.",
            dt.date(2020, 9, 1),
            None,
        ),
        # ... nor does "by then" in a condition
        (
            "The interim rules lapse on 3 April 2026.",
            "The Commission will propose an extension if the Regulation is not adopted by then.",
            dt.date(2025, 11, 5),
            None,
        ),
        # ... and so are the elections named with their day (blind303)
        (
            "Moldova will hold parliamentary elections on 28 September.",
            "The Union intends to send a rapid response team before these elections.",
            dt.date(2025, 5, 14),
            dt.date(2025, 9, 28),
        ),
        (
            "Les élections législatives auront lieu le 28 septembre.",
            "L'Union entend déployer une équipe d'experts avant ces élections.",
            dt.date(2025, 5, 14),
            dt.date(2025, 9, 28),
        ),
        # a date already past is no due date
        (
            "The derogation expired on 2 February.",
            "The Commission will report on the consequences before that date.",
            dt.date(2022, 3, 1),
            None,
        ),
    ],
)
def test_a_time_pointed_back_to_is_named_before_the_sentence(
    before: str, sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made, before) == due
    # (without what was said before, nothing names the time)
    assert due_date(sentence, made) is None


def test_a_pointed_back_due_date_reaches_the_follow_up() -> None:
    text = (
        "The US side presented the agenda of the first meeting of the Counter Ransomware "
        "Initiative in Washington on 30 October. The Commission confirmed that it would take "
        "part in that meeting; the Presidency will report on its outcome by the end of "
        "November, before the JHA Council."
    )
    record = _record(
        "401/23",
        dt.date(2023, 9, 20),
        "EU-US JHA Senior Officials Meeting",
        [Item(number="2", title="Ransomware", text=text)],
    )
    taxonomy = load_topics(DEFAULT_TOPICS)
    found = topic_followups(Corpus(records=[record]), taxonomy, as_of=dt.date(2023, 11, 15))
    dues = {f.sentence: (f.due, f.status) for f in found}
    assert dues == {
        "The Commission confirmed that it would take part in that meeting.": (
            dt.date(2023, 10, 30),
            "overdue",
        ),
        "the Presidency will report on its outcome by the end of November, before the JHA "
        "Council.": (dt.date(2023, 11, 30), "open"),
    }


@pytest.mark.parametrize(
    ("sentence", "made", "undertakings"),
    [
        # another side's committing clause after "and" keeps its own date (blind288)
        (
            "Both sides agreed to compare their training curricula and the US will send its "
            "own by the end of March.",
            dt.date(2019, 1, 10),
            [
                ("Both sides agreed to compare their training curricula.", None),
                ("the US will send its own by the end of March.", dt.date(2019, 3, 31)),
            ],
        ),
        (
            "Les deux parties sont convenues de partager leurs analyses et la Commission "
            "présentera un rapport avant la fin de juin.",
            dt.date(2021, 2, 10),
            [
                ("Les deux parties sont convenues de partager leurs analyses.", None),
                ("la Commission présentera un rapport avant la fin de juin.", dt.date(2021, 6, 30)),
            ],
        ),
        # ... but not an "and" inside a subject
        (
            "The US will host the conference at which the Commissioner and the Attorney "
            "General will launch the network in Brussels on 5 December.",
            dt.date(2012, 9, 10),
            [
                (
                    "The US will host the conference at which the Commissioner and the Attorney "
                    "General will launch the network in Brussels on 5 December.",
                    dt.date(2012, 12, 5),
                )
            ],
        ),
        (
            "Both sides agreed to meet again, and the Commission and the Department of Justice "
            "will continue their talks in May.",
            dt.date(2020, 2, 10),
            [
                (
                    "Both sides agreed to meet again, and the Commission and the Department of "
                    "Justice will continue their talks in May.",
                    dt.date(2020, 5, 31),
                )
            ],
        ),
        # ... and a side named in lower case has its own clause too (blind302)
        (
            "Both sides agreed to close the talks by the end of 2014, and the experts will meet "
            "again in Vienna in March.",
            dt.date(2013, 11, 20),
            [
                ("Both sides agreed to close the talks by the end of 2014.", dt.date(2014, 12, 31)),
                ("the experts will meet again in Vienna in March.", dt.date(2014, 3, 31)),
            ],
        ),
    ],
)
def test_each_sides_clause_keeps_its_own_date(
    sentence: str, made: dt.date, undertakings: list[tuple[str, dt.date | None]]
) -> None:
    record = _record(
        "402/19",
        made,
        "EU-US JHA Senior Officials Meeting",
        [Item(number="3", title="Cybercrime", text=sentence)],
    )
    taxonomy = load_topics(DEFAULT_TOPICS)
    after = made + dt.timedelta(days=1)
    found = topic_followups(Corpus(records=[record]), taxonomy, as_of=after)
    assert [(f.sentence, f.due) for f in found] == undertakings


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # "lessons learned" is a noun, no thing done in the month after it (blind353)
        (
            "Europol will organise a workshop on lessons learned in October.",
            dt.date(2024, 5, 2),
            dt.date(2024, 10, 31),
        ),
        # (own: the other spelling)
        (
            "The two sides will exchange the lessons learnt in the spring.",
            dt.date(2021, 2, 3),
            dt.date(2021, 5, 31),
        ),
        # (own: a thing learned before a deadline still dates nothing)
        (
            "The Commission will present the lessons drawn from the exercise held in May by July.",
            dt.date(2024, 3, 5),
            dt.date(2024, 7, 31),
        ),
    ],
)
def test_commitments_and_due_dates_of_the_blind353_to_blind356_first_runs(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    ("sentence", "committed"),
    [
        # a step an earlier meeting had agreed, recalled by where it was agreed, is that
        # meeting's (blind357: "In Prague the two sides had agreed to review ...")
        ("In Vienna the two sides had agreed to hold a workshop on drones in the spring.", False),
        (
            "The Presidency recalled that in Tallinn the sides had planned to resume the talks.",
            False,
        ),
        (
            "At the last meeting both sides had undertaken to exchange their lists of contacts.",
            False,
        ),
        ("À Sofia, les deux parties étaient convenues de tenir un atelier sur les drones.", False),
        # (a new step after the recall still commits)
        (
            "At the previous meeting the sides had agreed to compare their rules; "
            "the US will send its rules by June.",
            True,
        ),
        # a request a side will put to its legislature is its step (blind358: "would ask
        # Congress to extend judicial redress"); one made is not
        (
            "The US confirmed that the Administration would ask Congress to extend the deadline.",
            True,
        ),
        ("The Commission will ask the European Parliament for its consent in May.", True),
        ("The US had asked Congress to act on the bill.", False),
        # (a decision reported, with no earlier meeting named, is still the side's step)
        (
            "The US said that the President had decided to admit five thousand refugees "
            "within a year.",
            True,
        ),
    ],
)
def test_steps_recalled_and_requests_to_a_legislature(sentence: str, committed: bool) -> None:
    assert is_commitment(sentence) is committed


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # the period a calendar covers is no deadline (blind360: "the dates of JAIEX meetings
        # for the second quarter")
        (
            "The Presidency will circulate the dates of the working party's meetings for the "
            "second half of the year.",
            dt.date(2019, 3, 5),
            None,
        ),
        (
            "La présidence diffusera le calendrier des réunions pour le second semestre.",
            dt.date(2019, 3, 5),
            None,
        ),
        # (a deadline beside it still counts)
        (
            "The Presidency will send the schedule for 2020 by the end of November.",
            dt.date(2019, 10, 2),
            dt.date(2019, 11, 30),
        ),
    ],
)
def test_commitments_and_due_dates_of_the_blind357_to_blind360_first_runs(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    ("sentence", "committed"),
    [
        # a side that would give access or name someone to a post commits itself (blind367:
        # "would give Europol access to eTrace"; blind365: "it would name a permanent
        # Ombudsperson")
        ("The FBI would give Frontex access to its watchlist data for a trial period.", True),
        ("Europol would grant the US liaison officers access to the platform.", True),
        ("The US would name a new ombudsperson by the end of March.", True),
        ("The State Department would name its special envoy before the summer.", True),
        # what a law or an agreement would give is no one's step
        ("A binding agreement would give EU citizens access to US courts.", False),
        ("The Commission said that the bill would give citizens access to the courts.", False),
        ("The new rules would give investigators access to stored data.", False),
        (
            "The Judicial Redress Bill before Congress would give EU citizens access to courts.",
            False,
        ),
        ("The US asked whether it would give EU citizens access to US courts.", False),
        # (nor is a name a text would use)
        ("The US said the report would name the countries concerned.", False),
    ],
)
def test_access_given_and_posts_filled_by_a_side(sentence: str, committed: bool) -> None:
    assert is_commitment(sentence) is committed


@pytest.mark.parametrize(
    ("sentence", "committed"),
    [
        # the answer to a question, put in apposition, commits the side that gives it
        # (blind375: "..., a question the Commission undertook to answer in writing within
        # three weeks")
        (
            "The US asked whether the new rules would apply to hosting services, a question "
            "the Commission undertook to answer in writing by June.",
            True,
        ),
        (
            "Europol wondered how the data would be shared, a point the US agreed to clarify "
            "at the next meeting.",
            True,
        ),
        # (a question left open commits no one)
        (
            "The US asked whether the Commission would present its report, a question left open.",
            False,
        ),
        # the account's imperfect of a side's intention (blind375: "La nouvelle commissaire
        # Jourová entendait conclure sans rouvrir les chapitres")
        ("La nouvelle présidence entendait présenter un compromis avant l'été.", True),
        ("Le ministre de l'intérieur entendait se rendre à Washington en mars.", True),
        # (not asked of another, nor an imperfect that governs no infinitive)
        ("Les États-Unis ont demandé comment la Commission entendait réagir.", False),
        ("La présidence entendait alors que les ministres soient informés.", False),
    ],
)
def test_answers_in_apposition_and_intentions_in_the_imperfect(
    sentence: str, committed: bool
) -> None:
    assert is_commitment(sentence) is committed


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # what was agreed, in the impersonal French form, is a commitment (blind379: "Il a été
        # convenu que les deux parties échangeraient ...")
        (
            "Il a été convenu que les deux délégations compareraient leurs listes de surveillance avant la fin de l'année.",
            dt.date(2011, 10, 12),
            dt.date(2011, 12, 31),
        ),
        (
            "Il a été convenu que la Commission informerait le groupe des résultats de l'étude au début de 2014.",
            dt.date(2013, 6, 3),
            dt.date(2014, 4, 30),
        ),
        (
            "Il a été décidé que le premier atelier commun serait organisé le 14 mars.",
            dt.date(2019, 1, 22),
            dt.date(2019, 3, 14),
        ),
        (
            "Les deux parties sont convenues que la présidence diffuserait une note de synthèse.",
            dt.date(2019, 1, 22),
            None,
        ),
        # ... and so is an act agreed with a long subject and a passive verb (blind379)
        (
            "It was agreed that the names of the persons linked to the cells dismantled in January would be shared through Europol by May.",
            dt.date(2016, 2, 10),
            dt.date(2016, 5, 31),
        ),
    ],
)
def test_what_was_agreed_in_impersonal_forms(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    "sentence",
    [
        # what might or must be is no act agreed
        "Il a été convenu que la question pourrait être réexaminée plus tard.",
        "Les parties sont convenues que la coopération devrait se poursuivre.",
        "Il a été convenu que l'échange d'informations était essentiel.",
    ],
)
def test_what_might_or_must_be_is_no_agreed_act(sentence: str) -> None:
    assert not is_commitment(sentence)


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        # a forecast of something else coordinated after the act keeps its own time (blind377:
        # "before the end of November, and the working group's report was expected in
        # October")
        (
            "The Commission will send its assessment of the scheme before the end of November, and the study on the costs was expected in October.",
            dt.date(2013, 11, 30),
        ),
        (
            "La Commission présentera son rapport avant la fin de novembre, et l'étude d'impact était attendue en octobre.",
            dt.date(2013, 11, 30),
        ),
        # (the act's own time is still read)
        (
            "The Commission will send its assessment in October, and the study was expected to follow.",
            dt.date(2013, 10, 31),
        ),
    ],
)
def test_a_forecast_coordinated_after_the_act_keeps_its_time(sentence: str, due: dt.date) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, dt.date(2013, 9, 26)) == due


@pytest.mark.parametrize(
    ("sentence", "committed", "due"),
    [
        # a meeting a side plans to hold, named by its noun (blind384: "Les deux parties
        # prévoient une réunion d'experts sur la réadmission au printemps")
        (
            "Les deux délégations prévoient une réunion d'experts sur les retours au printemps.",
            True,
            dt.date(2026, 5, 31),
        ),
        (
            "La Commission prévoit également un atelier sur les drogues de synthèse avant la fin de l'année.",
            True,
            dt.date(2025, 12, 31),
        ),
        # what a text provides for is no one's plan
        ("Le règlement prévoit une amende en cas de retard.", False, None),
    ],
)
def test_a_meeting_a_side_plans_in_french(
    sentence: str, committed: bool, due: dt.date | None
) -> None:
    assert is_commitment(sentence) is committed
    assert due_date(sentence, dt.date(2025, 12, 3)) == due


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # "before the summer" said once its break has begun is the next one's (blind387, a
        # meeting of 29 August)
        (
            "The Commission will send its evaluation of the scheme before the summer.",
            dt.date(2024, 8, 29),
            dt.date(2025, 8, 31),
        ),
        (
            "La Commission présentera son rapport avant l'été.",
            dt.date(2019, 8, 5),
            dt.date(2020, 8, 31),
        ),
        # (said before its break, late in June too, it is this one's; and "in the summer" is
        # the summer it is in)
        (
            "The Commission will send its evaluation of the scheme before the summer.",
            dt.date(2024, 6, 27),
            dt.date(2024, 8, 31),
        ),
        (
            "The Commission will send its evaluation of the scheme in the summer.",
            dt.date(2024, 7, 29),
            dt.date(2024, 8, 31),
        ),
        # the end of the quarter the meeting falls in (blind385)
        (
            "The Presidency will propose dates for the next meeting by the end of the quarter.",
            dt.date(2022, 5, 10),
            dt.date(2022, 6, 30),
        ),
        (
            "La présidence proposera des dates d'ici la fin du trimestre.",
            dt.date(2022, 11, 2),
            dt.date(2022, 12, 31),
        ),
        # the conclusions of an extraordinary Council are dated by it, not due then (blind386)
        (
            "The Presidency undertook to send the US by 20 May the conclusions of the extraordinary Council of 12 May.",
            dt.date(2011, 5, 5),
            dt.date(2011, 5, 20),
        ),
    ],
)
def test_times_read_from_where_the_meeting_stands(
    sentence: str, made: dt.date, due: dt.date
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


def test_what_a_side_reaffirms_it_would_do_is_a_commitment() -> None:
    # (blind386: "The Treasury reaffirmed that it would answer written questions ...")
    assert is_commitment("The Treasury reaffirmed that it would answer the Commission's questions.")
    assert is_commitment("The US reiterated that it would send the list of contact points.")
    assert not is_commitment("The US reiterated that it would be difficult to change the rules.")


@pytest.mark.parametrize(
    ("sentence", "committed"),
    [
        # a commitment so named, and an answer a side would ask for (blind392, blind390)
        ("La Commission a pris l'engagement de tenir le groupe informé après chaque cycle.", True),
        ("The US gave an undertaking to report back on the review in June.", True),
        ("The Commission would ask the US side for written answers before the summer.", True),
        (
            "L'Observatoire et la DEA prévoient un échange d'analystes d'ici à la fin de l'année.",
            True,
        ),
        # (not a question on what another would ask, nor a wish for time)
        ("The US asked whether the Commission would ask the Parliament for its view.", False),
        ("Several delegations would ask for more time.", False),
    ],
)
def test_commitments_so_named_and_answers_asked_for(sentence: str, committed: bool) -> None:
    assert is_commitment(sentence) is committed


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # the season of the meeting a body holds (blind400: "at its spring meeting in The Hague")
        (
            "Eurojust will hold a session with US prosecutors at its spring meeting in The Hague.",
            dt.date(2020, 2, 26),
            dt.date(2020, 5, 31),
        ),
        (
            "The network will present its report at their autumn plenary.",
            dt.date(2019, 6, 3),
            dt.date(2019, 11, 30),
        ),
        # when someone hopes the condition will be met is no due date of the act (blind403)
        (
            "The Commission would send the signed text to the Parliament once the Council has decided, which the US hoped would happen before the summer of 2012.",
            dt.date(2011, 11, 20),
            None,
        ),
        # (the act's own time is still read)
        (
            "The Commission will send the signed text to the Parliament before the summer of 2012.",
            dt.date(2011, 11, 20),
            dt.date(2012, 8, 31),
        ),
    ],
)
def test_the_season_of_a_bodys_meeting_and_a_hoped_for_condition(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # the time of a thing done by its author is the thing's, not the act's (blind428)
        (
            "The US offered to present the AI Risk Management Framework published by NIST in January at the next meeting.",
            dt.date(2023, 5, 10),
            None,
        ),
        (
            "The US offered to brief Europol's experts on the framework for assessing access proposals set out by the National Academies in February.",
            dt.date(2018, 7, 5),
            None,
        ),
        # (the act's own time after an author is still read)
        (
            "The Commission will have the mandate adopted by the Council in December.",
            dt.date(2010, 10, 5),
            dt.date(2010, 12, 31),
        ),
        # the years a programme, quota or ceiling runs for are no deadline (blind426)
        (
            "Les deux parties sont convenues d'échanger leurs programmes de réinstallation pour 2017.",
            dt.date(2016, 10, 10),
            None,
        ),
        (
            "The US will share its refugee admissions ceiling for 2018 with the Presidency.",
            dt.date(2017, 9, 12),
            None,
        ),
        # a time fronted with its small words is still fronted (blind428)
        (
            "Avant la fin du mois de mai, la Commission transmettra aux États-Unis une note sur les garanties prévues.",
            dt.date(2019, 4, 24),
            dt.date(2019, 5, 31),
        ),
        (
            "By the end of the month of May, the Commission will send the US a note.",
            dt.date(2019, 4, 24),
            dt.date(2019, 5, 31),
        ),
    ],
)
def test_the_time_of_a_thing_done_by_its_author_a_programmes_year_and_a_fronted_time(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # a period of one unit, in French (blind431)
        (
            "Le FBI a proposé de détacher deux analystes auprès des enquêteurs français dans un délai d'une semaine.",
            dt.date(2015, 11, 17),
            dt.date(2015, 11, 24),
        ),
        (
            "Le FBI transmettra la note dans un délai d'un mois.",
            dt.date(2015, 11, 17),
            dt.date(2015, 12, 17),
        ),
        # a text's own date after its author is past (blind39) ...
        (
            "The Commission will circulate a written note on the interim derogation from the ePrivacy rules adopted by the European Parliament on 6 July.",
            dt.date(2021, 9, 10),
            None,
        ),
        # ... but not a text "as adopted" later, nor an operation's time (blind370, blind74)
        (
            "The Presidency undertook to send the US the programme as adopted by the European Council in December.",
            dt.date(2009, 10, 20),
            dt.date(2009, 12, 31),
        ),
        (
            "Georgia agreed to receive a joint return operation coordinated by Frontex in September.",
            dt.date(2017, 6, 20),
            dt.date(2017, 9, 30),
        ),
    ],
)
def test_a_french_period_of_one_unit_and_the_date_of_a_text_after_its_author(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # an update given, in reported speech (blind436)
        (
            "The US would give an update on the refusal rates at the next Senior Officials Meeting.",
            dt.date(2023, 5, 9),
            None,
        ),
        # "compte rendu" is a report, not a participle (blind437)
        (
            "La présidence diffusera le présent compte rendu au Groupe JAIEX le 1er décembre.",
            dt.date(2015, 11, 17),
            dt.date(2015, 12, 1),
        ),
    ],
)
def test_an_update_given_and_a_report_named_compte_rendu(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


def test_a_state_is_not_given_as_an_update() -> None:
    assert not is_commitment("The threat would give rise to concern.")


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # the Council's own short form of the Commission, after a semicolon (blind442)
        (
            "Second round of reports received; Cion to send a short synthesis to the US in the autumn.",
            dt.date(2015, 2, 10),
            dt.date(2015, 11, 30),
        ),
        (
            "CION to circulate the revised template to delegations by 20 March.",
            dt.date(2012, 2, 14),
            dt.date(2012, 3, 20),
        ),
    ],
)
def test_the_commission_named_cion_in_notes(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # a question raised again at a later meeting (blind467)
        (
            "The Presidency would raise the matter again at the Ministerial in December.",
            dt.date(2016, 10, 4),
            dt.date(2016, 12, 31),
        ),
        # the French conditional of a side, alone or after a condition (blind470)
        (
            "La présidence transmettrait le rapport aux États-Unis avant la fin de juin.",
            dt.date(2019, 5, 14),
            dt.date(2019, 6, 30),
        ),
        (
            "Si le Congrès adoptait la loi, la Commission présenterait une proposition en mars.",
            dt.date(2015, 11, 10),
            dt.date(2016, 3, 31),
        ),
        # an aim a side confirms, in French (blind470)
        (
            "Les États-Unis ont réaffirmé leur objectif de réinstaller 15 000 réfugiés d'ici à la "
            "fin de l'exercice budgétaire.",
            dt.date(2017, 3, 8),
            None,
        ),
        # a flash report's pledge of both sides, or of two sides' experts (blind474)
        (
            "Both sides to take stock of the new rules in the spring.",
            dt.date(2012, 2, 15),
            dt.date(2012, 5, 31),
        ),
        (
            "COM and US experts to meet on precursors before the summer.",
            dt.date(2013, 3, 5),
            dt.date(2013, 8, 31),
        ),
        # an act done at an event to come, whose participle dates nothing done (blind467)
        (
            "Europol will present its findings at a seminar organised in Lisbon in October.",
            dt.date(2019, 6, 4),
            dt.date(2019, 10, 31),
        ),
        (
            "La Commission présentera le texte lors d'une réunion tenue à Bruxelles en avril.",
            dt.date(2021, 2, 9),
            dt.date(2021, 4, 30),
        ),
        # a task a side takes upon itself (blind477)
        (
            "The Commission took it upon itself to send the delegations a note on the ruling by 30 April.",
            dt.date(2020, 3, 10),
            dt.date(2020, 4, 30),
        ),
        # a period after "inform ... of": the "of" is the verb's (blind477)
        (
            "Europol undertook to notify the FBI within two months of the results of the analysis.",
            dt.date(2019, 5, 7),
            dt.date(2019, 7, 7),
        ),
    ],
)
def test_undertakings_of_rounds_115_to_117_and_their_times(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    "sentence",
    [
        "The new rules would raise concerns among service providers.",
        "La Commission souhaiterait une réponse écrite.",
        "Le Parlement européen serait consulté.",
    ],
)
def test_what_is_not_raised_again_or_a_sides_conditional(sentence: str) -> None:
    assert not is_commitment(sentence)


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # (blind497) a side confirming that its own text would be put forward
        (
            "La Commission a confirmé que sa proposition de règlement serait présentée au printemps.",
            dt.date(2022, 3, 23),
            dt.date(2022, 5, 31),
        ),
        (
            "La présidence a indiqué que son rapport serait publié en mars.",
            dt.date(2025, 1, 15),
            dt.date(2025, 3, 31),
        ),
        # (blind498) an offer after another of the side's acts
        (
            "Les États-Unis ont exposé le décret présidentiel et proposé d'organiser en juin un "
            "atelier d'experts sur l'usage de l'IA.",
            dt.date(2024, 3, 6),
            dt.date(2024, 6, 30),
        ),
        # (blind501) a reporting verb's second clause, and a side that insisted it would act
        (
            "Les États-Unis ont assuré que les nominations étaient en préparation et qu'ils "
            "communiqueraient les noms proposés avant la fin de l'année.",
            dt.date(2018, 1, 31),
            dt.date(2018, 12, 31),
        ),
        (
            "It insisted that it would give receiving countries the full threat assessment "
            "within a fortnight.",
            dt.date(2009, 3, 25),
            dt.date(2009, 4, 8),
        ),
        # (blind501) a fortnight, and the French "quinzaine"
        (
            "Both sides agreed to put their consular authorities in contact within a fortnight.",
            dt.date(2010, 1, 29),
            dt.date(2010, 2, 12),
        ),
        (
            "La Commission transmettra sa réponse sous quinzaine.",
            dt.date(2010, 1, 29),
            dt.date(2010, 2, 13),
        ),
        # (blind498) a side expecting to reach an agreement qualified by two words
        (
            "It expects to reach a provisional agreement before the end of the year.",
            dt.date(2026, 10, 21),
            dt.date(2026, 12, 31),
        ),
    ],
)
def test_undertakings_of_rounds_122_and_123_and_their_times(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    "sentence",
    [
        # what was done again, and a text recalled as someone else's to present
        "Le texte, qui a été adopté et proposé de nouveau, reste en suspens.",
        "La Commission a rappelé que sa proposition serait présentée par le commissaire.",
        # (a second clause that reports no side's act)
        "Le rapport montre que les flux ont baissé et qu'ils resteraient faibles.",
        "It insisted that it would be difficult to agree.",
    ],
)
def test_what_was_proposed_again_or_recalled_is_no_undertaking(sentence: str) -> None:
    assert not is_commitment(sentence)


def test_an_event_named_with_the_dates_a_thing_done() -> None:
    sentence = (
        "The Commission will report on the conclusions of the conference held in Lisbon in March."
    )
    assert due_date(sentence, dt.date(2019, 6, 4)) is None


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # (blind509, blind512) a paper a side would draw up or revise
        (
            "Eurojust and the FBI would draw up a joint note on asset tracing by the end of May.",
            dt.date(2012, 3, 1),
            dt.date(2012, 5, 31),
        ),
        (
            "The Commission would update its guidance for carriers before the summer.",
            dt.date(2019, 3, 5),
            dt.date(2019, 8, 31),
        ),
        # (blind507, blind510) an exchange a side plans, named by its noun
        (
            "Both delegations plan an expert exchange on drones in November.",
            dt.date(2021, 9, 8),
            dt.date(2021, 11, 30),
        ),
        # (blind507) the initialling aimed at, in French
        (
            "Les deux parties visent un paraphe du texte avant la fin de juin.",
            dt.date(2025, 4, 2),
            dt.date(2025, 6, 30),
        ),
        # (blind511) an event agreed on
        (
            "They agreed on a joint session of the two networks before the end of the year.",
            dt.date(2023, 5, 10),
            dt.date(2023, 12, 31),
        ),
        # (blind505) a body's paper named by its month
        (
            "The Presidency will present the findings in its June report.",
            dt.date(2013, 4, 11),
            dt.date(2013, 6, 30),
        ),
        # (blind506) the day a period for figures ends is no deadline
        (
            "The US will send the figures for the fiscal year ending on 30 September by the end "
            "of October.",
            dt.date(2016, 9, 20),
            dt.date(2016, 10, 31),
        ),
        # (blind506) a period counted from an event not yet dated, after a verb that has its "on"
        (
            "The Commission will brief the US on the texts within two weeks of their adoption.",
            dt.date(2016, 9, 20),
            None,
        ),
        # (blind523) an event a side plans, named by its noun, in French
        (
            "Europol et le FBI prévoient une opération conjointe sur les armes au second semestre.",
            dt.date(2024, 3, 4),
            dt.date(2024, 12, 31),
        ),
        # (blind523) the end of "the Presidency", unnamed: the one in office
        (
            "The Presidency will circulate a note on the ratifications by the end of the "
            "Presidency.",
            dt.date(2023, 11, 21),
            dt.date(2023, 12, 31),
        ),
        (
            "La présidence diffusera une note d'ici la fin de la présidence.",
            dt.date(2024, 3, 12),
            dt.date(2024, 6, 30),
        ),
        # (blind528) a side that is to send its report
        (
            "The Department of Commerce is to send the Commission its report by the end of June.",
            dt.date(2024, 2, 13),
            dt.date(2024, 6, 30),
        ),
        # (blind528) the outcome of an event planned for a month is reported after it
        (
            "The Presidency will inform the US experts of the outcome of the trilogue planned for "
            "October.",
            dt.date(2023, 9, 25),
            None,
        ),
        # (blind530) a flash note's pledge by a part of the year
        (
            "DEA and EUDA to exchange early warning data on new opioids in the second quarter.",
            dt.date(2025, 3, 12),
            dt.date(2025, 6, 30),
        ),
        # (blind532) an operation a side has planned, in French
        (
            "Les deux services ont prévu une opération conjointe de contrôle dans un délai de "
            "deux mois.",
            dt.date(2015, 12, 3),
            dt.date(2016, 2, 3),
        ),
        # (blind535) two sides of a flash note at once, with no time
        (
            "Europol and the FBI to exchange their internal guidance on AI tools.",
            dt.date(2025, 12, 5),
            None,
        ),
        # (blind533) an aim reaffirmed, with where it was set between commas
        (
            "Both sides reaffirmed the aim, set at the summit, of concluding the talks before the "
            "summer.",
            dt.date(2014, 4, 15),
            dt.date(2014, 8, 31),
        ),
        # (blind533) early in the new year
        (
            "The Commission undertook to present a draft mandate early in the new year.",
            dt.date(2009, 11, 20),
            dt.date(2010, 4, 30),
        ),
        # (blind512) the time of another side's remark, coordinated after the act
        (
            "The two sides will approach the candidate countries together, and the Presidency "
            "recalled that the Convention enters into force in March.",
            dt.date(2016, 9, 20),
            None,
        ),
    ],
)
def test_undertakings_of_rounds_125_to_132_and_their_times(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    "sentence",
    [
        # a text that would revise something, and a stance agreed on, are no side's act
        "The new Regulation would update the thresholds.",
        "Both sides agreed on a common approach to the screening of travellers.",
        # (what a text is to provide is no side's act)
        "The Regulation is to provide for an exchange of data.",
    ],
)
def test_a_texts_revision_or_an_approach_agreed_is_no_undertaking(sentence: str) -> None:
    assert not is_commitment(sentence)


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # (blind544) a side's act planned, in French
        (
            "Il est prévu que la Commission transmette aux délégations une analyse des flux d'ici "
            "à la fin de mars.",
            dt.date(2023, 2, 10),
            dt.date(2023, 3, 31),
        ),
        (
            "Il est prévu que la présidence présente un projet de conclusions avant le Conseil "
            "européen de juin.",
            dt.date(2011, 4, 7),
            dt.date(2011, 6, 30),
        ),
        # (blind542) the date of the Council a report went to is the report's, not a deadline
        (
            "The Presidency will forward to the US side the progress report presented to the "
            "Justice and Home Affairs Council of 13 June.",
            dt.date(2019, 6, 5),
            None,
        ),
        # (blind545) the near future of two sides' act, in French
        (
            "Europol et le FBI vont partager leurs analyses des nouvelles routes d'ici à la fin "
            "de septembre.",
            dt.date(2016, 6, 14),
            dt.date(2016, 9, 30),
        ),
        # (blind546) a flash note's plan of an event, with three words before its noun
        (
            "COM plans a second EU-US technical session early in 2019.",
            dt.date(2018, 10, 2),
            dt.date(2019, 4, 30),
        ),
    ],
)
def test_undertakings_of_rounds_134_and_135_and_their_times(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    "sentence",
    [
        # what is planned for a text or a system is no side's act
        "Il est prévu que la convention soit ouverte à la signature en mai.",
        "Il est prévu que le nouveau système entre en service en mai.",
    ],
)
def test_what_is_planned_for_a_text_is_no_undertaking(sentence: str) -> None:
    assert not is_commitment(sentence)


def test_the_summit_said_last_is_the_one_named_before_with_its_date() -> None:
    # (blind545) "looked ahead to the WePROTECT summit in London on 10-11 December. ... will
    # table a joint statement at the summit."
    before = "Both sides looked ahead to the ministerial summit in Rome on 14-15 May."
    sentence = "The Commission will present the joint declaration at the summit."
    assert due_date(sentence, dt.date(2015, 4, 20), before) == dt.date(2015, 5, 15)
    # (with no summit dated before, none)
    assert due_date(sentence, dt.date(2015, 4, 20), "Ministers welcomed the reports.") is None


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # (blind564) a reply a side owes, and a text it sends to a body
        (
            "The US side would give its comments on the draft principles within six weeks.",
            dt.date(2009, 3, 10),
            dt.date(2009, 4, 21),
        ),
        (
            "The Commission would put its recommendation for a negotiating mandate to the Council "
            "in November.",
            dt.date(2010, 9, 22),
            dt.date(2010, 11, 30),
        ),
    ],
)
def test_undertakings_of_round_139_and_their_times(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    "sentence",
    [
        # what a side gives or puts that is no reply owed nor a text sent to a body
        "The US said that the change would give its agencies more time.",
        "Several Member States would put pressure on the Council to act.",
    ],
)
def test_what_a_change_gives_or_pressure_put_is_no_undertaking(sentence: str) -> None:
    assert not is_commitment(sentence)


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # (blind571) a flash note's pledge of Europol's cybercrime centre with a US service
        (
            "EC3 and the FBI to run a joint exercise on ransomware payments in March.",
            dt.date(2023, 1, 24),
            dt.date(2023, 3, 31),
        ),
        (
            "- OLAF and HSI to exchange their lists of cases by June.",
            dt.date(2024, 2, 6),
            dt.date(2024, 6, 30),
        ),
        # (blind572) "depuis" before a place is no time things have run since
        (
            "L'OIM organisera des retours volontaires depuis Niamey dans un délai de trois "
            "semaines.",
            dt.date(2023, 3, 15),
            dt.date(2023, 4, 5),
        ),
    ],
)
def test_undertakings_of_round_141_and_their_times(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    "sentence",
    [
        # (blind587) people offered to help, named by what they do
        "Member States whose teams take part offered police spotters.",
        "Europol offered two analysts for the joint investigation team.",
        "The FBI offered investigators and trainers to the new unit.",
    ],
)
def test_people_offered_for_a_task_are_an_undertaking(sentence: str) -> None:
    assert is_commitment(sentence)


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # (blind593) a side named by its possessive in French, and its conditional
        (
            "La délégation américaine a annoncé que son gouvernement proposerait au Congrès un "
            "texte sur le recours juridictionnel avant l'été.",
            dt.date(2014, 6, 27),
            dt.date(2014, 8, 31),
        ),
        (
            "Les Canadiens ont indiqué que leurs autorités transmettraient les statistiques en "
            "mars.",
            dt.date(2016, 1, 20),
            dt.date(2016, 3, 31),
        ),
        # (blind596) "within the coming year": a year from the meeting, as "within a year"
        (
            "Frontex offered to train, within the coming year, the instructors of the border "
            "guard academy.",
            dt.date(2011, 11, 24),
            dt.date(2012, 11, 24),
        ),
        (
            "The Commission will fund three projects within the coming six months.",
            dt.date(2011, 11, 24),
            dt.date(2012, 5, 24),
        ),
    ],
)
def test_undertakings_of_round_147_and_their_times(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


def test_what_a_possessive_names_is_no_side_unless_it_acts() -> None:
    # ("son mandat prendrait fin": a term that ends, not a side that acts)
    assert not is_commitment("La présidence a rappelé que son mandat prendrait fin en juin.")


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # (blind611) a side that would ask another to act, as the sentence's subject
        (
            "The Slovenian Presidency would ask Europol to present its analysis to COSI in "
            "November.",
            dt.date(2021, 9, 24),
            dt.date(2021, 11, 30),
        ),
        (
            "It said that the Commission would ask the Member States for their figures before "
            "the summer.",
            dt.date(2016, 3, 10),
            dt.date(2016, 8, 31),
        ),
        # (blind611, blind448, blind353) something due before a meeting named only by its month:
        # the meeting's day is not said, so no date; at that meeting is within the month
        (
            "The Secretariat would report to the Working Party before the February Plenary.",
            dt.date(2020, 11, 6),
            None,
        ),
        (
            "The Presidency will brief CATS ahead of the June Ministerial.",
            dt.date(2018, 3, 2),
            None,
        ),
        (
            "The Presidency will brief CATS before its May meeting.",
            dt.date(2018, 3, 2),
            None,
        ),
        (
            "The Secretariat will present the typologies report at the February Plenary.",
            dt.date(2020, 11, 6),
            dt.date(2021, 2, 28),
        ),
    ],
)
def test_undertakings_of_round_151_and_their_times(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    "sentence",
    [
        # what a text would ask of others is its content, not a side's undertaking
        "The Commission explained that its Strategy, adopted in May, would ask the Member "
        "States to set up national contact points.",
        "It recalled that the recommendation, now being drafted, would ask the Council to "
        "authorise the negotiations.",
    ],
)
def test_what_a_text_would_ask_is_no_undertaking(sentence: str) -> None:
    assert not is_commitment(sentence)


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # (blind614) a time in what prompted the act is that event's, not the act's
        (
            "The Commission said it would table proposals on Schengen governance in the coming "
            "days, following the incidents at the internal border in the spring.",
            dt.date(2011, 9, 29),
            None,
        ),
        (
            "The Commission will present its proposal in June, following the attacks in Paris in "
            "November.",
            dt.date(2016, 1, 20),
            dt.date(2016, 6, 30),
        ),
        (
            "La Commission présentera un plan d'action en juin, à la suite des attentats de "
            "novembre.",
            dt.date(2016, 1, 20),
            dt.date(2016, 6, 30),
        ),
        (
            "La présidence transmettra une note dans les prochains jours, suite aux incidents de "
            "mars.",
            dt.date(2016, 1, 20),
            None,
        ),
    ],
)
def test_a_time_in_what_prompted_the_act_is_not_its_due_date(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize(
    "sentence",
    [
        # (blind620) a round of talks a side plans, named by its noun and its rank
        "COM and the Department of Commerce plan another negotiating round in Washington before "
        "the end of November.",
        "Les deux délégations de négociation prévoient un troisième cycle à Bruxelles en janvier.",
        "Les deux parties prévoient un nouveau cycle de négociations en mars.",
    ],
)
def test_a_round_of_talks_a_side_plans_is_an_undertaking(sentence: str) -> None:
    assert is_commitment(sentence)


def test_a_cycle_a_text_provides_for_is_no_undertaking() -> None:
    # (what a text lays down: "un troisième cycle de contrôles")
    assert not is_commitment("Le texte prévoit un troisième cycle de contrôles.")


@pytest.mark.parametrize(
    ("sentence", "made", "due"),
    [
        # (blind635) a side that would raise something again at a later meeting
        (
            "The Presidency would raise the situation of the four Member States again at the "
            "Ministerial in June.",
            dt.date(2014, 3, 12),
            dt.date(2014, 6, 30),
        ),
        # (blind635) what a side collects to pass on
        (
            "Europol would compile the national replies for the FBI in May.",
            dt.date(2021, 3, 3),
            dt.date(2021, 5, 31),
        ),
        # (blind636) a reflexive conditional of a side, in French
        (
            "Les États-Unis ont indiqué qu'ils s'engageraient à transmettre les chiffres avant "
            "la fin de l'année.",
            dt.date(2015, 10, 6),
            dt.date(2015, 12, 31),
        ),
        # (blind635) a period counted in a number written out ("quinze jours")
        (
            "La présidence réunira les États membres concernés dans un délai de quinze jours.",
            dt.date(2015, 7, 14),
            dt.date(2015, 7, 29),
        ),
    ],
)
def test_undertakings_of_round_157_and_their_times(
    sentence: str, made: dt.date, due: dt.date | None
) -> None:
    assert is_commitment(sentence)
    assert due_date(sentence, made, ended=made) == due


def test_what_a_law_would_raise_again_is_no_undertaking() -> None:
    assert not is_commitment("It said that the law would raise the threshold again in 2020.")


@pytest.mark.parametrize("case", round_cases(FIXTURES / "followups"))
def test_undertakings_drawn_from_first_runs_and_their_times(case: dict) -> None:
    # the cases of each round since blind637-640 live in fixture files, one per round
    assert is_commitment(case["sentence"]), case["why"]
    assert due_date(case["sentence"], case["made"], ended=case["made"]) == case["due"], case["why"]
