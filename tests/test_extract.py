"""The extraction stages on small sentences of our own: wordings, actors, dates, modality.

Each case states what a careful analyst reads in the sentence. Where the rule extractor falls
short the case is a strict xfail with the reason, so it turns into a failure once fixed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from diplograph.records import Document, Event, PartialDate

DOC_DATE = PartialDate(2022, 6, 15)


@dataclass(frozen=True)
class Expect:
    """One expected event; ``either_way`` accepts source and target swapped (reciprocal acts).

    ``target=None`` means any target (or none); the other ``None`` fields are not checked.
    """

    type: str
    source: str
    target: str | None = None
    modality: str = "asserted"
    date: str | None = None
    location: str | None = None
    either_way: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def matches(self, event: Event) -> bool:
        pair = (
            event.source.id if event.source else None,
            event.target.id if event.target else None,
        )
        pairs = {(self.source, self.target)}
        if self.either_way:
            pairs.add((self.target, self.source))
        if self.target is None:
            pairs = {(self.source, pair[1])}
        return (
            event.type == self.type
            and pair in pairs
            and event.modality == self.modality
            and (self.date is None or (event.date is not None and event.date.iso() == self.date))
            and (self.location is None or (event.location and event.location.name == self.location))
            and all(_value(event, name) == value for name, value in self.extra.items())
        )


def _value(event: Event, name: str) -> Any:
    role, _, attribute = name.partition(".")
    if attribute:
        return getattr(getattr(event, role), attribute)
    return getattr(event, name)


def events_of(pipeline: Any, text: str, date: PartialDate | None = None) -> list[Event]:
    return pipeline.process(Document(text=text, source="test.txt", date=date)).events


def xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


CASES = [
    pytest.param(
        "Kazakhstan and Turkey signed a memorandum on energy cooperation in 2015.",
        None, Expect("SUPPORT", "KAZ", "TUR", date="2015", either_way=True),
        id="coordinated-subjects-sign",
    ),
    pytest.param(
        "Norway sent aid to Chile and Peru in 2010.",
        None, Expect("AID", "NOR", "PER", date="2010"), id="coordinated-targets",
    ),
    pytest.param(
        "Iraq was attacked by Iran in September 1980.",
        None, Expect("ASSAULT", "IRN", "IRQ", date="1980-09"), id="passive",
    ),
    pytest.param(
        "Brazil agreed to send troops to Haiti.",
        None, Expect("AGREE", "BRA", "HTI", modality="planned"), id="agreed-to-send-troops",
    ),
    pytest.param(
        "Poland did not sign the treaty with Belarus.",
        None, Expect("SUPPORT", "POL", "BLR", modality="negated"), id="negation",
    ),
    pytest.param(
        "Japan plans to open an embassy in Kenya.",
        None, Expect("AGREE", "JPN", "KEN", modality="planned"), id="plans-to-open",
    ),
    pytest.param(
        "Moscow warned Kyiv against joining NATO.",
        None, Expect("THREATEN", "RUS", "UKR", extra={"source.text": "Moscow"}),
        id="capitals-stand-for-states",
    ),
    pytest.param(
        "President Erdogan visited Baku in 2021.",
        None,
        Expect("CONSULT", "TUR", "AZE", date="2021",
               extra={"source.person": "PER:recep-tayyip-erdogan"}),
        id="leader-stands-for-state",
    ),
    pytest.param(
        "Prime Minister Modi met President Biden in Washington in June 2023.",
        None,
        Expect("CONSULT", "IND", "USA", date="2023-06", location="Washington", either_way=True),
        id="two-leaders-meet",
    ),
    pytest.param(
        "Chile and Peru held talks in Lima. The two countries signed a border agreement in 2014.",
        None, Expect("SUPPORT", "CHL", "PER", date="2014", either_way=True),
        id="reciprocal-two-countries-sign",
    ),
    pytest.param(
        "Egypt and Sudan met in Cairo in March 2019. The two countries agreed to build a railway.",
        None, Expect("AGREE", "EGY", "SDN", either_way=True),
        id="reciprocal-two-countries-agree",
    ),
    pytest.param(
        "Chile and Peru held talks in Lima.",
        None, Expect("CONSULT", "CHL", "PER", location="Lima", either_way=True),
        id="held-talks-is-consult",
    ),
    pytest.param(
        "Germany sent financial aid to Ukraine last month.",
        DOC_DATE, Expect("AID", "DEU", "UKR", date="2022-05"), id="last-month",
    ),
    pytest.param(
        "Canada sanctioned Myanmar last year.",
        DOC_DATE, Expect("SANCTION", "CAN", "MMR", date="2021"), id="last-year",
    ),
    pytest.param(
        "Vietnam and the Philippines signed a maritime agreement on 12 March 2019.",
        None, Expect("SUPPORT", "VNM", "PHL", date="2019-03-12", either_way=True), id="full-date",
    ),
    pytest.param(
        "Kazakhstan has been a member of the OSCE since 1992.",
        None, Expect("MEMBER_OF", "KAZ", "OSCE", date="1992"), id="member-since",
    ),
    pytest.param(
        "Finland joined NATO in 2023.",
        None, Expect("MEMBER_OF", "FIN", "NATO", date="2023"), id="joined-nato",
    ),
    pytest.param(
        "Mongolia joined the WTO in 1997.",
        None, Expect("MEMBER_OF", "MNG", "WTO", date="1997"), id="joined-wto",
    ),
    pytest.param(
        "The SCO summit was held in Samarkand in September 2022.",
        None, Expect("HOSTS", "UZB", date="2022-09", location="Samarkand",
                     extra={"event_name": "SCO summit"}),
        id="hosts-was-held-in",
    ),
    pytest.param(
        "Astana hosted the summit of the Organization of Turkic States in November 2023.",
        None, Expect("HOSTS", "KAZ", date="2023-11", location="Astana"), id="capital-hosted",
    ),
    pytest.param(
        "The European Union imposed sanctions on Belarus in 2021.",
        None, Expect("SANCTION", "EU", "BLR", date="2021"), id="imposed-sanctions-on",
    ),
    pytest.param(
        "The United States imposed sanctions on Iran.",
        None, Expect("SANCTION", "USA", "IRN"), id="imposed-sanctions-on-2",
    ),
    pytest.param(
        "Armenia accused Azerbaijan of shelling its border villages.",
        None, Expect("ACCUSE", "ARM", "AZE"), id="accused-of",
    ),
    pytest.param(
        "France accused Mali of violating the agreement.",
        None, Expect("ACCUSE", "FRA", "MLI"), id="accused-of-2",
    ),
    pytest.param(
        "The United Nations called on Ethiopia to allow humanitarian access.",
        None, Expect("REQUEST", "UN", "ETH"), id="called-on-to",
    ),
    pytest.param(
        "Germany called on Russia to withdraw its troops.",
        None, Expect("REQUEST", "DEU", "RUS"), id="called-on-to-withdraw",
    ),
    pytest.param(
        "The EU gave Minsk two weeks to free the prisoners.",
        None, Expect("REQUEST", "EU", "BLR"), id="ultimatum",
    ),
    pytest.param(
        "Caracas rejected calls from Brazil and Colombia to publish the tallies.",
        None, Expect("REQUEST", "BRA", "VEN"), id="rejected-calls-from",
    ),
    pytest.param(
        "Tokyo demands that China immediately stop the drills.",
        None, Expect("REQUEST", "JPN", "CHN"), id="demands-that-x-stop",
    ),
    pytest.param(
        "Peru agreed to take custody of the Bolivian embassy.",
        None, Expect("AGREE", "PER", "BOL"), id="promise-for-whom-the-act-names",
    ),
    pytest.param(
        "Ghana suspended visa processing for Togolese citizens.",
        None, Expect("SANCTION", "GHA", "TGO"), id="suspended-visas",
    ),
    pytest.param(
        "The EU broadened its sanctions regime against Minsk.",
        None, Expect("SANCTION", "EU", "BLR"), id="broadened-sanctions",
    ),
    pytest.param(
        "China pledged to punish Taiwan.",
        None, Expect("THREATEN", "CHN", "TWN"), id="vowed-to-punish",
    ),
    pytest.param(
        "Chile called for the OAS and the UN to intervene.",
        None, Expect("REQUEST", "CHL", "UN"), id="called-for-x-to",
    ),
    pytest.param(
        "Kenya urged Somalia to release the prisoners.",
        None, Expect("REQUEST", "KEN", "SOM"), id="urged-to",
    ),
    pytest.param(
        "Peru has repeatedly called for the U.S., the EU, and United Nations to help reach a deal "
        "on fishing.",
        None, Expect("REQUEST", "PER", "UN"), id="called-for-list-end-hung-on-verb",
    ),
    pytest.param(
        "Armenia has repeatedly called for France, Iran, and European Union to mediate in the "
        "dispute.",
        None, Expect("REQUEST", "ARM", "EU"), id="called-for-list-as-infinitive-subject",
    ),
    pytest.param(
        "Cuba called on Mexico, Brazil, and European Union to intervene to stop the blockade.",
        None, Expect("REQUEST", "CUB", "EU"), id="called-on-list-end-as-clause-subject",
    ),
    pytest.param(
        "Nepal issued an urgent appeal to India for help after the quake.",
        None, Expect("REQUEST", "NPL", "IND"), id="issued-an-appeal-to",
    ),
    pytest.param(
        "The Myanmar junta made an appeal for international aid.",
        None, Expect("REQUEST", "ORG:myanmar-junta"), id="made-an-appeal-for",
    ),
    pytest.param(
        "Pyongyang continues to rebuff U.S. calls to return to the talks.",
        None, Expect("REQUEST", "USA", "PRK"), id="rebuffed-calls-tagged-as-verb",
    ),
    pytest.param(
        "Kenya's embassy in Mogadishu will reopen next month.",
        None, Expect("AGREE", "KEN", "SOM", modality="planned"), id="embassy-will-reopen",
    ),
    pytest.param(
        "The Indian embassy in Kabul reopened in 2022.",
        None, Expect("SUPPORT", "IND", "AFG", date="2022"), id="embassy-in-capital-reopened",
    ),
    pytest.param(
        "A consulate general of Italy opened in Shusha in 2023.",
        None, Expect("SUPPORT", "ITA", "AZE", date="2023"), id="consulate-general-opened",
    ),
    pytest.param(
        "ASEAN leaders were invited to the inauguration of the Indonesian president.",
        None, Expect("AGREE", "IDN", "ASEAN"), id="invited-to-someones-occasion",
    ),
    pytest.param(
        "Poland has long called for Ukraine's admission to the European Union.",
        None, Expect("REQUEST", "POL", "EU"), id="called-for-admission-to",
    ),
    pytest.param(
        "The African Union has 55 member states. The African Union is based in Addis Ababa. "
        "The G20 met in Delhi. South Africa had long pushed for the bloc's admission.",
        None, Expect("REQUEST", "ZAF", "G20"), id="pushed-for-the-blocs-admission",
    ),
    pytest.param(
        "Israel launched airstrikes on Syria in May 2013.",
        None, Expect("ASSAULT", "ISR", "SYR", date="2013-05"), id="launched-airstrikes-on",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "expected"), CASES)
def test_extracts(pipeline: Any, text: str, date: PartialDate | None, expected: Expect) -> None:
    found = events_of(pipeline, text, date)
    assert any(expected.matches(event) for event in found), [
        (e.type, e.source and e.source.id, e.target and e.target.id, e.modality, str(e.date))
        for e in found
    ]


def test_list_of_years_gives_one_event_each(pipeline: Any) -> None:
    found = events_of(pipeline, "Norway sent aid to Nepal in 2015, 2016 and 2017.")
    aid = [
        event for event in found if (event.type, event.target and event.target.id) == ("AID", "NPL")
    ]
    assert sorted(str(event.date) for event in aid) == ["2015", "2016", "2017"]


def test_negated_act_is_not_asserted(pipeline: Any) -> None:
    found = events_of(pipeline, "Poland did not sign the treaty with Belarus.")
    assert found and all(event.modality == "negated" for event in found)


def test_evidence_offsets_point_into_the_text(pipeline: Any) -> None:
    text = "Chile hosted talks in 2011. Norway sent aid to Nepal in 2015."
    document = Document(text=text, source="test.txt")
    (event,) = [e for e in pipeline.process(document).events if e.type == "AID"]
    (piece,) = event.evidence
    assert text[piece.start : piece.end] == piece.sentence == "Norway sent aid to Nepal in 2015."
    assert piece.document_id == document.id
    assert event.extractor == "diplograph.extract.rules.v1"
    assert event.quad == 2 and event.score is not None and event.score > 0


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        pytest.param(
            "Moscow warned Kyiv against joining NATO.", ("MEMBER_OF", "RUS"),
            id="warned-against-joining",
        ),
        pytest.param(
            "Brazil agreed to send troops to Haiti.", ("THREATEN", "BRA"),
            id="troops-promise-not-threat",
        ),
        pytest.param(
            "Germany called on Russia to withdraw its troops.", ("RETREAT", "DEU"),
            id="requested-act-not-credited",
        ),
        pytest.param(
            "Kenya urged Somalia to release the prisoners.", ("RETREAT", "KEN"),
            id="urged-act-not-credited",
        ),
        pytest.param(
            "Chile and Peru held talks in Lima.", ("HOSTS", "CHL"),
            id="talks-are-not-hosting",
        ),
    ],
)  # fmt: skip
def test_no_such_event(pipeline: Any, text: str, unwanted: tuple[str, str]) -> None:
    """Whatever the modality, the sentence does not state this act by this actor."""
    found = events_of(pipeline, text)
    assert [(e.type, e.source and e.source.id) for e in found].count(unwanted) == 0


@pytest.mark.parametrize(
    "text",
    [
        "Chile recalled its envoy from Peru. Peru described the move as unacceptable.",
        "Chile seized a Peruvian fishing boat. Peru called the seizure a flagrant violation of "
        "international law.",
    ],
)
def test_judging_an_act_accuses_its_actor(pipeline: Any, text: str) -> None:
    events = pipeline.process(Document(text=text, source="case.txt")).events
    assert ("PER", "CHL") in {
        (e.source.id, e.target.id if e.target else None) for e in events if e.type == "ACCUSE"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran fired missiles at Israel. The G7 leaders condemned the attack and said they "
            "stood by Israel.",
            ("G7", "ISR"),
        ),
        ("Armenia said it was grateful to its allies in the European Union.", ("ARM", "EU")),
        ("Brazil and India declared a strategic partnership.", ("BRA", "IND")),
    ],
)
def test_solidarity_gratitude_and_declared_partnerships_are_support(
    pipeline: Any, text: str, expected: tuple[str, str]
) -> None:
    events = pipeline.process(Document(text=text, source="case.txt")).events
    found = {
        (e.source.id, e.target.id if e.target else None) for e in events if e.type == "SUPPORT"
    }
    assert expected in found or expected[::-1] in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A number of Gulf states, including Oman and Kuwait, have expressed readiness to "
            "restore relations with Syria.",
            {("OMN", "SYR"), ("KWT", "SYR")},
        ),
        (
            "Norway offered to mediate between Colombia and Venezuela.",
            {("NOR", "COL"), ("NOR", "VEN")},
        ),
        ("Kazakhstan is ready to host a conference on Afghanistan.", {("KAZ", None)}),
    ],
)
def test_readiness_and_offers_are_agree_with_the_promised_acts_recipient(
    pipeline: Any, text: str, expected: set[tuple[str, str | None]]
) -> None:
    events = pipeline.process(Document(text=text, source="case.txt")).events
    agree = {(e.source.id, e.target.id if e.target else None) for e in events if e.type == "AGREE"}
    assert agree == expected


def test_offers_accepted_from_others_are_their_aid_dated_by_the_story_not_the_disaster(
    pipeline: Any,
) -> None:
    text = (
        "RABAT, 11 September 2023 – Morocco accepted offers of rescue teams from Spain and "
        "Qatar after Friday night's earthquake."
    )
    doc = Document(text=text, source="case.txt", date=PartialDate(2023, 9, 11))
    aid = [e for e in pipeline.process(doc).events if e.type == "AID"]
    assert {(e.source.id, e.target.id) for e in aid} == {("ESP", "MAR"), ("QAT", "MAR")}
    assert {e.date.iso() for e in aid if e.date} == {"2023-09-11"}


def test_a_habit_is_not_dated_by_the_article(pipeline: Any) -> None:
    text = "Egypt has repeatedly called on Ethiopia to sign a binding deal."
    doc = Document(text=text, source="case.txt", date=PartialDate(2021, 7, 5))
    requests = [e for e in pipeline.process(doc).events if e.type == "REQUEST"]
    assert requests and all(e.date is None for e in requests)


def test_a_year_that_dates_a_noun_does_not_date_the_act(pipeline: Any) -> None:
    text = "Egypt called the move a grave violation of a 2015 agreement."
    doc = Document(text=text, source="case.txt", date=PartialDate(2021, 7, 5))
    accusations = [e for e in pipeline.process(doc).events if e.type == "ACCUSE"]
    assert accusations and all(e.date and e.date.iso() == "2021-07-05" for e in accusations)


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        ("Armenia and Azerbaijan traded accusations over the shelling.", "ACCUSE", {"ARM", "AZE"}),
        ("India and Pakistan exchanged fire along the frontier.", "ASSAULT", {"IND", "PAK"}),
        ("Kyrgyzstan reported intense battles with Tajikistan.", "ASSAULT", {"KGZ", "TJK"}),
        (
            "Eritrea and Ethiopia fought a border war in 1998.\n\nClashes erupted again in 2000.",
            "ASSAULT",
            {"ERI", "ETH"},
        ),
    ],
)
def test_mutual_hostilities(pipeline: Any, text: str, event_type: str, expected: set[str]) -> None:
    events = pipeline.process(Document(text=text, source="case.txt")).events
    found = [e for e in events if e.type == event_type]
    assert found and all(
        {e.source.id, e.target.id if e.target else None} == expected for e in found
    )


def test_the_victims_of_an_absolute_participle_are_not_its_actors(pipeline: Any) -> None:
    text = "Clashes erupted on the border, with two Tajik officials killed."
    events = pipeline.process(Document(text=text, source="case.txt")).events
    assert not [e for e in events if e.source and e.source.id == "TJK" and e.type == "ASSAULT"]


def test_a_town_is_placed_by_the_country_named_at_the_end_of_its_phrase(pipeline: Any) -> None:
    text = "India carried out an airstrike near Balakot, Khyber Pakhtunkhwa, Pakistan."
    strikes = [e for e in pipeline.process(Document(text=text, source="c.txt")).events]
    assert [(e.type, e.source.id, e.target.id if e.target else None) for e in strikes] == [
        ("ASSAULT", "IND", "PAK")
    ]


def test_accusing_each_other_is_mutual_and_not_aimed_at_a_third_state(pipeline: Any) -> None:
    text = (
        "Russia called for calm on the border.\n\n"
        "Kyrgyzstan and Tajikistan have accused each other of breaching the ceasefire."
    )
    events = pipeline.process(Document(text=text, source="case.txt")).events
    accusations = {(e.source.id, e.target.id) for e in events if e.type == "ACCUSE"}
    assert accusations in ({("KGZ", "TJK")}, {("TJK", "KGZ")}, {("KGZ", "TJK"), ("TJK", "KGZ")})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan is one of the largest investors in Vietnam.", ("JPN", "VNM")),
        ("The EU announced a Global Gateway investment package for Kenya.", ("EU", "KEN")),
    ],
)
def test_investors_and_announced_investment(
    pipeline: Any, text: str, expected: tuple[str, str]
) -> None:
    events = pipeline.process(Document(text=text, source="case.txt")).events
    assert [(e.source.id, e.target.id) for e in events if e.type == "INVESTS"] == [expected]


@pytest.mark.parametrize(
    ("text", "event_type", "mode", "pair"),
    [
        ("Russia annexed Crimea in 2014.", "COERCE", "seize", ("RUS", "UKR")),
        ("Turkey extradited the suspects to Uzbekistan.", "COOPERATE", None, ("TUR", "UZB")),
        ("Kazakhstan exported grain to Afghanistan.", "COOPERATE", None, ("KAZ", "AFG")),
        ("The US sold F-16 jets to Pakistan.", "AID", None, ("USA", "PAK")),
        ("North Korea test-fired a missile over Japan.", "MOBILIZE", "weapons", ("PRK", "JPN")),
        ("Kazakhstan hosted talks on Syria in Astana.", "HOSTS", None, ("KAZ", None)),
    ],
)
def test_annexation_extradition_trade_arms_sales_tests_and_hosted_talks(
    pipeline: Any, text: str, event_type: str, mode: str | None, pair: tuple[str, str | None]
) -> None:
    events = pipeline.process(Document(text=text, source="case.txt")).events
    found = [
        (e.mode, (e.source.id, e.target.id if e.target else None))
        for e in events
        if e.type == event_type
    ]
    assert (mode, pair) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran's attack on Israel drew condemnation.", ("ASSAULT", "IRN", "ISR")),
        ("Lavrov's visit to Astana lasted two days.", ("CONSULT", "RUS", "KAZ")),
        (
            "Following a meeting with Erdogan, Putin said the deal would hold.",
            ("CONSULT", "RUS", "TUR"),
        ),
        ("Tokayev took part in the SCO summit.", ("CONSULT", "KAZ", "SCO")),
    ],
)
def test_events_named_by_a_noun_phrase(
    pipeline: Any, text: str, expected: tuple[str, str, str]
) -> None:
    events = pipeline.process(Document(text=text, source="case.txt")).events
    assert expected in {(e.type, e.source.id, e.target.id if e.target else None) for e in events}


def test_a_welcome_for_a_decision_is_no_visit(pipeline: Any) -> None:
    text = "Uzbekistan welcomed Kazakhstan's decision to open a consulate in Samarkand."
    events = pipeline.process(Document(text=text, source="case.txt")).events
    assert not [e for e in events if e.type == "CONSULT"]


def test_a_dateline_is_not_the_subject_of_the_first_sentence(pipeline: Any) -> None:
    text = (
        "DHAKA, 23 November 2017 – Bangladesh and Myanmar signed an agreement in Naypyitaw "
        "on Thursday."
    )
    doc = Document(text=text, source="case.txt", date=PartialDate(2017, 11, 23))
    signed = [e for e in pipeline.process(doc).events if e.type == "SUPPORT"]
    assert {(e.source.id, e.target.id) for e in signed} <= {("BGD", "MMR"), ("MMR", "BGD")}
    assert signed and signed[0].location is not None and signed[0].location.country == "MMR"


def test_reaching_an_agreement_is_support_and_ending_talks_by_it_is_no_sanction(
    pipeline: Any,
) -> None:
    text = "Iran reached an agreement with France and China, ending two years of talks."
    events = pipeline.process(Document(text=text, source="case.txt")).events
    assert {(e.type, e.target.id) for e in events if e.target} == {
        ("SUPPORT", "FRA"),
        ("SUPPORT", "CHN"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Havana freed the American aid worker Alan Gross.", ("RETREAT", "CUB", "USA")),
        (
            "The State Department removed Cuba from its list of state sponsors of terrorism.",
            ("CONCEDE", "USA", "CUB"),
        ),
        (
            "Japan removed South Korea from its list of trusted trading partners.",
            ("SANCTION", "JPN", "KOR"),
        ),
        ("Medvedev ordered an end to military operations in Georgia.", ("CONCEDE", "RUS", "GEO")),
    ],
)
def test_releases_delistings_and_halting_operations(
    pipeline: Any, text: str, expected: tuple[str, str, str]
) -> None:
    doc = Document(text=text, source="case.txt", date=PartialDate(2015, 7, 20))
    events = pipeline.process(doc).events
    assert expected in {(e.type, e.source.id, e.target.id if e.target else None) for e in events}


def test_an_agreement_signed_in_a_relative_clause(pipeline: Any) -> None:
    text = (
        "The vote followed the Comprehensive Peace Agreement, which the government in Khartoum "
        "and the Sudan People's Liberation Movement signed in Nairobi in 2005."
    )
    events = pipeline.process(Document(text=text, source="case.txt")).events
    found = {(e.source.id, e.target.id) for e in events if e.type == "SUPPORT"}
    assert found & {("SDN", "ORG:splm"), ("ORG:splm", "SDN")}


def test_the_capital_of_a_state_named_by_its_adjective(pipeline: Any) -> None:
    text = "Iran and the United States held talks in the Austrian capital on Tuesday."
    events = pipeline.process(Document(text=text, source="case.txt")).events
    talks = [e for e in events if e.type == "CONSULT"]
    assert talks and talks[0].location is not None and talks[0].location.country == "AUT"


def test_denouncing_an_agreement_is_criticism(pipeline: Any) -> None:
    text = "Israel denounced the agreement with Iran as a historic mistake."
    types = {e.type for e in pipeline.process(Document(text=text, source="case.txt")).events}
    assert "ACCUSE" in types and "SANCTION" not in types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine applied for EU membership in 2022.", ("REQUEST", "UKR", "EU")),
        ("Finland applied to join NATO in May.", ("REQUEST", "FIN", "NATO")),
        ("The EU granted Moldova candidate status.", ("SUPPORT", "EU", "MDA")),
        (
            "Saudi Arabia deposited 3 billion dollars in Pakistan's central bank.",
            ("AID", "SAU", "PAK"),
        ),
    ],
)
def test_applications_grants_of_status_and_deposits(
    pipeline: Any, text: str, expected: tuple[str, str, str]
) -> None:
    events = pipeline.process(Document(text=text, source="case.txt")).events
    found = {(e.type, e.source.id, e.target.id if e.target else None) for e in events}
    assert expected in found
    assert ("MEMBER_OF", "FIN", "NATO") not in {
        (e.type, e.source.id, e.target.id if e.target else None)
        for e in events
        if e.modality == "asserted"
    }


def test_a_weekday_evening_dates_the_act(pipeline: Any) -> None:
    text = "NATO ambassadors held an emergency meeting in Brussels on Tuesday evening."
    doc = Document(text=text, source="case.txt", date=PartialDate(2015, 11, 25))
    hosted = [e for e in pipeline.process(doc).events if e.type == "HOSTS"]
    assert [e.date.iso() if e.date else None for e in hosted] == ["2015-11-24"]


def test_a_request_whose_addressee_is_parsed_as_a_clause_subject(pipeline: Any) -> None:
    text = "Japan requested the members of the Security Council to respond firmly."
    events = pipeline.process(Document(text=text, source="case.txt")).events
    assert ("REQUEST", "JPN", "UNSC") in {
        (e.type, e.source.id, e.target.id if e.target else None) for e in events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Latvia reduced the size of Belarus's embassy in Riga.", ("SANCTION", "LVA", "BLR")),
        ("Finland cut the staff of the Belarusian mission.", ("SANCTION", "FIN", "BLR")),
        ("Estonia sent home two Belarusian diplomats.", ("SANCTION", "EST", "BLR")),
        ("Kazakhstan introduced visas for Kyrgyz citizens.", ("SANCTION", "KAZ", "KGZ")),
        ("Ireland tightened controls on Belarus.", ("SANCTION", "IRL", "BLR")),
        ("Peru declared a state of exception in two provinces.", ("COERCE", "PER", None)),
        ("Ukraine gave up its nuclear arsenal in 1994.", ("RETREAT", "UKR", None)),
        ("The FARC laid down their weapons last year.", ("RETREAT", "ORG:farc", None)),
        (
            "Hamas surrendered its arms to the Palestinian Authority.",
            ("RETREAT", "ORG:hamas", "PSE"),
        ),
        ("President Bashar al-Assad fled into exile in Moscow.", ("RETREAT", "SYR", None)),
        (
            "The Security Council voted to end its peacekeeping mission in Sudan.",
            ("CONCEDE", "UNSC", "SDN"),
        ),
    ],
)
def test_measures_emergencies_disarmament_and_ended_missions(
    pipeline: Any, text: str, expected: tuple[str, str, str | None]
) -> None:
    # The story's other side is not the recipient of a domestic act ("declared a state of
    # exception"), so Chile, named before, must not become one.
    events = events_of(pipeline, "Chile and Peru met in May. " + text, DOC_DATE)
    found = {
        (e.type, e.source.id, e.target.id if e.target else None)
        for e in events
        if e.source and e.modality == "asserted"
    }
    assert expected in found


def test_a_date_after_on_controls_no_gerund(pipeline: Any) -> None:
    text = "Moscow responded on Monday by expelling two Polish diplomats."
    found = {(e.type, e.source.id) for e in events_of(pipeline, text, DOC_DATE) if e.source}
    assert ("SANCTION", "RUS") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hungary said it would scrap its defence pact with Serbia.", "SANCTION"),
        ("Serbia announced that it would expel two Hungarian diplomats.", "SANCTION"),
        ("Hungary will also suspend its flights to Serbia.", "SANCTION"),
        ("Hungary said it would cut ties with Serbia if the trial went ahead.", "THREATEN"),
        ("Hungary warned Serbia that it would cut ties.", "THREATEN"),
    ],
)
def test_announced_measures_are_measures_and_warnings_threats(
    pipeline: Any, text: str, expected: str
) -> None:
    events = events_of(pipeline, text, DOC_DATE)
    hostile = {e.type for e in events if e.modality in ("asserted", "planned")} & {
        "SANCTION",
        "THREATEN",
    }
    assert expected in hostile
    if expected == "THREATEN":
        assert not [e for e in events if e.type == "SANCTION" and e.modality == "asserted"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile and Peru met in May. Oman gave the Kenyan ambassador two days to leave.",
            ("SANCTION", "OMN", "KEN"),
        ),
        (
            "Chile and Peru met in May. Laos has had no relations with Fiji since 1990, when it "
            "broke them off.",
            ("SANCTION", "LAO", "FJI"),
        ),
        (
            "Russia signed two trade agreements with Ukraine in 2010 and suspended them in 2014.",
            ("SANCTION", "RUS", "UKR"),
        ),
    ],
)
def test_leavers_named_as_objects_and_pronoun_objects(
    pipeline: Any, text: str, expected: tuple[str, str, str]
) -> None:
    found = {
        (e.type, e.source.id, e.target.id if e.target else None)
        for e in events_of(pipeline, text, DOC_DATE)
        if e.source and e.modality == "asserted"
    }
    assert expected in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oman ordered Kenyans out within two weeks.", ("COERCE", "OMN", "KEN")),
        ("Greece dropped its objections to Albania's bid.", ("CONCEDE", "GRC", "ALB")),
        ("Peru withdrew its complaint against Chile at the tribunal.", ("CONCEDE", "PER", "CHL")),
        ("The tariffs Canada imposed on Mexico in 2018 remain.", ("SANCTION", "CAN", "MEX")),
    ],
)
def test_orders_out_dropped_objections_and_object_relatives(
    pipeline: Any, text: str, expected: tuple[str, str, str]
) -> None:
    found = {
        (e.type, e.source.id, e.target.id if e.target else None)
        for e in events_of(pipeline, text, DOC_DATE)
        if e.source and e.modality == "asserted"
    }
    assert expected in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nigeria banned two Ghanaian mobile applications in May.", ("SANCTION", "NGA", "GHA")),
        ("Canada responded with tariffs on Mexican steel.", ("SANCTION", "CAN", "MEX")),
    ],
)
def test_bans_on_foreign_firms_and_measures_given_in_response(
    pipeline: Any, text: str, expected: tuple[str, str, str]
) -> None:
    found = {
        (e.type, e.source.id, e.target.id if e.target else None)
        for e in events_of(pipeline, text, DOC_DATE)
        if e.source and e.modality == "asserted"
    }
    assert expected in found


def test_a_ban_at_home_is_no_sanction(pipeline: Any) -> None:
    events = events_of(pipeline, "Peru banned street protests in Lima.", DOC_DATE)
    assert not [e for e in events if e.type == "SANCTION"]


def test_complying_with_a_settlement_is_a_concession(pipeline: Any) -> None:
    text = "Chad and Libya met in May. Chad said it would comply with the border ruling."
    events = events_of(pipeline, text, DOC_DATE)
    assert ("CONCEDE", "TCD", "LBY") in {
        (e.type, e.source.id, e.target.id if e.target else None) for e in events if e.source
    }
    requested = events_of(pipeline, "We call on Syria to comply with all relevant resolutions.")
    assert not [e for e in requested if e.type == "CONCEDE" and e.modality == "asserted"]


def test_people_deported_from_a_state_were_deported_by_it(pipeline: Any) -> None:
    text = "Hundreds of Haitian migrants have been deported from Chile since March."
    found = {
        (e.type, e.source.id, e.target.id if e.target else None)
        for e in events_of(pipeline, text, DOC_DATE)
        if e.source
    }
    assert ("COERCE", "CHL", "HTI") in found


def _triples(pipeline: Any, text: str) -> set[tuple[str, str, str | None]]:
    return {
        (e.type, e.source.id, e.target.id if e.target else None)
        for e in events_of(pipeline, text, DOC_DATE)
        if e.source
    }


def test_states_that_welcome_together_do_not_welcome_each_other(pipeline: Any) -> None:
    found = _triples(pipeline, "Norway and Chile praised the peace deal on Monday.")
    assert ("SUPPORT", "NOR", "CHL") not in found
    assert ("SUPPORT", "CHL", "NOR") not in found
    signed = _triples(pipeline, "Kenya and Uganda signed a trade agreement.")
    assert {("SUPPORT", "KEN", "UGA"), ("SUPPORT", "UGA", "KEN")} & signed


def test_welcoming_restored_ties_supports_the_partner(pipeline: Any) -> None:
    text = "Peru, Chile and Bolivia welcomed the resumption of diplomatic ties with Cuba."
    found = _triples(pipeline, text)
    assert {("SUPPORT", s, "CUB") for s in ("PER", "CHL", "BOL")} <= found
    assert ("SUPPORT", "PER", "CHL") not in found
    between = _triples(pipeline, "Ghana welcomed an accord between Mali and Niger.")
    assert {("SUPPORT", "GHA", "MLI"), ("SUPPORT", "GHA", "NER")} <= between


def test_an_accord_to_supply_a_state_supports_that_state(pipeline: Any) -> None:
    text = "Brazil signed an accord on Monday to supply Angola with 20,000 tonnes of rice."
    assert ("SUPPORT", "BRA", "AGO") in _triples(pipeline, text)


def test_leaving_for_a_capital_and_presenting_credentials_are_visits(pipeline: Any) -> None:
    left = _triples(pipeline, "Armenia's foreign minister left for Tehran on Sunday for talks.")
    assert ("CONSULT", "ARM", "IRN") in left
    text = "The ambassadors of Kenya and Ghana presented credentials to Senegal's president."
    assert {("CONSULT", "KEN", "SEN"), ("CONSULT", "GHA", "SEN")} <= _triples(pipeline, text)


def test_politicians_who_clash_dispute_rather_than_fight(pipeline: Any) -> None:
    text = "The foreign ministers of Greece and Turkey clashed over maritime borders."
    found = _triples(pipeline, text)
    assert {("ACCUSE", "GRC", "TUR"), ("ACCUSE", "TUR", "GRC")} & found
    assert not {t for t in found if t[0] == "ASSAULT"}
    troops = _triples(pipeline, "Greek and Turkish troops clashed on the border.")
    assert {t for t in troops if t[0] == "ASSAULT"}


def test_states_voicing_support_together_do_not_support_each_other(pipeline: Any) -> None:
    found = _triples(pipeline, "Chile, Peru and Brazil expressed support for the new government.")
    assert not {t for t in found if t[0] == "SUPPORT" and t[2] in ("CHL", "PER", "BRA")}
    aimed = _triples(pipeline, "Chile and Peru voiced support for Bolivia.")
    assert {("SUPPORT", "CHL", "BOL"), ("SUPPORT", "PER", "BOL")} <= aimed
    mutual = _triples(pipeline, "Chile and Peru expressed support for each other.")
    assert {("SUPPORT", "CHL", "PER"), ("SUPPORT", "PER", "CHL")} & mutual


def test_waging_war_is_fighting_and_a_threatened_attack_is_not_done(pipeline: Any) -> None:
    assert ("ASSAULT", "ETH", "ERI") in _triples(pipeline, "Ethiopia waged war on Eritrea.")
    threatened = events_of(pipeline, "Armenia threatened to attack Azerbaijan.", DOC_DATE)
    assert not [e for e in threatened if e.type == "ASSAULT" and e.modality == "asserted"]
    assert [e for e in threatened if e.type == "THREATEN"]


def test_an_ultimatum_asks_and_the_act_is_not_done(pipeline: Any) -> None:
    events = events_of(pipeline, "The EU gave Minsk two weeks to release the prisoners.", DOC_DATE)
    assert [e.type for e in events if e.modality == "asserted"] == ["REQUEST"]
    expelled = events_of(pipeline, "Iran gave the British ambassador a day to leave.", DOC_DATE)
    assert "REQUEST" not in {e.type for e in expelled}


def test_joining_the_organisation_the_text_is_about(pipeline: Any) -> None:
    text = (
        "SAARC is a regional organisation of South Asia. It was set up in 1985, grouping "
        "India, Pakistan and Nepal. Afghanistan joined in April 2007. Modi joined by video link."
    )
    members = {
        (e.source.id, e.date.iso() if e.date else None)
        for e in events_of(pipeline, text)
        if e.type == "MEMBER_OF" and e.target is not None and e.target.id == "SAARC"
    }
    assert {("IND", "1985"), ("NPL", "1985"), ("AFG", "2007-04")} <= members
    assert not {actor for actor, _ in members} - {"IND", "PAK", "NPL", "AFG"}


def test_leaving_the_organisation_the_text_is_about(pipeline: Any) -> None:
    text = (
        "The Pacific Islands Forum is a regional body. Nauru joined in 1971. "
        "Palau withdrew in 2021."
    )
    left = {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events_of(pipeline, text)
        if e.type == "SANCTION" and e.modality == "asserted"
    }
    assert left == {("PLW", "PIF")}


def sanctions_of(pipeline: Any, text: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events_of(pipeline, text)
        if e.type == "SANCTION" and e.modality == "asserted"
    }


def test_walking_out_of_an_organisation_leaves_it(pipeline: Any) -> None:
    """The parser takes "out" for a preposition that governs "of"."""
    assert ("VEN", "OAS") in sanctions_of(
        pipeline, "Venezuela walked out of the Organization of American States in 2019."
    )


def test_ending_ones_own_participation_in_a_body_steps_back_from_it(pipeline: Any) -> None:
    assert ("MLI", "G5_SAHEL") in sanctions_of(
        pipeline, "Mali ended its participation in the G5 Sahel force in May."
    )
    # a body that suspends a member's participation sanctions the member
    assert ("AU", "GIN") in sanctions_of(
        pipeline, "The African Union suspended Guinea's participation in all its activities."
    )


def test_a_short_name_is_the_longer_name_the_text_gave_before(pipeline: Any) -> None:
    """ "the Commonwealth" alone is the Commonwealth of Nations, but after "the Commonwealth of
    Independent States" it shortens that name."""
    text = (
        "Russia, Belarus and Ukraine created the Commonwealth of Independent States in 1991. "
        "Georgia ended its participation in the Commonwealth's bodies in 2009."
    )
    assert ("GEO", "CIS") in sanctions_of(pipeline, text)
    alone = "Britain hosted a summit of the Commonwealth in London. Fiji walked out of the Commonwealth."
    assert ("FJI", "COMMONWEALTH") in sanctions_of(pipeline, alone)


