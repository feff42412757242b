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
