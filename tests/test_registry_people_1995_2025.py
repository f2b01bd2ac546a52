"""Office holders of 1995-2025 beyond the great powers: a leader or foreign minister named by
surname resolves to the state he or she acted for on a date in office, and a surname shared by
a father and son (Kabila, Bongo, Déby) or by two presidents (Mutharika, Noboa) names the holder
of the day (issue: "Mr. Gbagbo's spokesman accused France" found no actor)."""

from __future__ import annotations

import pytest

from diplograph.resolve.registry import Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.default()


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        ("Mr. Gbagbo's spokesman accused France of meddling.", "2004-11-08",
         [("PER:laurent-gbagbo", "CIV")]),
        ("Kabila flew to Luanda for talks with José Eduardo dos Santos.", "1998-08-25",
         [("PER:laurent-desire-kabila", "COD"), ("PER:jose-eduardo-dos-santos", "AGO")]),
        ("Kabila met Kagame in Pretoria.", "2002-07-30",
         [("PER:joseph-kabila", "COD"), ("PER:paul-kagame", "RWA")]),
        ("Afwerki accused Ethiopia of occupying Badme.", "2005-11-01",
         [("PER:isaias-afwerki", "ERI")]),
        ("Correa expelled the American ambassador.", "2011-04-05",
         [("PER:rafael-correa", "ECU")]),
        ("Johnson Sirleaf asked Washington for help against Ebola.", "2014-09-10",
         [("PER:ellen-johnson-sirleaf", "LBR")]),
        ("Sassou Nguesso received Bozize in Brazzaville.", "2007-03-20",
         [("PER:denis-sassou-nguesso", "COG"), ("PER:francois-bozize", "CAF")]),
        ("Bongo and Biya signed a border accord.", "2005-06-01",
         [("PER:omar-bongo", "GAB"), ("PER:paul-biya", "CMR")]),
        ("Bongo condemned the attack.", "2015-06-01",
         [("PER:ali-bongo-ondimba", "GAB")]),
        ("Deby accused Bashir of arming the rebels.", "2006-04-14",
         [("PER:idriss-deby", "TCD"), ("PER:omar-al-bashir", "SDN")]),
        ("Deby dissolved the government.", "2022-10-10",
         [("PER:mahamat-deby", "TCD")]),
        ("Mutharika expelled the British envoy.", "2011-04-27",
         [("PER:bingu-wa-mutharika", "MWI")]),
        ("Mutharika and Magufuli discussed the lake.", "2016-05-01",
         [("PER:peter-mutharika", "MWI"), ("PER:john-magufuli", "TZA")]),
        ("Tsvangirai and Mnangagwa met in Harare.", "2010-03-01",
         [("PER:morgan-tsvangirai", "ZWE"), ("PER:emmerson-mnangagwa", "ZWE")]),
        ("Ravalomanana accused Rajoelina of plotting a coup.", "2009-02-01",
         [("PER:marc-ravalomanana", "MDG"), ("PER:andry-rajoelina", "MDG")]),
        ("Zelaya was flown to Costa Rica; Micheletti took over.", "2009-06-29",
         [("PER:manuel-zelaya", "HND"), ("PER:roberto-micheletti", "HND")]),
        ("Noboa declared a state of emergency.", "2024-01-09",
         [("PER:daniel-noboa", "ECU")]),
        ("Noboa dollarised the economy.", "2000-09-01",
         [("PER:gustavo-noboa", "ECU")]),
        ("Bukele met Giammattei at the border.", "2021-02-01",
         [("PER:nayib-bukele", "SLV"), ("PER:alejandro-giammattei", "GTM")]),
        ("Aristide fled Port-au-Prince.", "2004-02-29",
         [("PER:jean-bertrand-aristide", "HTI")]),
        ("Holness and Mottley called for Caricom action.", "2019-07-01",
         [("PER:andrew-holness", "JAM"), ("PER:mia-mottley", "BRB")]),
        ("Prachanda resigned over the army chief.", "2009-05-04",
         [("PER:pushpa-kamal-dahal", "NPL")]),
        ("Gusmao welcomed Australian troops.", "2006-05-26",
         [("PER:xanana-gusmao", "TLS")]),
        ("Saleh signed the Gulf initiative in Riyadh.", "2011-11-23",
         [("PER:ali-abdullah-saleh", "YEM")]),
        ("Basescu and Fico discussed the pipeline.", "2008-05-01",
         [("PER:traian-basescu", "ROU"), ("PER:robert-fico", "SVK")]),
        ("Bainimarama suspended the constitution.", "2009-04-10",
         [("PER:frank-bainimarama", "FJI")]),
        ("Sogavare switched recognition to Beijing.", "2019-09-16",
         [("PER:manasseh-sogavare", "SLB")]),
        ("Ahern and Blair signed the agreement.", "1998-04-10",
         [("PER:bertie-ahern", "IRL"), ("PER:tony-blair", "GBR")]),
    ],
)  # fmt: skip
def test_office_holders_act_for_their_state(
    registry: Registry, text: str, on: str, expected: list[tuple[str, str]]
) -> None:
    found = [(m.actor_id, registry.acts_for(m.actor_id, on))
             for m in registry.find_mentions(text, on) if m.kind == "person"]  # fmt: skip
    assert found == expected


def test_the_kabilas_are_dated_by_term(registry: Registry) -> None:
    assert registry.resolve("Kabila", "1999-06").id == "PER:laurent-desire-kabila"
    assert registry.resolve("Kabila", "2001-02").id == "PER:joseph-kabila"
    assert registry.resolve("Tshisekedi", "2020-01").acts_for == "COD"


def test_a_leader_after_his_term_holds_no_recorded_office(registry: Registry) -> None:
    outside = registry.resolve("Gbagbo", "2015")
    assert outside.id == "PER:laurent-gbagbo" and "in no recorded office" in outside.why