def test_help_sent_without_a_destination_goes_to_the_stricken_country(pipeline: Any) -> None:
    text = (
        "A strong earthquake struck Nepal on Saturday. Nepal asked for help. India and China "
        "sent rescue teams. Japan sent engineers to help Nepal rebuild the roads."
    )
    aid = {(e.source.id, e.target.id) for e in events_of(pipeline, text, DOC_DATE)
           if e.type == "AID" and e.source and e.target}  # fmt: skip
    assert {("IND", "NPL"), ("CHN", "NPL"), ("JPN", "NPL")} <= aid


@pytest.mark.parametrize(
    ("text", "crowd", "target"),
    [
        ("Thousands of protesters marched in Lima against the government of Peru.",
         "ORG:protesters-peru", "PER"),
        # An embassy's owner is no place: the crowd is where the embassy stands.
        ("Several hundred protesters rallied near the US embassy in Kuala Lumpur.",
         "ORG:protesters-malaysia", "USA"),
    ],
)  # fmt: skip
def test_crowds_are_of_the_country_they_protest_in(
    pipeline: Any, text: str, crowd: str, target: str
) -> None:
    found = {(e.source.id, e.target.id) for e in events_of(pipeline, text, DOC_DATE)
             if e.type == "PROTEST" and e.source and e.target}  # fmt: skip
    assert (crowd, target) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lender named after the money of a passive "financed by"
        ("The dam in Ghana was financed by loans from China.", ("AID", "CHN", "GHA")),
        # the place of the thing paid for is where the funding went
        ("The bridge in Laos was funded by Japan.", ("AID", "JPN", "LAO")),
        ("The EU provided 20 million euros to Jordan.", ("AID", "EU", "JOR")),
        ("The IMF lent Egypt $3 billion last year.", ("AID", "IMF", "EGY")),
        ("Qatar pledged $1 billion to rebuild Syria.", ("AID", "QAT", "SYR")),
    ],
)
def test_money_given_lent_or_paid_for_abroad_is_aid(
    pipeline: Any, text: str, expected: tuple[str, str, str]
) -> None:
    found = {
        (e.type, e.source.id, e.target.id if e.target else None)
        for e in events_of(pipeline, text, DOC_DATE)
        if e.source and e.modality == "asserted"
    }
    assert expected in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana changed the bill to meet concerns raised by Nigeria.", ("GHA", "NGA")),
        ("Mali heeded calls by ECOWAS to hold elections.", ("MLI", "ECOWAS")),
    ],
)
def test_meeting_another_side_s_concerns_concedes_to_it(
    pipeline: Any, text: str, expected: tuple[str, str]
) -> None:
    found = {
        (e.source.id, e.target.id if e.target else None)
        for e in events_of(pipeline, text, DOC_DATE)
        if e.type == "CONCEDE" and e.source and e.modality == "asserted"
    }
    assert expected in found


