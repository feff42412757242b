"""Lifecycle notes read by their shape (``catalog/meaning/lifecycle_shape.py``): an arrow from a
note to a successor's id, and a successor named by the shape of a notice's last clause in a
language with no vocabulary file. Sentences of our own, in languages picked for having no
file; each rule with the traps it must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from catalog.meaning.lifecycle import read_lifecycle
from catalog.meaning.lifecycle_shape import shaped

TODAY = date(2026, 11, 28)


def read(passages: list[str], slug: str, name: str, locale: str):
    found = read_lifecycle(passages, slug, name, today=TODAY, locale=locale)
    return shaped(found, read_lifecycle, passages, slug, name, TODAY, locale)


@pytest.mark.parametrize(("passages", "slug", "name", "locale", "status", "when", "successor"), [
    (["Orion 3 yo awoṣe Acme.", "Deprecated · 2027-04-30 → orion-4"],
     "orion-3", "Orion 3", "yo", "deprecated", "2027-04-30", ("orion-4",)),
    (["Orion 3 ni modeli ya Acme.", "Retired 2026-02-01 ⇒ Orion 4.1"],
     "orion-3", "Orion 3", "sn", "retired", "2026-02-01", ("Orion 4.1",)),
    (["Orion 3 is a model by Acme.", "Deprecated: 2027-06-01 -> orion-4"],
     "orion-3", "Orion 3", "en", "deprecated", "2027-06-01", ("orion-4",)),
])
def test_a_note_with_an_arrow_to_another_model_names_its_successor(
        passages, slug, name, locale, status, when, successor):
    found = read(passages, slug, name, locale)
    assert (found.status, found.status_date, found.replacements) == (status, when, successor)
    assert found.replacement_evidence == (passages[1],)


@pytest.mark.parametrize(("passages", "slug", "name"), [
    # the arrow points to this model: the note is the other model's
    (["Orion 4 yo awoṣe Acme.", "orion-3 retired 2026-02-01 → orion-4"], "orion-4", "Orion 4"),
    # no ending in the note: an arrow alone states nothing
    (["Orion 3 yo awoṣe Acme.", "Ìtọ́sọ́nà 2027-04-30 → orion-4"], "orion-3", "Orion 3"),
    # the arrow's target is more than a model's name
    (["Orion 3 yo awoṣe Acme.", "Deprecated 2027-04-30 → orion-4 àti orion-5"],
     "orion-3", "Orion 3"),
])
def test_an_arrow_that_points_to_this_model_or_from_no_ending_states_nothing(
        passages, slug, name):
    found = read(passages, slug, name, "yo")
    assert (found.status, found.replacements) == (None, ())


@pytest.mark.parametrize(("passages", "successor"), [
    (["Orion 3 ni deprecated; ichaperera 2027-03-01. Shandisa orion-4."], ("orion-4",)),
    (["Orion 3 ni deprecated; ichaperera 2027-03-01; shandisa Orion 4 Pro"], ("Orion 4 Pro",)),
    (["Orion 3 ni deprecated 2027-03-01.", "Ipapo, shandisa orion-4."], ("orion-4",)),
    # named alone in a short sentence of the story, whatever the words around it
    (["Orion 3 ni deprecated; ichaperera 2027-03-01. Mushure meizvozvo Orion 4 ndiyo "
      "inoshandiswa."], ("Orion 4",)),
])
def test_a_notices_short_last_clause_naming_a_sibling_is_its_successor(passages, successor):
    found = read(passages, "orion-3", "Orion 3", "sn")
    assert (found.status, found.status_date) == ("deprecated", "2027-03-01")
    assert found.replacements == successor


@pytest.mark.parametrize("passages", [
    # a model of another family: a comparison, an alternative, not the successor by shape
    ["Orion 3 ni deprecated; ichaperera 2027-03-01. Shandisa nova-2."],
    # an older sibling: history, never a successor
    ["Orion 3 ni deprecated; ichaperera 2027-03-01. Orion 2 yakamiswa kare."],
    # a long sentence: more than a notice's last word to the user
    ["Orion 3 ni deprecated; ichaperera 2027-03-01. Vanhu vazhinji vanoshandisa orion-4 "
     "nekuti inokurumidza uye inodhura zvishoma pane dzimwe dzose dziripo."],
    # a figure beside the name: a price or a size, not a pointer
    ["Orion 3 ni deprecated; ichaperera 2027-03-01. Orion 4 inodhura $2/M."],
    # a sentence that opens with the sibling is about it: a comparison, no pointer
    ["Orion 3 ni deprecated; ichaperera 2027-03-01. Orion 4 ine simba kupfuura."],
    # two models in the clause
    ["Orion 3 ni deprecated; ichaperera 2027-03-01. Shandisa orion-4 kana orion-5."],
    # the sentence after the notice is about another model first
    ["Orion 3 ni deprecated; ichaperera 2027-03-01.", "Nova 2 yakabuda; shandisa orion-4."],
])
def test_no_successor_by_shape_without_its_whole_shape(passages):
    found = read(passages, "orion-3", "Orion 3", "sn")
    assert found.status == "deprecated"
    assert found.replacements == ()


def test_no_successor_by_shape_in_a_language_with_a_file():
    """A file's language has its own successor cues: a clause they do not read is no cue."""
    found = read(["Orion 3 ist deprecated; Abschaltung 2027-03-01. Danke orion-4."],
                 "orion-3", "Orion 3", "de")
    assert found.replacements == ()


def _page_status(lang: str, note: str) -> tuple:
    from catalog.run.normalized_page import read_and_normalize

    html = (f"<html lang='{lang}'><body><main><div><h1>Orion 3</h1><div>Input:$1/M</div>"
            f"<div>Output:$4/M</div><p>{note}</p></div><p>Orion 3 je model firmy Acme.</p>"
            "</main></body></html>")
    record = read_and_normalize(html, f"https://www.cometapi.com/{lang}/models/acme/orion-3/",
                                today=TODAY).record
    return record.status, record.status_date


@pytest.mark.parametrize(("note", "status", "when"), [
    ("Retired on 2026-05-01", "retired", "2026-05-01"),
    ("Deprecated 15.01.2027", "deprecated", "2027-01-15"),
    ("Nova 2 retired 2026-05-01", "active", None),      # another model's note
])
def test_a_note_whose_only_figures_are_a_date_names_no_model(note, status, when):
    """A capitalized line with figures is taken for another model's title ("Mistral Medium
    3"); a line whose only figures are a date's is a note, about this model when it names none."""
    assert _page_status("hsb", note) == (status, when)


def test_the_stable_release_of_a_preview_is_its_successor_by_shape():
    found = read(["Orion 3 Preview ni deprecated; ichaperera 2027-03-01. Panzvimbo payo "
                  "orion-3 yabuda."], "orion-3-preview", "Orion 3 Preview", "sn")
    assert found.replacements == ("orion-3",)


def test_an_arrow_in_the_note_the_ending_was_read_from_names_its_successor():
    """The reader read the ending ("deprecated 2027-01-01") but no cue for what follows the
    arrow: the arrow's model is the successor."""
    found = read(["Orion 3 yo awoṣe Acme.", "Orion 3 (deprecated 2027-01-01) → orion-4"],
                 "orion-3", "Orion 3", "yo")
    assert (found.status, found.replacements) == ("deprecated", ("orion-4",))
