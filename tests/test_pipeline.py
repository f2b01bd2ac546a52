"""Pipeline.process / process_many and ingest(): stages in order, idempotent, one bad file skipped."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from diplograph.errors import InputError
from diplograph.pipeline import ingest
from diplograph.records import Document, PartialDate
from diplograph.store import Store

TEXTS = [
    "Finland joined NATO in 2023.",
    "Norway sent aid to Nepal in 2015.",
    "Canada sanctioned Myanmar last year.",
]


def summary(processed: Any) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.source and e.source.id, e.date and e.date.iso()) for e in processed.events]


def test_process_many_gives_what_process_gives(pipeline: Any) -> None:
    documents = [
        Document(text=text, source=f"{i}.txt", date=PartialDate(2022, 3))
        for i, text in enumerate(TEXTS)
    ]
    batched = list(pipeline.process_many(documents))
    assert [p.document.id for p in batched] == [d.id for d in documents]
    assert [summary(p) for p in batched] == [summary(pipeline.process(d)) for d in documents]
    assert summary(batched[2]) == [("SANCTION", "CAN", "2021")]


def test_process_finds_mentions_with_offsets(pipeline: Any) -> None:
    document = Document(text="Moscow warned Kyiv.", source="m.txt")
    mentions = pipeline.process(document).mentions
    assert {(m.text, m.actor_id) for m in mentions} >= {("Moscow", "RUS"), ("Kyiv", "UKR")}
    for mention in mentions:
        assert document.text[mention.start : mention.end] == mention.text


def test_ingest_stores_new_documents_once_and_reports_bad_ones(
    pipeline: Any, tmp_path: Path
) -> None:
    for i, text in enumerate(TEXTS):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(TEXTS[0], encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    seen: list[Any] = []
    with Store.open("sqlite://") as store:
        first = ingest(
            [tmp_path],
            store,
            pipeline=pipeline,
            default_date=PartialDate(2022, 3),
            on_document=seen.append,
        )
        again = ingest([tmp_path], store, pipeline=pipeline)
        counts = store.counts()
    assert len(first.added) == 3 and len(first.skipped) == 1
    assert [type(f) for f in first.failed] == [InputError] and "empty.txt" in str(first.failed[0])
    assert not first.ok and first.events >= 3
    assert len(seen) == 5
    assert again.added == [] and len(again.skipped) == 4
    assert counts["documents"] == 3


def test_third_person_verbs_tagged_as_plural_nouns_are_retagged(pipeline: Any) -> None:
    parsed = pipeline.nlp("The Ministry thanks Uzbekistan for its help. Border skirmishes")
    thanks, skirmishes = parsed[2], parsed[-1]
    assert (thanks.pos_, thanks.lemma_) == ("VERB", "thank")
    assert skirmishes.pos_ == "NOUN"  # a headline noun with no object stays a noun


def test_an_acronym_tagged_as_a_verb_is_the_subject_again(pipeline: Any) -> None:
    parsed = pipeline.nlp("ECOWAS imposed sanctions on Niger.")
    ecowas, imposed, sanctions = parsed[0], parsed[1], parsed[2]
    assert ecowas.pos_ == "PROPN" and (ecowas.dep_, ecowas.head.i) == ("nsubj", imposed.i)
    assert imposed.dep_ == "ROOT" and (sanctions.dep_, sanctions.head.i) == ("dobj", imposed.i)


def test_a_compound_plural_noun_read_as_a_verb_is_the_object_again(pipeline: Any) -> None:
    """ "asset freezes": spaCy reads "freezes" as a verb with "asset" (or "bans and asset") as
    its subject; a singular verb after a coordinated subject, or a subjectless finite clause
    on the main verb, gives the misreading away."""
    coordinated = pipeline.nlp("Canada imposed visa bans and asset freezes on Belarusian judges.")
    imposed, bans, freezes = coordinated[1], coordinated[3], coordinated[6]
    assert (bans.dep_, bans.head.i) == ("dobj", imposed.i)
    assert (freezes.pos_, freezes.dep_, freezes.head.i) == ("NOUN", "conj", bans.i)
    alone = pipeline.nlp("Britain imposed asset freezes on ten Iranian generals.")
    assert (alone[3].pos_, alone[3].dep_, alone[3].head.i) == ("NOUN", "dobj", 1)
    followed = pipeline.nlp("Canada followed with asset freezes of its own.")
    assert (followed[4].pos_, followed[4].dep_, followed[4].head.i) == ("NOUN", "pobj", 2)
    clause = pipeline.nlp("Analysts said inflation remains high.")
    assert clause[3].pos_ in ("VERB", "AUX")  # a real clause keeps its verb


def test_names_after_a_fronted_phrase_are_the_subject_not_more_of_its_list(pipeline: Any) -> None:
    """ "At a summit in Astana, Kazakhstan and Uzbekistan signed ...": spaCy reads "Astana,
    Kazakhstan and Uzbekistan" as one list and leaves "signed" without a subject."""
    parsed = pipeline.nlp("At a summit in Riga, Latvia and Estonia signed a border treaty.")
    latvia, estonia, signed = parsed[6], parsed[8], parsed[9]
    assert (latvia.dep_, latvia.head.i) == ("nsubj", signed.i)
    assert (estonia.dep_, estonia.head.i) == ("conj", latvia.i)
    stolen = pipeline.nlp("After talks in Hanoi, Vietnam and Laos agreed to expand trade.")
    assert (stolen[1].dep_, stolen[5].dep_) == ("pobj", "nsubj")
    listed = pipeline.nlp("In Moscow, Putin and Xi signed a statement.")
    assert listed[3].dep_ == "nsubj"