def test_all_who_imposed_the_lifted_sanctions_concede(pipeline: Any) -> None:
    text = (
        "Sanctions imposed by the United Nations, the European Union and Canada over the "
        "missile programme will be lifted once Iran complies."
    )
    sources = {
        e.source.id for e in events_of(pipeline, text, DOC_DATE) if e.type == "CONCEDE" and e.source
    }
    assert {"UN", "EU", "CAN"} <= sources


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan funds the reconstruction of Iraq.", ("JPN", "IRQ")),
        ("France supports the training of Malian soldiers.", ("FRA", "MLI")),
    ],
)
def test_paying_for_another_country_s_rebuilding_or_training_is_aid(
    pipeline: Any, text: str, expected: tuple[str, str]
) -> None:
    found = {
        (e.source.id, e.target.id if e.target else None)
        for e in events_of(pipeline, text, DOC_DATE)
        if e.type == "AID" and e.source and e.modality == "asserted"
    }
    assert expected in found


def test_a_promise_is_not_for_a_place_or_an_apposition(pipeline: Any) -> None:
    text = (
        "ECOWAS agreed to restore order in Niger. The AU pledged to support the talks through "
        "its envoy, a former Kenyan president."
    )
    aimed = {
        e.target.id for e in events_of(pipeline, text, DOC_DATE) if e.type == "AGREE" and e.target
    }
    assert not aimed & {"NER", "KEN"}


