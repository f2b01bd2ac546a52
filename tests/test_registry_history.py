"""Office holders of 1945-1995 in the registry: a historical leader resolves to the state he
acted for on a date in office, a shared surname is settled by the date, and out of office he
holds no recorded office (issue: the registry knew recent leaders only)."""

from __future__ import annotations

import pytest

from diplograph.records import PartialDate
from diplograph.resolve.registry import Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.default()


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        ("Brezhnev welcomed Nixon to the Kremlin.", "1972-05-22",
         [("PER:leonid-brezhnev", "SUN"), ("PER:richard-nixon", "USA")]),
        ("Kosygin and Gromyko flew to Cairo.", "1967-06-20",
         [("PER:alexei-kosygin", "SUN"), ("PER:andrei-gromyko", "SUN")]),
        ("Kissinger shuttled between Chou En-lai and Tanaka.", "1973-11-10",
         [("PER:henry-kissinger", "USA"), ("PER:zhou-enlai", "CHN"), ("PER:kakuei-tanaka", "JPN")]),
        ("Honecker received Brandt's envoy.", "1972-03-01",
         [("PER:erich-honecker", "DDR"), ("PER:willy-brandt", "DEU")]),
        ("Callaghan spoke with Giscard about the summit.", "1977-05-01",
         [("PER:james-callaghan", "GBR"), ("PER:valery-giscard-d-estaing", "FRA")]),
        ("Nasser and Nimeiry pressed King Hussein to end the fighting.", "1970-09-20",
         [("PER:gamal-abdel-nasser", "EGY"), ("PER:gaafar-nimeiry", "SDN"),
          ("PER:hussein-bin-talal", "JOR")]),
        ("Shastri and Ayub Khan signed the declaration.", "1966-01-10",
         [("PER:lal-bahadur-shastri", "IND"), ("PER:ayub-khan", "PAK")]),
        ("Begin and Sadat met at the lodge.", "1978-09-10",
         [("PER:menachem-begin", "ISR"), ("PER:anwar-sadat", "EGY")]),
        ("Svoboda and Dubcek were flown to Moscow.", "1968-08-23",
         [("PER:ludvik-svoboda", "CSK"), ("PER:alexander-dubcek", "CSK")]),
        ("Galtieri told Haig the islands were not negotiable.", "1982-04-10",
         [("PER:leopoldo-galtieri", "ARG"), ("PER:alexander-haig", "USA")]),
        ("Sukarno, Tito and Nkrumah addressed the conference.", "1961-09-02",
         [("PER:sukarno", "IDN"), ("PER:josip-broz-tito", "YUG"), ("PER:kwame-nkrumah", "GHA")]),
        ("John Paul II received Gorbachev.", "1989-12-01",
         [("PER:pope-john-paul-ii", "VAT"), ("PER:mikhail-gorbachev", "SUN")]),
        ("Yeltsin defied Pavlov.", "1991-06-01",
         [("PER:boris-yeltsin", "RUS"), ("PER:valentin-pavlov", "SUN")]),
    ],
)  # fmt: skip
def test_historical_leaders_act_for_their_state(
    registry: Registry, text: str, on: str, expected: list[tuple[str, str]]
) -> None:
    found = [(m.actor_id, registry.acts_for(m.actor_id, on))
             for m in registry.find_mentions(text, on) if m.kind == "person"]  # fmt: skip
    assert found == expected


def test_a_leader_outside_his_term_holds_no_recorded_office(registry: Registry) -> None:
    assert registry.resolve("Brezhnev", "1970").acts_for == "SUN"
    assert registry.acts_for("PER:leonid-brezhnev", "1970") == "SUN"
    outside = registry.resolve("Kissinger", "1985")
    assert outside.id == "PER:henry-kissinger" and "in no recorded office" in outside.why
    assert registry.actor("PER:leonid-brezhnev").office_on(PartialDate(1990)) is None


@pytest.mark.parametrize(
    ("name", "on", "person_id"),
    [
        ("Chiang", "1960", "PER:chiang-kai-shek"),
        ("Chiang", "1980", "PER:chiang-ching-kuo"),
        ("Vance", "1978", "PER:cyrus-vance"),
        ("Vance", "2025-06", "PER:jd-vance"),
        ("Johnson", "1966", "PER:lyndon-b-johnson"),
        ("Johnson", "2020", "PER:boris-johnson"),
        ("Fischer", "1980", "PER:oskar-fischer"),
        ("Fischer", "2000", "PER:joschka-fischer"),
        ("Bhutto", "1975", "PER:zulfikar-ali-bhutto"),
        ("Bhutto", "1990", "PER:benazir-bhutto"),
        ("Gandhi", "1970", "PER:indira-gandhi"),
        ("Gandhi", "1987", "PER:rajiv-gandhi"),
        ("Trudeau", "1975", "PER:pierre-trudeau"),
        ("Trudeau", "2020", "PER:justin-trudeau"),
        ("Kenyatta", "1970", "PER:jomo-kenyatta"),
        ("Kenyatta", "2015", "PER:uhuru-kenyatta"),
    ],
)
def test_a_shared_surname_names_the_holder_of_the_day(
    registry: Registry, name: str, on: str, person_id: str
) -> None:
    assert registry.resolve(name, on).id == person_id


def test_the_ussr_and_east_germany_end_with_their_states(registry: Registry) -> None:
    assert registry.acts_for("PER:andrei-gromyko", "1986") == "SUN"
    assert registry.acts_for("PER:lothar-de-maiziere", "1990-06") == "DDR"
    assert registry.acts_for("PER:lee-teng-hui", "1995") == "TWN"


def test_the_plo_chairman_acts_for_the_plo_before_the_state_was_declared(
    registry: Registry,
) -> None:
    assert registry.resolve("Yasir Arafat", "1970-09-20").acts_for == "ORG:plo"
    assert registry.resolve("Yasser Arafat", "1993-09-13").acts_for == "PSE"


def test_a_city_named_after_a_leader_is_a_place(registry: Registry) -> None:
    found = registry.find_mentions("They flew to Ho Chi Minh City.", "2014")
    assert [(m.actor_id, m.kind) for m in found] == [("VNM", "place")]
