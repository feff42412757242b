"""Commercial use, round 8 of issue 20: a licence's terms hold for every model of its family,
so a sentence naming the family this model's name begins with ("the Nova 3 licence" on Nova 3
Pro's page) says this model's commercial use; a model the page links to as one of its own
(Nova 3 Mini) is another. Every sentence is our own wording."""

from __future__ import annotations

from tests.test_real_page_wordings import page, read

_URL = "https://www.cometapi.com/models/acme/nova-3-pro/"
_PRICES = ["Input:$2/M", "Output:$8/M"]


def _more_models(*names: str) -> str:
    return "".join(f'<a href="/models/acme/{n}/">{n}</a>' for n in names)


def test_the_familys_licence_allows_this_models_commercial_use():
    doc = page(["The Nova 3 Open Licence permits commercial use."], _PRICES, name="Nova 3 Pro")
    record = read(doc, _URL)
    assert record.commercial_use is True
    assert record.evidence["commercial_use"] == ["The Nova 3 Open Licence permits commercial use."]


def test_the_familys_licence_in_a_language_without_a_file():
    # Amharic: "the Nova 3 licence permits using the model for trade"
    doc = page(["የNova 3 ፈቃድ ሞዴሉን ለንግድ መጠቀምን ይፈቅዳል።"], _PRICES, name="Nova 3 Pro")
    record = read(doc, "https://www.cometapi.com/am/models/acme/nova-3-pro/")
    assert record.commercial_use is True


def test_a_sibling_the_page_links_to_is_another_model():
    doc = page(["Nova 3 Mini is not licensed for commercial use."], _PRICES, name="Nova 3 Pro")
    doc = doc.replace("</body>", _more_models("nova-3-mini") + "</body>")
    record = read(doc, _URL)
    assert record.commercial_use is None


def test_the_base_model_the_page_links_to_is_another_model():
    # "Nova 3" is a model of its own here (linked): its terms are not this model's
    doc = page(["Nova 3 may not be used for commercial purposes."], _PRICES, name="Nova 3 Pro")
    doc = doc.replace("</body>", _more_models("nova-3") + "</body>")
    record = read(doc, _URL)
    assert record.commercial_use is None


# ---- a badge said with the language's grammar words around its concept


def _badge_page(badge: str) -> str:
    return page([], [*_PRICES, "Nova 3 Pro is a reasoning model for long documents.", badge],
                name="Nova 3 Pro")


def _in(locale: str) -> str:
    return f"https://www.cometapi.com/{locale}/models/acme/nova-3-pro/"


def test_a_badge_with_postpositions_around_the_trade_word_is_the_commercial_use_badge():
    # Bhojpuri: "permission to use for trade", five words, two of them postpositions
    record = read(_badge_page("ब्यापार खातिर इस्तेमाल के छूट"), _in("bho"))
    assert record.commercial_use is True


def test_a_berber_badge_with_its_particles_is_the_commercial_use_badge():
    # a Berber phrase, "use for selling and buying", its particles n and d of one letter
    record = read(_badge_page("Asemres n tzenzit d uznuzu"), _in("tzm"))
    assert record.commercial_use is True


def test_a_negated_badge_with_particles_says_nothing():
    # Berber "ur" negates: not for selling
    record = read(_badge_page("Ur ittusmeras i uznuzu"), _in("tzm"))
    assert record.commercial_use is None


def test_a_header_description_naming_trade_is_no_badge():
    # five words of three letters or more: a description, not a badge
    record = read(_badge_page("Modeli wa kũrũgamĩrĩra biashara nene na nini"), _in("ki"))
    assert record.commercial_use is None


def test_commercium_as_a_polynesian_language_says_it_after_its_prefix():
    # Samoan: "fa'a-" (Proto-Polynesian *faka-) before komesiale, commercium without its r
    record = read(_badge_page("Fa'aaogā fa'akomesiale"), _in("sm"))
    assert record.commercial_use is True


def test_a_polynesian_word_of_other_sounds_after_the_prefix_is_no_badge():
    # Niuean "fakamaama" (to explain) begins with the prefix and is no trade
    record = read(_badge_page("Fakamaama"), _in("niu"))
    assert record.commercial_use is None


# ---- the Malayic languages: their word niaga, and their negators before their trade words


def test_the_malayic_niaga_names_trade():
    # Minangkabau "untuak niago": for trade (Malay niaga, its final a an o)
    record = read(_badge_page("Untuak niago"), _in("min"))
    assert record.commercial_use is True


def test_niagara_is_no_trade():
    record = read(_badge_page("Niagara Falls"), _in("min"))
    assert record.commercial_use is None


def test_a_malayic_negator_before_a_trade_word_says_nothing():
    # Banjar "kada", Javanese "ora", Minangkabau "indak": not (for business, trade)
    for locale, badge in (("bjn", "Kada kawa dipakai gasan usaha"), ("jv", "Ora kanggo dagang"),
                          ("min", "Indak untuak niago")):
        assert read(_badge_page(badge), _in(locale)).commercial_use is None, badge


def test_a_sentences_piece_with_short_words_is_no_context_label():
    # "context and writes up to": five words, two of two letters; no label, though "context"
    doc = page(["Vela 4 costs less than vela-4-deep. The deep variant also has a 512K context "
                "and writes up to 64K tokens."], _PRICES, name="Vela 4")
    record = read(doc, "https://www.cometapi.com/models/acme/vela-4/")
    assert (record.context_window, record.max_output_tokens) == (None, None)