def test_a_withdrawal_from_a_place_is_from_its_state(pipeline: Any) -> None:
    text = (
        "Israel attacked Hezbollah in Lebanon. Armenian troops pulled out of Kherson. "
        "Turkish soldiers left the towns of Afrin and Azaz."
    )
    left = {(e.source.id, e.target.id) for e in events_of(pipeline, text, DOC_DATE)
            if e.type == "RETREAT" and e.source and e.target}  # fmt: skip
    assert {("ARM", "UKR"), ("TUR", "SYR")} <= left


def test_following_with_measures_of_ones_own(pipeline: Any) -> None:
    text = (
        "Japan imposed sanctions on Syria, and Korea and India followed with measures of their own."
    )
    sanctions = {(e.source.id, e.target.id) for e in events_of(pipeline, text, DOC_DATE)
                 if e.type == "SANCTION" and e.source and e.target}  # fmt: skip
    assert {("KOR", "SYR"), ("IND", "SYR")} <= sanctions


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Iran freed Financial Times reporter John Smith on Monday.", None),
        ("Iran freed former British Marine John Smith on Monday.", ("IRN", "GBR")),
        ("Armenia handed back a captured Azerbaijani Air Force pilot.", ("ARM", "AZE")),
        ("Venezuela released a convicted Colombian assassin.", ("VEN", "COL")),
    ],
)
def test_a_person_released_is_released_to_the_state_their_nationality_names(
    pipeline: Any, text: str, pair: tuple[str, str] | None
) -> None:
    doc = Document(text=text, source="case.txt", date=PartialDate(2015, 7, 20))
    found = {
        (e.source.id, e.target.id if e.target else None)
        for e in pipeline.process(doc).events
        if e.type == "RETREAT" and e.source
    }
    assert (pair or ("IRN", None)) in found


