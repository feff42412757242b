"""Round 8's own first-sight pages on prices, units and tables (issue 20): 18 short pages in
languages picked at random, with and without CLDR data and vocabulary files, traps among them,
written with their expected prices BEFORE any of the round's rules. The reader read 11 of 18
right at first sight, 16 after the round (the two it still misses are strict expected
failures that say why). Each row: (kind, unit, usd, official_usd, usd_text, tier)."""

from __future__ import annotations

from decimal import Decimal as D
from typing import NamedTuple

import pytest

from catalog.run.normalized_page import read_and_normalize
from tests.test_units_any_locale import TODAY, _page, _table


class Case(NamedTuple):
    name: str
    locale: str
    html: str
    #: every price, or "four tiers" / "no time price" for a shape rather than figures
    want: list[tuple] | str
    left: str | None = None


CASES = [
    Case("sw_header_per_second", "sw", _page("sw", "<div>Kwa sekunde:$0.05</div>"),
         [("per_second", "second", D("0.05"), None, "$0.05", None)]),
    Case("et_table_spaced_slash", "et",
         _page("et", "", "Video mudel.", _table([["CometAPI hind", "Ametlik hind"],
                                                 ["$0.3 / sek", "$0.4 / sek"]])),
         [("per_second", "second", D("0.3"), D("0.4"), "$0.3 / sek", None)]),
    Case("sl_table_minute", "sl",
         _page("sl", "", "Prepis zvoka.", _table([["Cena CometAPI", "Uradna cena"],
                                                  ["$0.012 / minuto", "$0.015 / minuto"]])),
         [("per_minute", "minute", D("0.012"), D("0.015"), "$0.012 / minuto", None)]),
    Case("ka_attached_second", "ka", _page("ka", "<div>ფასი:$0.05/წამი</div>"),
         [("per_second", "second", D("0.05"), None, "$0.05/წამი", None)]),
    Case("hy_table_second", "hy",
         _page("hy", "", "Տեսանյութ։", _table([["Գին"], ["$0.05 / վայրկյան"]])),
         [("per_second", "second", D("0.05"), None, "$0.05 / վայրկյան", None)]),
    Case("ky_header_minute", "ky", _page("ky", "<div>Баасы:$0.006/мүнөт</div>"),
         [("per_minute", "minute", D("0.006"), None, "$0.006/мүнөт", None)]),
    Case("ht_header_borrowed_second", "ht", _page("ht", "<div>Pou chak segonn:$0.07</div>"),
         [("per_second", "second", D("0.07"), None, "$0.07", None)],
         left="a miss: Haitian 'segonn' (skeleton sgnn) is no CLDR word nor a second's skeleton"),
    Case("ay_header_borrowed_second", "ay", _page("ay", "<div>Sapa segundo:$0.06</div>"),
         [("per_second", "second", D("0.06"), None, "$0.06", None)]),
    Case("bi_time_of_day_tiers", "bi",
         _page("bi", "", "Video model.", _table([["Taem", "Praes"],
                                                 ["08:00–20:00 UTC", "$0.28 / s"],
                                                 ["20:00–08:00 UTC", "$0.20 / s"]])),
         [("per_second", "second", D("0.28"), None, "$0.28 / s", "08:00–20:00 UTC"),
          ("per_second", "second", D("0.20"), None, "$0.20 / s", "20:00–08:00 UTC")]),
    Case("lv_size_rows_unknown_unit", "lv",
         _page("lv", "", "Attēlu modelis.", _table([["Izmērs", "Cena"], ["1024×1024", "$0.04"],
                                                   ["1792×1024", "$0.08"]])),
         [("unknown", None, D("0.04"), None, "$0.04", "1024×1024"),
          ("unknown", None, D("0.08"), None, "$0.08", "1792×1024")],
         left="read as per_image from the pixel sizes (round 7's rule); written expecting "
              "unknown, and a person may well record per_image: kept as written at first sight"),
    Case("yo_context_tiers_unknown_labels", "yo",
         _page("yo", "", "Awoṣe ọrọ.", _table([["Ìwọ̀n", "Ìwọlé", "Ìjáde"],
                                               ["≤200K", "$1.25/M", "$10/M"],
                                               [">200K", "$2.5/M", "$15/M"]])),
         "four tiers"),
    Case("mi_trap_card_of_another_model", "mi",
         _page("mi", "<div>Ia hēkona:$0.08</div>", "",
               '<section><h2>More models</h2><div class="card"><h3>Sora 2</h3>'
               "<div>$0.02/sec</div></div></section>"),
         [("per_second", "second", D("0.08"), None, "$0.08", None)]),
    Case("la_trap_subscription_month", "la",
         _page("la", "", "Hoc exemplar pretium habet.", _table([["Pretium"], ["$5 / mensis"]])),
         "no time price"),
    Case("en_trap_other_model_sentence", "en",
         _page("en", "<div>Per second:$0.08</div>",
               "Sora 2 costs $0.10 / second on the same plan."),
         [("per_second", "second", D("0.08"), None, "$0.08", None)]),
    Case("sk_unit_then_note", "sk",
         _page("sk", "", "Video.", _table([["Cena CometAPI"], ["$0.04 / s (720p)"]])),
         [("per_second", "second", D("0.04"), None, "$0.04 / s", None)]),
    Case("kl_header_second", "kl", _page("kl", "<div>Sekundimut:$0.05</div>"),
         [("per_second", "second", D("0.05"), None, "$0.05", None)]),
    Case("fr_trailing_sign_spaced_image", "fr",
         _page("fr", "", "Images.", _table([["Prix CometAPI", "Prix officiel"],
                                            ["0,032 $ / image", "0,04 $ / image"]])),
         [("per_image", "image", D("0.032"), D("0.04"), "0,032 $", None)]),
    Case("gd_unit_word_in_column_header", "gd",
         _page("gd", "", "Bhideo.", _table([["Prìs (USD / diog)"], ["$0.05"]])),
         [("per_second", "second", D("0.05"), None, "$0.05", None)]),
]


def _normal(rows: list[tuple]) -> list[tuple]:
    return sorted((k, u, a, o, t, (tier or "").replace(" ", ""))
                  for k, u, a, o, t, tier in rows)


@pytest.mark.parametrize("case", [
    pytest.param(c, id=c.name, marks=pytest.mark.xfail(strict=True, reason=c.left))
    if c.left else pytest.param(c, id=c.name) for c in CASES])
def test_own_first_sight_page(case: Case) -> None:
    outcome = read_and_normalize(case.html, f"https://www.cometapi.com/{case.locale}/models/"
                                            "acme/test-model/", today=TODAY)
    got = [(p.kind, p.unit, p.usd, p.official_usd, p.usd_text, p.tier)
           for p in outcome.record.prices]
    if case.want == "four tiers":
        assert len(got) == 4 and all(row[5] for row in got)
    elif case.want == "no time price":
        assert not [row for row in got if row[0] in ("per_second", "per_minute")]
    else:
        assert _normal(got) == _normal(case.want)