def test_states_after_a_fronted_phrase_act_and_host_nothing(pipeline: Any) -> None:
    text = "At a summit in Riga, Latvia and Estonia signed a border treaty."
    events = pipeline.process(Document(text=text, source="case.txt")).events
    found = {(e.type, e.source.id if e.source else None) for e in events}
    assert {("SUPPORT", "LVA"), ("HOSTS", "LVA")} <= found and ("HOSTS", "EST") not in found


def test_a_second_name_joins_the_first_not_the_noun_they_own(pipeline: Any) -> None:
    """ "the efforts of the African Union and IGAD to bring ...": spaCy may coordinate "IGAD"
    with "efforts"; it belongs with the other name, the object of "of"."""
    parsed = pipeline.nlp(
        "Norway supports the efforts of the African Union and IGAD to bring the parties back."
    )
    union, igad = parsed[7], parsed[9]
    assert (igad.dep_, igad.head.i) == ("conj", union.i)


def test_a_participle_on_a_root_noun_is_the_sentences_verb(pipeline: Any) -> None:
    """ "Hundreds of people protested outside ...": spaCy may make "Hundreds" the root with
    "protested" a reduced relative on it; a full sentence has a verb."""
    parsed = pipeline.nlp("Hundreds of people protested outside the Chinese embassy in Manila.")
    hundreds, protested = parsed[0], parsed[3]
    assert protested.dep_ == "ROOT" and (hundreds.dep_, hundreds.head.i) == ("nsubj", 3)


def test_an_apposition_to_a_fronted_place_is_the_subject(pipeline: Any) -> None:
    """ "Five years ago, in Dayton, the Government of Bosnia and ... signed": spaCy makes the
    government an apposition to the place and leaves "signed" without a subject."""
    parsed = pipeline.nlp(
        "Five years ago, in Dayton, the Government of Bosnia and the Republic of Croatia "
        "signed an agreement to end the war."
    )
    government, signed = parsed[8], parsed[16]
    assert (government.dep_, government.head.i) == ("nsubj", signed.i)


def test_a_past_tense_on_a_root_noun_is_the_sentences_verb(pipeline: Any) -> None:
    parsed = pipeline.nlp(
        "The Qatari emir, Sheikh Tamim bin Hamad Al Thani, conferred with Iranian President "
        "Ebrahim Raisi in Tehran on Sunday."
    )
    emir, conferred = parsed[2], parsed[11]
    assert conferred.dep_ == "ROOT" and (emir.dep_, emir.head.i) == ("nsubj", conferred.i)


def test_a_fronted_phrase_without_a_comma_gives_the_subject_back(pipeline: Any) -> None:
    """ "In 2020 Israel and the UAE signed ...": with no comma, spaCy may read "2020 Israel" as
    one noun phrase, the object of "In", and leave the verb without a subject."""
    dated = pipeline.nlp("In 2020 Israel and the UAE signed the Abraham Accords.")
    in_, year, israel, signed = dated[0], dated[1], dated[2], dated[6]
    assert (year.dep_, year.head.i) == ("pobj", in_.i)
    assert (israel.dep_, israel.head.i) == ("nsubj", signed.i)
    common = pipeline.nlp("During the pandemic India and Japan donated vaccines to Mongolia.")
    assert (common[2].dep_, common[2].pos_) == ("pobj", "NOUN") and common[3].dep_ == "nsubj"
    placed = pipeline.nlp(
        "At a meeting in Tashkent Uzbekistan and Tajikistan agreed to demarcate their border."
    )
    assert (placed[4].dep_, placed[5].dep_, placed[5].head.i) == ("pobj", "nsubj", 8)
    stolen = pipeline.nlp("After talks in Beijing China and Brazil agreed to expand trade.")
    assert (stolen[1].dep_, stolen[3].dep_, stolen[4].dep_) == ("pobj", "pobj", "nsubj")
    kept = pipeline.nlp("In 2014, Russia annexed Crimea.")
    assert kept[3].dep_ == "nsubj"  # a comma already parts them