def _retreats(pipeline: Any, text: str) -> set[tuple[str | None, str | None]]:
    doc = Document(text=text, source="case.txt", date=PartialDate(2015, 7, 20))
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in pipeline.process(doc).events
        if e.type in ("RETREAT", "CONCEDE")
    }


def test_stepping_up_pressure_is_no_resignation(pipeline: Any) -> None:
    assert not _retreats(pipeline, "Ghana and Togo agreed to step up pressure on the junta.")


def test_an_announced_resignation_is_a_retreat(pipeline: Any) -> None:
    text = "Peruvian Prime Minister Pedro Cateriano announced his resignation on Monday."
    assert ("PER", None) in _retreats(pipeline, text)


def test_resigning_as_a_states_president_is_that_states_retreat(pipeline: Any) -> None:
    text = "Joseph Banda resigned as Malawi's president on Tuesday."
    assert ("MWI", None) in _retreats(pipeline, text)
    text = "Joseph Banda stepped down as prime minister of Malawi on Tuesday."
    assert ("MWI", None) in _retreats(pipeline, text)


def test_freeing_people_named_by_nationality_releases_them_to_their_state(pipeline: Any) -> None:
    assert ("IRN", "GBR") in _retreats(pipeline, "Iran freed three Britons on Monday.")
    text = "Iran freed Americans John Smith and Peter Jones on Monday."
    assert ("IRN", "USA") in _retreats(pipeline, text)


def test_two_states_releasing_prisoners_release_them_to_each_other(pipeline: Any) -> None:
    found = _retreats(pipeline, "Eritrea and Ethiopia released prisoners of war on Monday.")
    assert found & {("ERI", "ETH"), ("ETH", "ERI")}
    assert ("ERI", None) not in found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The last Syrian soldiers left the Gaza Strip on Monday.", ("SYR", "PSE")),
        ("The last French military aircraft left Bamako airport on Monday.", ("FRA", "MLI")),
    ],
)
def test_forces_leaving_a_territory_withdraw_from_its_state(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    assert pair in _retreats(pipeline, text)


def test_a_visitor_leaving_a_capital_makes_no_withdrawal(pipeline: Any) -> None:
    text = "A day after German Chancellor Olaf Scholz left Beijing at the end of a visit, China began drills."
    assert ("DEU", "CHN") not in _retreats(pipeline, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Britain handed the naval base to Malta in 1979.", ("GBR", "MLT")),
        ("The United States handed the canal to Panama in 1999.", ("USA", "PAN")),
        (
            "Uganda and Congo clashed near the border town of Bunagana in May. The withdrawal "
            "of Ugandan troops from the town's outskirts was completed within days.",
            ("UGA", "COD"),
        ),
    ],
)
def test_bases_handed_over_and_completed_withdrawals_are_retreats(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    assert pair in _retreats(pipeline, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Jordan opened the Ramtha crossing with Syria on Sunday.", ("JOR", "SYR")),
        ("The truce between Israel and Hamas took effect at dawn.", ("ISR", "ORG:hamas")),
        ("A ceasefire between Armenia and Azerbaijan took hold on Friday.", ("ARM", "AZE")),
    ],
)
def test_an_opened_crossing_and_a_truce_in_force_are_retreats(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    doc = Document(text=text, source="case.txt", date=PartialDate(2015, 7, 20))
    found = {
        frozenset((e.source.id, e.target.id))
        for e in pipeline.process(doc).events
        if e.type == "RETREAT" and e.source and e.target and e.modality == "asserted"
    }
    assert frozenset(pair) in found


def test_a_threat_to_open_the_borders_is_no_concession(pipeline: Any) -> None:
    text = (
        "Belarus threatened on Monday to reopen its border crossings to migrants bound for Poland."
    )
    doc = Document(text=text, source="case.txt", date=PartialDate(2015, 7, 20))
    events = pipeline.process(doc).events
    assert not [e for e in events if e.type == "CONCEDE"]
    assert not [e for e in events if e.type == "RETREAT" and e.modality == "asserted"]