def test_people_before_a_meeting_set_off_by_commas_are_the_subject(pipeline: Any) -> None:
    """ "the leaders of the G7, meeting in Hiroshima, pledged ...": spaCy may make "meeting" the
    main verb's subject, with the leaders as the subject of "meeting"."""
    parsed = pipeline.nlp("On Tuesday the leaders of the G7, meeting in Hiroshima, pledged aid.")
    leaders, meeting, pledged = parsed[3], parsed[8], parsed[12]
    assert (leaders.dep_, leaders.head.i) == ("nsubj", pledged.i)
    assert (meeting.dep_, meeting.head.i) == ("acl", leaders.i)


def test_a_subject_taken_by_a_participle_between_commas_is_the_verbs(pipeline: Any) -> None:
    """ "the foreign ministers of the Arab League, gathering in Cairo, condemned ...": spaCy may
    make the ministers the subject of "gathering" and leave "condemned" without one."""
    parsed = pipeline.nlp(
        "On Monday the foreign ministers of the Arab League, gathering in Cairo, condemned Israel."
    )
    ministers, gathering, condemned = parsed[4], parsed[10], parsed[14]
    assert (ministers.dep_, ministers.head.i) == ("nsubj", condemned.i)
    assert (gathering.dep_, gathering.head.i) == ("acl", ministers.i)


def test_a_verb_read_as_a_plural_noun_after_a_name_is_the_clauses_verb(pipeline: Any) -> None:
    """ "Poland arms Ukraine with tanks.": spaCy may read the whole sentence as one noun phrase
    ("Poland arms Ukraine"), or a reported clause as one ("Iran arms Houthi rebels")."""
    root = pipeline.nlp("Poland arms Ukraine with tanks and fighter jets.")
    poland, arms, ukraine, with_ = root[0], root[1], root[2], root[3]
    assert (arms.pos_, arms.dep_, arms.lemma_) == ("VERB", "ROOT", "arm")
    assert (poland.dep_, poland.head.i) == ("nsubj", arms.i)
    assert (ukraine.dep_, ukraine.head.i) == ("dobj", arms.i) and with_.head.i == arms.i
    reported = pipeline.nlp("Iran arms Houthi rebels in Yemen, U.S. officials say.")
    assert (reported[1].dep_, reported[1].head.i, reported[3].dep_) == ("ccomp", 9, "dobj")
    named = pipeline.nlp("Venezuela's Maduro orders the creation of a new state.")
    assert (named[2].dep_, named[3].pos_, named[5].dep_) == ("nsubj", "VERB", "dobj")
    headline = pipeline.nlp("Iran arms deal with Russia")
    assert headline[1].pos_ == "NOUN"  # a headline noun phrase, no full stop: left alone


def test_a_verb_after_a_comma_in_a_series_is_a_conjunct(pipeline: Any) -> None:
    """ "Pakistan first rejected the claim, then blamed India": spaCy may hang "blamed" on
    "rejected" as an unlabelled dependent; it is the next verb of the series, on the verb just
    before the comma (not the main verb, when that comes first: "... a day after soldiers
    stormed the palace, declared ...")."""
    series = pipeline.nlp("Pakistan first rejected the claim, then blamed India for the attack.")
    assert (series[7].dep_, series[7].head.i) == ("conj", 2)
    inner = pipeline.nlp(
        "The AU suspended Mali on Friday, a day after mutinous soldiers stormed the presidential "
        "palace in Bamako, declared they had seized power and dissolved the institutions."
    )
    stormed, declared = inner[12], inner[19]
    assert (stormed.text, declared.text) == ("stormed", "declared")
    assert (declared.dep_, declared.head.i) == ("conj", stormed.i)


def test_a_second_object_of_a_fronted_preposition_is_the_subject(pipeline: Any) -> None:
    """ "On Friday the Security Council, in a unanimous vote, extended ...": spaCy may give "On"
    two objects side by side and the verb no subject."""
    parsed = pipeline.nlp(
        "On Friday the Security Council, in a unanimous vote, extended the mission's mandate."
    )
    friday, council, extended = parsed[1], parsed[4], parsed[11]
    assert (friday.dep_, council.dep_, council.head.i) == ("pobj", "nsubj", extended.i)


def test_a_past_tense_tagged_as_an_adjective_after_a_name_is_a_verb(pipeline: Any) -> None:
    """ "In 2014 Russia annexed Crimea.": spaCy may tag "annexed" an adjective and read "Russia
    annexed Crimea" as one noun phrase; the fronted date stays on the rebuilt verb."""
    parsed = pipeline.nlp("In 2014 Russia annexed Crimea.")
    in_, russia, annexed, crimea = parsed[0], parsed[2], parsed[3], parsed[4]
    assert (annexed.dep_, annexed.pos_, annexed.lemma_) == ("ROOT", "VERB", "annex")
    assert (russia.dep_, crimea.dep_, in_.head.i) == ("nsubj", "dobj", annexed.i)


def test_persona_non_grata_is_what_the_object_is_declared(pipeline: Any) -> None:
    """ "declared a Russian diplomat persona non grata": spaCy may read "diplomat" as a compound
    of "persona", or "persona" as a verb with the diplomat as its subject."""
    for text in (
        "Moldova declared a Russian diplomat persona non grata on Monday.",
        "Estonia declared the Russian ambassador persona non grata.",
    ):
        parsed = pipeline.nlp(text)
        declared, envoy, persona = parsed[1], parsed[4], parsed[5]
        assert (envoy.dep_, envoy.head.i) == ("dobj", declared.i)
        assert (persona.dep_, persona.head.i) == ("oprd", declared.i)


def test_a_plural_verb_tagged_as_an_adverb_with_subject_and_object_is_a_verb(pipeline: Any) -> None:
    parsed = pipeline.nlp("Russia and Iran back the Syrian government.")
    assert (parsed[3].tag_, parsed[3].pos_, parsed[3].lemma_) == ("VBP", "VERB", "back")


def test_two_titled_names_hung_one_on_the_other_are_coordinated(pipeline: Any) -> None:
    """ "President Ana Ruiz and ELN rebel leader Jorge Mora signed": spaCy may hang the first
    name on the second as a compound and coordinate the first with the second's title."""
    parsed = pipeline.nlp(
        "Colombian President Juan Manuel Santos and FARC rebel leader Rodrigo Londono signed an accord."
    )
    santos, leader, londono, signed = parsed[4], parsed[8], parsed[10], parsed[11]
    assert (santos.dep_, santos.head.i) == ("nsubj", signed.i)
    assert (londono.dep_, londono.head.i) == ("conj", santos.i)
    assert (leader.dep_, leader.head.i) == ("compound", londono.i)


def test_a_clause_after_a_preposition_read_as_its_object_is_rebuilt(pipeline: Any) -> None:
    """spaCy may read "after the European Community extended recognition" as a preposition
    whose object is "recognition", modified by "extended"."""
    parsed = pipeline.nlp(
        "Washington followed a day after the European Community extended recognition to Bosnia."
    )
    after, community, extended, recognition = parsed[4], parsed[7], parsed[8], parsed[9]
    assert (extended.dep_, extended.pos_) == ("advcl", "VERB")
    assert (after.dep_, community.dep_, recognition.dep_) == ("mark", "nsubj", "dobj")


def test_a_second_clause_subject_read_as_a_conjunct_of_the_first_verb(pipeline: Any) -> None:
    """ "X halted sales, and the Arab League, at a meeting, condemned ...": spaCy hangs "League"
    on "halted" as a conjunct and leaves "condemned" without a subject."""
    parsed = pipeline.nlp(
        "Germany and France have halted arms sales to Turkey, and the Arab League, at an "
        "emergency meeting in Cairo, condemned the incursion."
    )
    league = next(t for t in parsed if t.text == "League")
    condemned = next(t for t in parsed if t.text == "condemned")
    meeting_at = next(t for t in parsed if t.text == "at")
    assert (league.dep_, league.head.i) == ("nsubj", condemned.i)
    assert meeting_at.head.i == condemned.i
    gapped = pipeline.nlp("Kenya sent troops, and Chad police.")
    assert all(t.dep_ != "nsubj" or t.head.text == "sent" for t in gapped)
