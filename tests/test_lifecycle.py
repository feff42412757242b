"""Lifecycle phrasings: every wording in the corpus README and more, including sentences about
other models that must not change this one's status."""

from datetime import date

import pytest

from catalog.meaning.lifecycle import read_lifecycle

TODAY = date(2026, 11, 21)


@pytest.mark.parametrize(("text", "slug", "name", "status", "when", "replacements"), [
    # corpus: the seeds' sentence
    ("As of March 26, 2026, OpenAI's deprecations documentation indicates gpt-4-0314 has been "
     "retired and points developers toward newer replacements such as gpt-5 or gpt-4.1*, which "
     "is important context for anyone using the CometAPI platform identifier gpt-4-0314.",
     "gpt-4-0314", "gpt-4-0314", "retired", "2026-03-26", ("gpt-5", "gpt-4.1*")),
    # the same, reworded
    ("As of March 26, 2026, OpenAI's deprecations documentation states that gpt-4-0314 has been "
     "retired and recommends moving to newer replacements such as gpt-5 or gpt-4.1*; keep this "
     "in mind.", "gpt-4-0314", "gpt-4-0314", "retired", "2026-03-26", ("gpt-5", "gpt-4.1*")),
    ("OpenAI announced that o1-preview is deprecated and will be shut down on 28 July 2027; "
     "developers should migrate to o3.", "o1-preview", "o1-preview", "deprecated", "2027-07-28",
     ("o3",)),
    ("Anthropic sunset Claude 2.1 in July 2025 and recommends Claude Sonnet 4 as its successor.",
     "claude-2-1", "Claude 2.1", "retired", "2025-07", ("Claude Sonnet 4",)),
    ("This model is deprecated.", "x-1", "X 1", "deprecated", None, ()),
    ("gpt-4o will be retired; use gpt-5 instead.", "gpt-4o", "GPT-4o", "deprecated", None,
     ("gpt-5",)),
    # its own name before the "model" word is this model
    ("Sora 2 মডেলটি 2027-03-10 তারিখে বন্ধ হবে।", "sora-2", "Sora 2", "deprecated",
     "2027-03-10", ()),
    ("The model was discontinued on 2024/01/04 in favor of claude-3-haiku.", "claude-instant-1",
     "Claude Instant", "retired", "2024-01-04", ("claude-3-haiku",)),
    ("Retired upstream status: the original upstream model has been sunset.", "gpt-4-0314",
     "gpt-4-0314", "retired", None, ()),
    ("text-davinci-003 is no longer available since January 4, 2024.", "text-davinci-003",
     "text-davinci-003", "retired", "2024-01-04", ()),
    # the successor is a relative clause's antecedent: "…, which is its successor"
    ("gpt-4.1-mini will be shut down on 14 February 2027. From then on, requests go to "
     "gpt-5-mini, which is its designated successor.", "gpt-4-1-mini", "GPT-4.1 mini",
     "deprecated", "2027-02-14", ("gpt-5-mini",)),
    ("Gemini 1.5 Pro is scheduled for shutdown on September 24, 2027.", "gemini-1-5-pro",
     "Gemini 1.5 Pro", "deprecated", "2027-09-24", ()),
    ("Gemini 1.5 Flash was scheduled for shutdown on September 24, 2025.", "gemini-1-5-flash",
     "Gemini 1.5 Flash", "retired", "2025-09-24", ()),
    ("The end-of-life date for this model is 2027-02-01; it is replaced by mistral-large-3.",
     "mistral-large-2", "Mistral Large 2", "deprecated", "2027-02-01", ("mistral-large-3",)),
])
def test_statements_about_this_model(text, slug, name, status, when, replacements):
    lifecycle = read_lifecycle(text, slug, name, today=TODAY)
    assert (lifecycle.status, lifecycle.status_date, lifecycle.replacements) == (
        status, when, replacements)


@pytest.mark.parametrize(("text", "slug", "name"), [
    # corpus: preview endpoints shutting down do not retire the GA model
    ("Preview endpoints were scheduled for shutdown on July 15, 2025; users must migrate to the "
     "GA endpoint.", "gemini-2-5-flash", "Gemini 2.5 Flash"),
    # another model's retirement
    ("DeepSeek's older deepseek-chat-v2 endpoint was retired on 2025-09-05.", "deepseek-r",
     "DeepSeek-Reasoner"),
    # a family name without this model's version, before a "model" word: another generation
    ("প্রথম প্রজন্মের Sora মডেলটি ১০ মার্চ ২০২৬ তারিখে বন্ধ হয়ে গেছে।", "sora-2", "Sora 2"),
    # this model named in a clause set off by commas inside the other model's sentence
    ("GPT-4o mini, which GPT-4.1 mini is gradually replacing, will be switched off on "
     "15 February 2027.", "gpt-4-1-mini", "GPT-4.1 mini"),
    ("Модель GPT-4o mini, яку GPT-4.1 mini поступово витісняє, буде вимкнено 15 лютого "
     "2027 року.", "gpt-4-1-mini", "GPT-4.1 mini"),
    ("GPT-4 Turbo was retired last year, and gpt-4o is its faster successor.", "gpt-4o",
     "GPT-4o"),
    ("It is a fast model released in March 2025 for chat.", "m-1", "M 1"),
    ("", "m-1", "M 1"),
])
def test_no_statement_about_this_model(text, slug, name):
    lifecycle = read_lifecycle(text, slug, name, today=TODAY)
    assert lifecycle.status is None
    assert lifecycle.replacements == ()


def test_retirement_beats_deprecation_and_dates_come_from_the_retirement():
    text = ("gpt-3.5-turbo-0301 was deprecated on June 13, 2023. "
            "gpt-3.5-turbo-0301 has been retired on 2024-06-13 in favour of gpt-4o-mini.")
    lifecycle = read_lifecycle(text, "gpt-3-5-turbo-0301", "gpt-3.5-turbo-0301", today=TODAY)
    assert lifecycle.status == "retired"
    assert lifecycle.status_date == "2024-06-13"
    assert lifecycle.replacements == ("gpt-4o-mini",)


def test_a_replacement_that_names_this_model_is_not_listed():
    text = "gpt-4-0613 has been retired; migrate to gpt-4-0613-v2 or gpt-5."
    lifecycle = read_lifecycle(text, "gpt-4-0613", "gpt-4-0613", today=TODAY)
    assert lifecycle.replacements == ("gpt-4-0613-v2", "gpt-5")


@pytest.mark.parametrize(("passages", "slug", "name", "status", "when", "replacements"), [
    # a successor named only in the next sentence
    (["gpt-4o-2024-05-13 will be shut down on 2027-03-31. Use gpt-4.1 instead."],
     "gpt-4o-2024-05-13", "GPT-4o (2024-05-13)", "deprecated", "2027-03-31", ("gpt-4.1",)),
    # a question states nothing; its answer does
    (["When will this model be retired?",
      "Anthropic has scheduled claude-3-5-haiku-20241022 for retirement on February 19, 2027."],
     "claude-3-5-haiku", "Claude 3.5 Haiku", "deprecated", "2027-02-19", ()),
    # a notice's title states nothing
    (["지원 종료 안내", "x-model은 2026년 3월 26일에 서비스가 종료되었습니다."],
     "x-model", "X Model", "retired", "2026-03-26", ()),
    # the past tense of an announcement yields to the date of the ending it announces
    (["The provider announced that x-model-2 was being discontinued.",
      "Its shutdown date is 2027-05-12."],
     "x-model-2", "X Model 2", "deprecated", "2027-05-12", ()),
    # a lifecycle table: status row, date row, replacement row
    (["상태 | 지원 중단 예정", "대체 모델 | GPT-4.1"], "gpt-4-5-preview", "GPT-4.5 Preview",
     "deprecated", None, ("GPT-4.1",)),
    # a coordinated clause has its own subject: the model named in it is not the one retiring
    (["Nova Draw 3 is being phased out. Acme will stop serving it on 12 March 2027, and teams "
      "should build on Nova Draw 4 instead."],
     "nova-draw-3", "Nova Draw 3", "deprecated", "2027-03-12", ("Nova Draw 4",)),
    # the next sentence gives the date before it names the successor
    (["Vega Chat 2 will be retired. Requests are served until 3 May 2027, and after that Vega "
      "Chat 3 answers them."], "vega-chat-2", "Vega Chat 2", "deprecated", "2027-05-03", ()),
    # a model named after the retirement as the cue's object is not the sentence's subject
    (["Nova Chat 2 has been retired. Acme switched it off on 3 May 2026 and named Nova Chat 3 "
      "as its replacement."], "nova-chat-2", "Nova Chat 2", "retired", "2026-05-03",
     ("Nova Chat 3",)),
    # a phrasal verb's object sits between the verb and its particle
    (["Nova Chat 2 will be retired on 1 June 2027. Please move all your workloads to "
      "nova-chat-3."], "nova-chat-2", "Nova Chat 2", "deprecated", "2027-06-01",
     ("nova-chat-3",)),
    (["Nova Chat 2 was switched off on 1 June 2026, and nova-chat-3 is the model to point "
      "new code to."], "nova-chat-2", "Nova Chat 2", "retired", "2026-06-01", ("nova-chat-3",)),
    # of two dated endings the exact day beats the month it was announced in ("In May 2026"
    # is a date, not a model named "In May 2026")
    (["In May 2026 Acme said that Nova Chat 1 would be wound down. The service was turned off "
      "on 2 September 2026."],
     "nova-chat-1", "Nova Chat 1", "retired", "2026-09-02", ()),
    # a model's release code of four digits is a name ("Vela 2611"); a month and a day after
    # a capitalized word ("After October 30") is a date, never a successor
    (["Acme is retiring Vela 2503. After October 30, 2027, Acme points users to Vela 2611."],
     "vela-2503", "Vela 2503", "deprecated", "2027-10-30", ("Vela 2611",)),
])
def test_statements_across_passages(passages, slug, name, status, when, replacements):
    found = read_lifecycle(passages, slug, name, today=TODAY)
    assert (found.status, found.status_date, found.replacements) == (status, when, replacements)


def test_the_family_name_qualified_is_another_generation():
    """"The first Nova" on Nova Draw 2's page is the earlier model; its successor is this one."""
    found = read_lifecycle(["Nova Draw 2 paints faster. The first Nova is being wound down: Acme "
                            "switched off the old Nova app on 13 March 2026 and points its "
                            "users to Nova Draw 2."], "nova-draw-2", "Nova Draw 2", today=TODAY)
    assert (found.status, found.status_date, found.replacements) == (None, None, ())


def test_a_dated_snapshot_of_another_name_is_another_model():
    """gpt-4o-2024-05-13 is its own model on CometAPI: its retirement is not gpt-4o's."""
    found = read_lifecycle(["gpt-4o-2024-05-13 was retired on 2026-03-26."], "gpt-4o", "GPT-4o",
                           today=TODAY)
    assert found.status is None


def test_an_ambiguous_date_is_reported_not_guessed():
    found = read_lifecycle(["x-model will be retired on 03/04/2027."], "x-model", "X Model",
                           today=TODAY)
    assert (found.status, found.status_date) == ("deprecated", None)
    assert found.ambiguous_dates == ("03/04/2027",)


@pytest.mark.parametrize(("locale", "text", "status", "when", "replacements"), [
    # Catalan "deixarà de servir" (will stop serving), "substitueix" (replaces)
    ("ca", "Acme deixarà de servir Vega Chat 2 el 3 de maig de 2027; la substitueix Vega Chat 3.",
     "deprecated", "2027-05-03", ("Vega Chat 3",)),
    # Ukrainian past "вимкнула" (switched off); "API 03.05.2026" is a date, not a model's name
    ("uk", "Acme вимкнула Vega Chat 2 в API 03.05.2026.", "retired", "2026-05-03", ()),
    # Hungarian "veszi át" (takes over), the verb's prefix after it
    ("hu", "A Vega Chat 2 megszűnik 2027. május 3-án, helyét a Vega Chat 3 veszi át.",
     "deprecated", "2027-05-03", ("Vega Chat 3",)),
    # Swahili: the verb agrees with "toleo" (class 5, li-)
    ("sw", "Vega Chat 2: toleo hili litasitishwa tarehe 3 Mei 2027.", "deprecated", "2027-05-03",
     ()),
    # Armenian: the year's word "թվականի" before month and day
    ("hy", "Vega Chat 2-ը դադարեցրել է աշխատանքը 2026 թվականի մայիսի 3-ին։", "retired",
     "2026-05-03", ()),
])
def test_lifecycle_words_of_languages_with_a_file(locale, text, status, when, replacements):
    found = read_lifecycle([text], "vega-chat-2", "Vega Chat 2", today=TODAY, locale=locale)
    assert (found.status, found.status_date, found.replacements) == (status, when, replacements)


def test_this_version_is_no_release_date_cue():
    # "هذا الإصدار" is "this version"; "إصدار" alone would introduce a release date
    found = read_lifecycle(["أوقفت الشركة هذا الإصدار نهائيًا في ٣ مايو ٢٠٢٦."], "vega-chat-2",
                           "Vega Chat 2", today=TODAY, locale="ar")
    assert (found.status, found.status_date) == ("retired", "2026-05-03")


def test_this_models_name_with_more_parts_is_another_model():
    found = read_lifecycle(["Vega-Chat will be retired on 3 May 2027. We recommend moving to "
                            "Vega-Chat-Pro, which keeps the same parameters."], "vega-chat",
                           "Vega-Chat", today=TODAY)
    assert found.replacements == ("Vega-Chat-Pro",)


def test_an_identifier_written_like_this_ones_names_a_sibling_even_without_a_digit():
    # "px_slow_render" shares this model's first part and its way of writing: another model
    text = ("Slow mode (px_slow_render) was switched off on 9 February 2026, and its users were "
            "moved to this endpoint. px_quick_render keeps running; no end has been announced.")
    lifecycle = read_lifecycle(text, "px-quick-render", "px_quick_render", today=TODAY)
    assert (lifecycle.status, lifecycle.status_date, lifecycle.replacements) == (None, None, ())


# --- English grammar: a phrasal verb around its object, the present progressive -------------
@pytest.mark.parametrize(("text", "status", "when"), [
    # the object between verb and particle is this model's name
    ("Acme is winding Vega Chat 2 down. Calls keep working until 4 June 2027.", "deprecated",
     "2027-06-04"),
    # a pronoun object continues the story of the sentence before
    ("Vega Chat 2 answers in 40 languages. Acme switched it off on 2 March 2026.", "retired",
     "2026-03-02"),
    # a definite noun does the same ("the endpoint")
    ("Vega Chat 2 answers in 40 languages. Acme is shutting the endpoint down; the last calls "
     "will be served on 4 June 2027.", "deprecated", "2027-06-04"),
    # the present progressive: under way, not done, even without a date
    ("Acme is phasing Vega Chat 2 out.", "deprecated", None),
])
def test_a_phrasal_verb_takes_its_object_between_verb_and_particle(text, status, when):
    found = read_lifecycle(text, "vega-chat-2", "Vega Chat 2", today=TODAY)
    assert (found.status, found.status_date) == (status, when)


@pytest.mark.parametrize("text", [
    # the object is another model
    "Vega Chat 2 is the current model. Acme is phasing Vega Chat 1 out.",
    # a participle adjunct, no object ("Turned off, it …"): the setting, not the model
    "Vega Chat 2 has a reasoning switch. Turned off, it answers at once.",
    # "phase" the noun, and a preposition where an object would stand
    "Vega Chat 2 reached phase 2 of the rollout and came out of beta.",
    # a definite noun the vocabulary calls another product
    "Vega Chat 2 answers in 40 languages. Acme is winding the preview down.",
])
def test_a_phrasal_verb_about_something_else_states_nothing(text):
    found = read_lifecycle(text, "vega-chat-2", "Vega Chat 2", today=TODAY)
    assert found.status is None


def test_a_group_of_models_is_no_successor():
    """"in favour of its Imagen Ultra family" names a family; the model to move to comes next."""
    found = read_lifecycle("Google is retiring Imagen 2 in favour of its Imagen Ultra family. "
                           "Google names imagen-4-ultra as the model to move to.", "imagen-2",
                           "Imagen 2", today=TODAY)
    assert found.replacements == ("imagen-4-ultra",)


# --- whose statement: the end of this model's name, a relative clause's antecedent ---------
def test_the_end_of_this_models_name_is_this_model():
    """"the 3.1 Ultra model" on Vega 3.1 Ultra's page; its date and successor follow, the date
    with no lifecycle verb and written with dots."""
    found = read_lifecycle("Acme said the 3.1 Ultra model is being sunset. Starting 20.04.2027, "
                           "requests to it are refused. The designated successor is Vega 4 "
                           "Ultra.", "vega-3-1-ultra", "Vega 3.1 Ultra", today=TODAY, locale="af")
    assert (found.status, found.status_date, found.replacements) == (
        "deprecated", "2027-04-20", ("Vega 4 Ultra",))


def test_the_end_of_another_models_name_is_not_this_model():
    found = read_lifecycle("Acme said the 3.1 Lite model is being sunset.", "vega-3-1-ultra",
                           "Vega 3.1 Ultra", today=TODAY)
    assert found.status is None


@pytest.mark.parametrize(("text", "status"), [
    # the antecedent is another product of the family: not this model
    ("Vega 3 replaces the first Vega research preview, which Acme has wound down.", None),
    # the antecedent is this model
    ("Acme keeps Vega 3 online for now, but plans Vega 2, which it will retire in May 2027.",
     None),
    ("Acme announced a change for Vega 3, which it will retire on 9 May 2027.", "deprecated"),
])
def test_a_relative_clause_is_about_its_antecedent(text, status):
    found = read_lifecycle(text, "vega-3", "Vega 3", today=TODAY)
    assert found.status == status


def test_a_cut_off_in_the_future_is_the_services_end():
    """A knowledge cut-off is past; "the cut-off is planned for" a month ahead is the end."""
    found = read_lifecycle("Acme will wind Vega 3 down. The cut-off is planned for August 2027.",
                           "vega-3", "Vega 3", today=TODAY)
    assert (found.status, found.status_date) == ("deprecated", "2027-08")
    past = read_lifecycle("Vega 3 will be retired. Its training cut-off is March 2025.",
                          "vega-3", "Vega 3", today=TODAY)
    assert (past.status, past.status_date) == ("deprecated", None)


# --- still served ----------------------------------------------------------------------------
def test_a_continuing_verb_says_this_model_is_still_served():
    text = ("Vega Slow (vega_slow) was switched off on 1 May 2026 and its users moved here. "
            "vega_fast itself keeps running as before; no end date has been set.")
    found = read_lifecycle(text, "vega-fast", "vega_fast", today=TODAY)
    assert found.status is None
    assert found.still_served == ("vega_fast itself keeps running as before; no end date has "
                                  "been set.",)


def test_a_continuing_verb_of_another_subject_is_not_this_models():
    text = ("Vega Chat 1 was retired on 1 May 2026. Its traffic goes to Vega Chat 2 now, so "
            "older integrations keep working.")
    found = read_lifecycle(text, "vega-chat-2", "Vega Chat 2", today=TODAY)
    assert (found.status, found.still_served) == (None, ())


def test_a_continuing_verb_with_a_past_end_date_is_an_ending():
    found = read_lifecycle("Calls to vega-2 kept working until 5 January 2026, when Acme "
                           "switched it off.", "vega-2", "Vega 2", today=TODAY)
    assert (found.status, found.status_date) == ("retired", "2026-01-05")


# --- languages with a file: a longer word is the meaning; a demonstrative phrase -----------
def test_a_retirement_word_inside_a_deprecation_word_is_a_deprecation():
    # "段階的に終了" (ending gradually) holds "終了" (end): the end is under way
    first = "Acmeは、Vega Chat 2 の提供を段階的に終了すると発表しました。"
    found = read_lifecycle(f"{first}終了日は2027年5月12日です。", "vega-chat-2", "Vega Chat 2",
                           today=TODAY, locale="ja")
    assert (found.status, found.status_date) == ("deprecated", "2027-05-12")
    assert first in found.evidence  # the announcement states the same status as the date


def test_a_name_before_this_model_phrase_is_its_subject():
    # Arabic puts the verb first: "أوقفت Acme هذا النموذج" is Acme stopping this model
    found = read_lifecycle(["Vega Chat 2 نموذج سريع.", "أوقفت Acme هذا النموذج نهائيًا."],
                           "vega-chat-2", "Vega Chat 2", today=TODAY, locale="ar")
    assert found.status == "retired"


# --- languages with no file: a verb borrowed from Latin, only beside this model's name -----
def test_a_borrowed_verb_beside_this_models_name():
    # Basque "erretiratu" (retire); no tense words to read: an end stated, not reached
    found = read_lifecycle("Vega Chat 2 erretiratu egingo da.", "vega-chat-2", "Vega Chat 2",
                           today=TODAY, locale="eu")
    assert found.status == "deprecated"


def test_a_borrowed_verb_without_this_models_name_states_nothing():
    # "Aurreko eredu hori … erretiratu zuten": "that earlier model was retired"
    found = read_lifecycle("Vega Chat 2 Vega Chat 1 ereduaren ondorengoa da. Aurreko eredu hori "
                           "2025eko urriaren 1ean erretiratu zuten.", "vega-chat-2",
                           "Vega Chat 2", today=TODAY, locale="eu")
    assert found.status is None


# --- "the end of" a model; English service verbs ended ---------------------------------------
@pytest.mark.parametrize(("locale", "text", "status", "when"), [
    ("fr", "Acme a annoncé la fin de Vega Chat 2. Le modèle restera disponible jusqu'au 9 juin "
     "2027.", "deprecated", "2027-06-09"),
    ("en", "Acme announced the end of Vega Chat 2, effective 9 June 2027.", "deprecated",
     "2027-06-09"),
    # the end of a year, not of a model
    ("fr", "À la fin de 2026, Vega Chat 2 recevra une mise à jour.", None, None),
    ("en", "By the end of 2026 Vega Chat 2 will read images too.", None, None),
])
def test_the_end_of_a_model_is_its_ending(locale, text, status, when):
    found = read_lifecycle(text, "vega-chat-2", "Vega Chat 2", today=TODAY, locale=locale)
    assert (found.status, found.status_date) == (status, when)


@pytest.mark.parametrize(("text", "status", "when"), [
    ("Vega Chat 2 will no longer be available after 9 June 2027.", "deprecated", "2027-06-09"),
    ("The API stopped accepting Vega Chat 2 requests on 2 March 2026.", "retired", "2026-03-02"),
    ("Vega Chat 2 will cease processing new calls on 9 June 2027.", "deprecated", "2027-06-09"),
    # a feature dropped is no ending: no requests or calls are refused
    ("Vega Chat 2 no longer accepts audio input.", None, None),
])
def test_english_service_verbs_ended(text, status, when):
    found = read_lifecycle(text, "vega-chat-2", "Vega Chat 2", today=TODAY)
    assert (found.status, found.status_date) == (status, when)


@pytest.mark.parametrize(("text", "status", "when", "replacements"), [
    # the service as a noun, its verb of ending after the model's phrase
    ("Support for Vega Chat 2 ends on 9 June 2027; Vega Chat 3 is its replacement.",
     "deprecated", "2027-06-09", ("Vega Chat 3",)),
    # the active voice: the subject replaces this model ("it")
    ("Acme is sunsetting Vega Chat 2. Calls fail after 9 June 2027. Vega Chat 3 will replace it.",
     "deprecated", "2027-06-09", ("Vega Chat 3",)),
    ("Vega Chat 2 was shut down on 3 March 2026, and Vega Chat 3 took its place.", "retired",
     "2026-03-03", ("Vega Chat 3",)),
    # "suggested", "upgrade path": the dictionary's words for recommending
    ("The model will be decommissioned on June 9, 2027. The suggested upgrade path is Vega Chat "
     "3.", "deprecated", "2027-06-09", ("Vega Chat 3",)),
])
def test_english_successors_and_service_nouns(text, status, when, replacements):
    found = read_lifecycle(text, "vega-chat-2", "Vega Chat 2", today=TODAY)
    assert (found.status, found.status_date, found.replacements) == (status, when, replacements)


@pytest.mark.parametrize("text", [
    # this model replaces another: its object is the predecessor, never a successor
    "Vega Chat 2 will be retired on 9 June 2027. It replaced Vega Chat 1 in 2025.",
    # this model is where users are sent
    "Users of the retired Vega Chat 1 should move to Vega Chat 2.",
    # a phrasal verb's object that is not the model, and an option rather than an event
    "Vega Chat 2 shuts the conversation down when the budget runs out.",
    "You can switch Vega Chat 2 off in the dashboard at any time.",
    "Acme will phase the free tier out on 9 June 2027.",
    # a feature's end
    "Support for image input ends on 9 June 2027.",
])
def test_english_endings_of_other_things(text):
    found = read_lifecycle(text, "vega-chat-2", "Vega Chat 2", today=TODAY)
    if text.startswith("Vega Chat 2 will be retired"):
        assert (found.status, found.replacements) == ("deprecated", ())
    else:
        assert (found.status, found.replacements) == (None, ())


@pytest.mark.parametrize(("locale", "text"), [
    # Indonesian "Gunakan" (use) and Turkish "Yerine" (instead) capitalized before the name
    ("id", "Acme akan menghentikan Vega Chat 2. Gunakan Vega Chat 3 sebagai gantinya."),
    ("tr", "Acme, Vega Chat 2'yi kullanımdan kaldıracak. Yerine Vega Chat 3 önerilir."),
    # the cue is the start of a longer word ("Halefi", its successor, of "halef")
    ("tr", "Acme, Vega Chat 2'yi kullanımdan kaldıracak. Halefi Vega Chat 3'tür."),
])
def test_a_cue_word_is_no_part_of_the_successors_name(locale, text):
    found = read_lifecycle(text, "vega-chat-2", "Vega Chat 2", today=TODAY, locale=locale)
    assert found.replacements == ("Vega Chat 3",)


def test_persian_set_aside_in_the_present_tense():
    # "کنار می‌گذارد" (sets aside), the present of the "کنار گذاشته" the list had
    found = read_lifecycle("Acme مدل Vega Chat 2 را به‌تدریج کنار می‌گذارد. تاریخ خاموشی ۳۰ ژوئن "
                           "۲۰۲۷ است.", "vega-chat-2", "Vega Chat 2", today=TODAY, locale="fa")
    assert (found.status, found.status_date) == ("deprecated", "2027-06-30")


@pytest.mark.parametrize(("text", "replacements"), [
    ("Vega Chat 2 will be unavailable from 9 June 2027. Vega Chat 3 is the replacement.",
     ("Vega Chat 3",)),
    ("Acme announced Vega Chat 2's retirement. It stops serving requests on 9 June 2027. Vega "
     "Chat 3 succeeds it.", ("Vega Chat 3",)),
    ("Note: this model is scheduled for shutdown. Shutdown date: 2027-06-09. Recommended "
     "alternative: Vega Chat 3.", ("Vega Chat 3",)),
])
def test_more_english_endings_and_successors(text, replacements):
    found = read_lifecycle(text, "vega-chat-2", "Vega Chat 2", today=TODAY)
    assert (found.status, found.status_date, found.replacements) == (
        "deprecated", "2027-06-09", replacements)


def test_a_date_ahead_said_of_this_model_in_a_language_without_words_is_for_a_person(
        monkeypatch):
    """A language with neither a vocabulary file nor lexicon words (Icelandic, its lexicon
    entry emptied): no status is read, but the sentences naming this model with a date ahead
    (the date in the next one) are handed on as ``unread_dates``."""
    monkeypatch.setattr("catalog.meaning.prose.lexicon_words", lambda locale: {})
    text = ("Acme hefur tilkynnt að Vega Chat 2 verði tekið úr notkun. Lokað verður 9. júní 2027 "
            "og mælt er með Vega Chat 3.")
    found = read_lifecycle(text, "vega-chat-2", "Vega Chat 2", today=TODAY, locale="is")
    assert found.status is None
    assert found.unread_dates == ("Acme hefur tilkynnt að Vega Chat 2 verði tekið úr notkun. "
                                  "Lokað verður 9. júní 2027 og mælt er með",)
    # a date gone by, or a date of another model's sentence, is nothing to look at
    past = read_lifecycle("Vega Chat 2 kom út 9. júní 2025.", "vega-chat-2", "Vega Chat 2",
                          today=TODAY, locale="is")
    other = read_lifecycle("Vega Chat 2 er nýtt. Vega Chat 1 lokar 9. júní 2027.", "vega-chat-2",
                           "Vega Chat 2", today=TODAY, locale="is")
    assert past.unread_dates == other.unread_dates == ()


@pytest.mark.parametrize(("text", "status"), [
    # "and" + a verb with no subject of its own: the first predicate's subject goes on
    ("Vega Chat 2 has been superseded by Vega Chat 3 and will go offline on 9 June 2027.",
     "deprecated"),
    ("Vega Chat 3 replaces Vega Chat 2 and will be retired on 9 June 2027.", None),
    # support ended for a feature, not for the model
    ("Vega Chat 2 ends support for the legacy JSON mode on 9 June 2027.", None),
    ("Acme ends support for Vega Chat 2 on 9 June 2027.", "deprecated"),
])
def test_english_shared_subject_and_what_support_is_for(text, status):
    found = read_lifecycle(text, "vega-chat-2", "Vega Chat 2", today=TODAY)
    assert found.status == status



@pytest.mark.parametrize(("locale", "text"), [
    # an ending word right before another model's name is that model's attribute
    ("en", "Vega Chat 2 replaced the retired Vega Chat 1 in March 2026."),
    ("ja", "Vega Chat 2 は、2026年3月3日に提供終了した Vega Chat 1 の後継モデルです。"),
    ("ko", "Vega Chat 2는 2026년 3월 3일에 지원이 종료된 Vega Chat 1의 후속 모델입니다."),
    ("tr", "Vega Chat 2, 3 Mart 2026'da kullanımdan kaldırılan Vega Chat 1'in yerini alır."),
    # "never" negates as "not" does
    ("en", "Acme says Vega Chat 2 will never be retired before its successor ships."),
    # a negation's clause names no end date of another clause's
    ("en", "Acme says Vega Chat 2 will not be retired; only the Vega Chat 2 preview ends on "
           "30 June 2027."),
])
def test_an_ending_of_another_model_or_clause_is_not_this_models(locale, text):
    found = read_lifecycle(text, "vega-chat-2", "Vega Chat 2", today=TODAY, locale=locale)
    assert (found.status, found.replacements) == (None, ())


def test_the_date_of_the_ending_itself_decides():
    """Two dates, one of the announcement and one of the shutdown: the shutdown's (nearest to
    the ending word in its own clause) is the status date."""
    found = read_lifecycle("Acme deprecated Vega Chat 2 on 1 October 2026; it will be shut down "
                           "on 30 June 2027.", "vega-chat-2", "Vega Chat 2", today=TODAY)
    assert (found.status, found.status_date) == ("deprecated", "2027-06-30")


@pytest.mark.parametrize(("locale", "text", "status"), [
    # English "retire" and "shutdown" borrowed into Kannada and Hindi script, read by their
    # Latin letters; only beside this model's name
    ("kn", "Acme Vega Chat 2 ಅನ್ನು 2027 ಜೂನ್ 9 ರಂದು ರಿಟೈರ್ ಮಾಡಲಿದೆ.", "deprecated"),
    ("gu", "Vega Chat 2 નું શટડાઉન 9 જૂન 2027 ના રોજ થશે.", "deprecated"),
    # another model's retirement, this one named after it
    ("pa", "Vega Chat 1 ਰਿਟਾਇਰ ਹੋ ਗਿਆ; Vega Chat 2 ਚੱਲ ਰਿਹਾ ਹੈ.", None),
])
def test_a_verb_borrowed_from_english_into_another_script(locale, text, status):
    found = read_lifecycle(text, "vega-chat-2", "Vega Chat 2", today=TODAY, locale=locale)
    assert found.status == status


@pytest.mark.parametrize(("text", "when"), [
    ("Vega Chat 2 will no longer be available in the EU region after 9 June 2027.", None),
    ("Vega Chat 2 will no longer be available on the free plan.", None),
    ("Vega Chat 2 will no longer be available in June 2027.", "2027-06"),
])
def test_no_longer_available_somewhere_is_no_ending(text, when):
    found = read_lifecycle(text, "vega-chat-2", "Vega Chat 2", today=TODAY)
    assert (found.status, found.status_date) == (("deprecated", when) if when else (None, None))


@pytest.mark.parametrize(("locale", "text", "still"), [
    # a still-active statement in a paragraph of its own is the active status's evidence
    ("en", "Vega Chat 2 is fast.\nVega Chat 2 keeps running as before.",
     ("Vega Chat 2 keeps running as before.",)),
    ("fr", "Vega Chat 2 est rapide.\nVega Chat 2 reste disponible sans changement.",
     ("Vega Chat 2 reste disponible sans changement.",)),
    # a bare negator is no such statement
    ("en", "Vega Chat 2 is fast.\nVega Chat 2 does not support audio.", ()),
])
def test_a_still_active_statement_of_its_own(locale, text, still):
    found = read_lifecycle(text, "vega-chat-2", "Vega Chat 2", today=TODAY, locale=locale)
    assert (found.status, found.still_served) == (None, still)


@pytest.mark.parametrize(("text", "locale"), [
    ("Nova 3 takes the place of Nova 2. The latter was retired on 15 October 2026 and its "
     "requests now go to Nova 3.", "en"),
    ("Nova 3 prende il posto di Nova 2. Quest'ultimo è stato ritirato il 15 ottobre 2026 e le "
     "sue richieste vanno ora a Nova 3.", "it"),
    ("Nova 3 remplace Nova 2. Ce dernier a été retiré le 15 octobre 2026 et ses requêtes vont "
     "désormais vers Nova 3.", "fr"),
])
def test_the_latter_is_the_model_named_last_before_it(text, locale):
    found = read_lifecycle(text, "nova-3", "Nova 3", today=TODAY, locale=locale)
    assert (found.status, found.status_date) == (None, None)


def test_a_phrasal_verbs_object_named_as_another_version_and_its_pronoun_are_not_this_model():
    text = ("Nova 3 is the follow-on to the first Nova web model. Acme was phasing that original "
            "version out through the winter and switched it off on 13 March 2026; this API "
            "model is what its users were pointed to.")
    found = read_lifecycle(text, "nova-3", "Nova 3", today=TODAY, locale="en")
    assert (found.status, found.status_date) == (None, None)


def test_a_phrasal_verbs_pronoun_about_this_model_still_ends_it():
    text = "Nova 3 is Acme's fast model. Acme is phasing it out and will switch it off in May 2027."
    found = read_lifecycle(text, "nova-3", "Nova 3", today=TODAY, locale="en")
    assert (found.status, found.status_date) == ("deprecated", "2027-05")


@pytest.mark.parametrize(("text", "locale", "status", "when", "replacements"), [
    # a one-letter preposition after the name is a word of the sentence, not the name's end
    ("Acme wycofała Nova 2 z oferty 3 marca 2026 r. Następcą jest Nova 3.", "pl", "retired",
     "2026-03-03", ("Nova 3",)),
    ("Acme ukončí Nova 2 v březnu 2027 a nahradí ji Nova 3.", "cs", "deprecated", "2027-03",
     ("Nova 3",)),
])
def test_a_lone_small_letter_after_the_name_is_no_part_of_it(text, locale, status, when,
                                                             replacements):
    found = read_lifecycle(text, "nova-2", "Nova 2", today=TODAY, locale=locale)
    assert (found.status, found.status_date, found.replacements) == (status, when, replacements)


def test_a_size_or_letter_joined_to_the_version_stays_in_the_name():
    from catalog.meaning.prose import mentions

    assert [m[3] for m in mentions("Acme ships Nova 3 70B and Nova 4o today.", set())] == [
        "Nova 3 70B", "Nova 4o"]


@pytest.mark.parametrize(("text", "locale"), [
    ("Nova-R2 was retired in May 2026. Acme recommends Nova-V4.1 in its reasoning mode.", "en"),
    ("Nova-R2 выведена из эксплуатации в мае 2026 года. Вместо неё Acme рекомендует Nova-V4.1 "
     "в режиме рассуждений.", "ru"),
])
def test_a_hyphenated_id_before_a_word_is_named_whole(text, locale):
    """"Nova-V4.1 in …": the id reaches as far as the capital-and-version name inside it, so
    the id is the successor, not "V4.1" alone (a space after the name is no part of it)."""
    found = read_lifecycle(text, "nova-r2", "Nova-R2", today=TODAY, locale=locale)
    assert (found.status, found.replacements) == ("retired", ("Nova-V4.1",))


def test_this_models_version_alone_after_its_family_is_this_model():
    """"The v2.5 endpoint" on Vela v2.5's page is this model (all of its name after the
    family's word); "v2" is another generation."""
    text = ("Vela v2.5 is being phased out in favour of Vela v3. The v2.5 endpoint will be "
            "switched off in March 2027.")
    found = read_lifecycle(text, "vela-v2-5", "Vela v2.5", today=TODAY, locale="en")
    assert (found.status, found.status_date, found.replacements) == (
        "deprecated", "2027-03", ("Vela v3",))
    other = read_lifecycle("The v2 endpoint will be switched off in March 2027.", "vela-v2-5",
                           "Vela v2.5", today=TODAY, locale="en")
    assert other.status is None


@pytest.mark.parametrize(("text", "replacements"), [
    # the work a model does, routed elsewhere: where it goes is the successor
    ("Acme has marked Nova 2 as deprecated. From 30 June 2027, calls will be routed to Nova 3.",
     ("Nova 3",)),
    ("Nova 2 will be retired on 30 June 2027; after that its requests should be sent to Nova 3.",
     ("Nova 3",)),
    ("Nova 2 will be retired on 30 June 2027, and its jobs will be handled by Nova 3.",
     ("Nova 3",)),
    # "go to" without the work for its subject moves nothing
    ("Nova 2 will be retired on 30 June 2027. Go to the dashboard to compare it with Nova 3.",
     ()),
])
def test_work_routed_to_another_model_names_the_successor(text, replacements):
    found = read_lifecycle(text, "nova-2", "Nova 2", today=TODAY, locale="en")
    assert (found.status, found.status_date, found.replacements) == (
        "deprecated", "2027-06-30", replacements)


def test_the_model_that_serves_the_work_is_not_the_one_retired():
    """On Nova 3's page: "it" is the version retired, and Nova 3 serves its requests."""
    text = ("Version 2.1 is being phased out now that Nova 3 is the default. Acme plans to retire "
            "it on 22.01.2027, after which requests sent to it will be handled by Nova 3.")
    found = read_lifecycle(text, "nova-3", "Nova 3", today=TODAY, locale="en")
    assert (found.status, found.status_date) == (None, None)


def test_a_date_right_after_another_models_name_is_no_unread_date_of_this_one(monkeypatch):
    """In a language with no vocabulary file (Filipino), a date ahead in a sentence that names
    this model is flagged for a person when no word reads it, unless the model named nearest
    before it is another; with the lexicon's words ("ititigil": will be stopped, "papalit":
    will replace) the sentence is read, and says nothing of the successor."""
    text = "Paunawa: ititigil ang Nova 2 sa Marso 2027, at Nova 3 ang papalit dito."
    read = read_lifecycle(text, "nova-2", "Nova 2", today=TODAY, locale="fil")
    assert (read.status, read.status_date, read.replacements) == ("deprecated", "2027-03",
                                                                  ("Nova 3",))
    assert read_lifecycle(text, "nova-3", "Nova 3", today=TODAY, locale="fil").status is None
    monkeypatch.setattr("catalog.meaning.prose.lexicon_words", lambda locale: {})
    retired = read_lifecycle(text, "nova-2", "Nova 2", today=TODAY, locale="fil")
    successor = read_lifecycle(text, "nova-3", "Nova 3", today=TODAY, locale="fil")
    assert (retired.status, len(retired.unread_dates)) == (None, 1)
    assert (successor.status, successor.unread_dates) == (None, ())


@pytest.mark.parametrize(("text", "status", "when"), [
    # a release or a knowledge cut-off is past: a cut-off date ahead is the service's end
    ("Acme has said Nova 2 will be wound down. The cut-off is the end of September 2027.",
     "deprecated", "2027-09"),
    ("Acme has said Nova 2 will be wound down. Its cut-off date: 30 September 2027.",
     "deprecated", "2027-09-30"),
    # a past release date is still no lifecycle date
    ("Nova 2, released on 3 March 2025, will be retired.", "deprecated", None),
])
def test_a_cut_off_date_ahead_is_the_services_end(text, status, when):
    found = read_lifecycle(text, "nova-2", "Nova 2", today=TODAY, locale="en")
    assert (found.status, found.status_date) == (status, when)


@pytest.mark.parametrize(("text", "slug", "name", "replacements"), [
    # a successor named by its version alone is that version of this model's family
    ("Acme-R2 was retired in May 2026; use V3.1 instead.", "acme-r2", "Acme-R2",
     ("Acme V3.1",)),
    ("Vela v2.5 will be switched off in March 2027. Please move to v3 instead.", "vela-v2-5",
     "Vela v2.5", ("Vela v3",)),
    # no family word to lend: no successor rather than a guess
    ("o1 was retired in May 2026; use v3 instead.", "o1", "o1", ()),
])
def test_a_successor_named_by_its_version_alone_is_of_this_family(text, slug, name,
                                                                  replacements):
    found = read_lifecycle(text, slug, name, today=TODAY, locale="en")
    assert found.replacements == replacements


@pytest.mark.parametrize(("locale", "text", "parts"), [
    # an era's letters before its year or month end no sentence, in any script
    ("lo", "ບໍລິການຈະສິ້ນສຸດວັນທີ 31 ມັງກອນ ພ.ສ. 2570. ຂອບໃຈ.", 2),
    ("am", "ከእ.ኤ.አ. ሴፕቴምበር 2026 ጀምሮ ቆሟል።", 1),
    # letters and dots before a word that is no year nor month still end one
    ("en", "Acme is based in the U.S. The model is fast.", 2),
])
def test_an_eras_letters_end_no_sentence(locale, text, parts):
    from catalog.meaning.prose import sentences

    assert len(sentences(text, locale)) == parts


def test_a_date_in_an_era_after_the_model_is_flagged_in_a_language_without_a_file(monkeypatch):
    """Lao has no file: its lexicon reads "ຈະຢຸດໃຫ້ບໍລິການ" (will stop serving) and the date in the
    Buddhist era of the next sentence; without the lexicon's words the sentences are flagged."""
    text = "Acme ຈະຢຸດໃຫ້ບໍລິການ Nova 2. ວັນສຸດທ້າຍແມ່ນວັນທີ 31 ມັງກອນ ພ.ສ. 2570, ແລະ ໃຊ້ Nova 3."
    read = read_lifecycle(text, "nova-2", "Nova 2", today=TODAY, locale="lo")
    assert (read.status, read.status_date) == ("deprecated", "2027-01-31")
    monkeypatch.setattr("catalog.meaning.prose.lexicon_words", lambda locale: {})
    found = read_lifecycle(text, "nova-2", "Nova 2", today=TODAY, locale="lo")
    assert (found.status, len(found.unread_dates)) == (None, 1)


@pytest.mark.parametrize(("locale", "text", "status", "when"), [
    # the "pension" of retirement borrowed behind a verb's prefix, in a language with no file
    ("su", "Nova 2 bakal dipensiunkeun ku Acme. Poé terakhirna nyaéta 31 Maret 2027.",
     "deprecated", "2027-03-31"),
    # never inside "suspension"
    ("su", "Nova 2 ngarojong mode suspension ti 31 Maret 2027.", None, None),
])
def test_a_borrowed_pension_verb_in_a_language_without_a_file(locale, text, status, when):
    found = read_lifecycle(text, "nova-2", "Nova 2", today=TODAY, locale=locale)
    assert (found.status, found.status_date) == (status, when)


def test_a_word_before_figures_of_another_script_names_no_model():
    """Model names write their versions in ASCII digits: "API ١٥ی حوزەیرانی" is a word and a
    date, so the date after it is still said of this model's story."""
    from catalog.meaning.prose import mentions

    assert mentions("دوا ڕۆژی لە API ١٥ی حوزەیرانی ٢٠٢٧ دەبێت.", {"nova-2"}) == []
    text = "Acme ڕایگەیاندووە کە Nova 2 لە کار دەخرێت. دوا ڕۆژی لە API ١٥ی حوزەیرانی ٢٠٢٧ دەبێت."
    found = read_lifecycle(text, "nova-2", "Nova 2", today=TODAY, locale="ckb")
    assert (found.status, len(found.unread_dates)) == (None, 1)


@pytest.mark.parametrize(("text", "status", "when", "replacements"), [
    # a split cue in any form of its verb, the active "replaced it" taking "with" after it
    ("Acme retired Nova 2 in March 2026 and replaced it with Nova 3.", "retired", "2026-03",
     ("Nova 3",)),
    ("Nova 2 has reached its end of life. Customers have been moved to Nova 3.", "retired",
     None, ("Nova 3",)),
    # the work sent to it failing from a date on is its end
    ("After 15 January 2027 calls to Nova 2 will fail. Switch to Nova 3.", "deprecated",
     "2027-01-15", ("Nova 3",)),
    # served until a date ahead: a notice
    ("Nova 2 remains available until January 15, 2027, after which Nova 3 replaces it.",
     "deprecated", "2027-01-15", ("Nova 3",)),
    ("Nova 2 stays callable for existing keys until 15 January 2027.", "deprecated",
     "2027-01-15", ()),
    # a second predicate of the same subject after a phrase of time
    ("Nova 2 was superseded by Nova 3 in March 2026 and is no longer served.", "retired",
     "2026-03", ("Nova 3",)),
    # no ending: a failure without a date, a price until a date, no date at all
    ("Requests to Nova 2 will fail if the prompt exceeds 128K tokens.", None, None, ()),
    ("Nova 2 is available at a 20% discount until 31 December 2026.", None, None, ()),
    ("Nova 2 is available until further notice.", None, None, ()),
])
def test_english_constructions_of_an_ending(text, status, when, replacements):
    found = read_lifecycle(text, "nova-2", "Nova 2", today=TODAY, locale="en")
    assert (found.status, found.status_date, found.replacements) == (status, when, replacements)


@pytest.mark.parametrize(("locale", "text", "when"), [
    # a name's last figure is no day: "Nova 2 en marzo" is March, not the 2nd of March
    ("es", "Acme dejó de ofrecer Nova 2 en marzo de 2026 y recomienda Nova 3.", "2026-03"),
    ("pt", "A Acme descontinuou o Nova 2 em março de 2026.", "2026-03"),
])
def test_a_names_last_figure_is_no_day_of_the_date_after_it(locale, text, when):
    found = read_lifecycle(text, "nova-2", "Nova 2", today=TODAY, locale=locale)
    assert (found.status, found.status_date) == ("retired", when)


@pytest.mark.parametrize(("locale", "text"), [
    # "redirected to", a dictionary word of many languages: where the work goes is the successor
    ("fr", "Nova 2 sera retiré le 15 janvier 2027 ; ses requêtes seront redirigées vers Nova 3."),
    ("de", "Nova 2 wird am 15. Januar 2027 abgeschaltet, Anfragen werden an Nova 3 "
           "weitergeleitet."),
    ("ru", "Nova 2 будет отключена 15 января 2027 года, запросы будут перенаправлены на Nova 3."),
    ("pt", "O Nova 2 será desativado em 15 de janeiro de 2027 e as chamadas serão "
           "redirecionadas para o Nova 3."),
])
def test_work_redirected_to_another_model_in_other_languages(locale, text):
    found = read_lifecycle(text, "nova-2", "Nova 2", today=TODAY, locale=locale)
    assert (found.status, found.status_date, found.replacements) == (
        "deprecated", "2027-01-15", ("Nova 3",))


@pytest.mark.parametrize("text", [
    # a failure with a condition, or of work not sent to the model, is no ending
    "Requests will fail if you exceed 60 calls per minute after 1 January 2027.",
    "Calls to Nova 3 will fail if the prompt exceeds 128K tokens after 1 January 2027.",
    # an offer of the model, not the model, ends
    "The Nova 3 promotion remains available until 31 December 2026.",
    "The free tier of Nova 3 will be discontinued on 30 June 2027.",
    # another model's end, this one the successor
    "Nova 2 stays callable until 30 June 2027; after that, requests go to Nova 3.",
    "Requests sent to Nova 2 after 15 January 2027 will fail; Nova 3 keeps running as before.",
])
def test_traps_of_the_english_constructions(text):
    found = read_lifecycle(text, "nova-3", "Nova 3", today=TODAY, locale="en")
    assert (found.status, found.status_date) == (None, None)


@pytest.mark.parametrize(("locale", "text", "status", "when"), [
    # Korean "종료되며" (ends, and) joins a second predicate; "종료된 Nova 1의" is an attribute
    ("ko", "Nova 2는 2027년 1월 15일에 종료되며 Nova 3으로 대체됩니다.", "deprecated",
     "2027-01-15"),
    # a relative clause's antecedent is this model, though a cue names it as the object
    ("es", "Nova 3 sustituye a Nova 2, que fue retirado en marzo de 2026.", "retired", "2026-03"),
])
def test_a_second_predicate_and_a_relative_clause_end_this_model(locale, text, status, when):
    found = read_lifecycle(text, "nova-2", "Nova 2", today=TODAY, locale=locale)
    assert (found.status, found.status_date, found.replacements) == (status, when, ("Nova 3",))
    other = read_lifecycle(text, "nova-3", "Nova 3", today=TODAY, locale=locale)
    assert other.status is None


@pytest.mark.parametrize(("locale", "text"), [
    # an offer of the model (its free tier, a promotion) ends, not the model
    ("es", "El plan gratuito de Nova 3 dejará de estar disponible el 30 de junio de 2027."),
    ("ja", "Nova 3 の無料枠は2027年6月30日に提供終了となります。"),
    ("de", "Die kostenlose Stufe von Nova 3 wird am 30. Juni 2027 eingestellt."),
])
def test_an_offer_of_the_model_ending_is_not_the_model_ending(locale, text):
    found = read_lifecycle(text, "nova-3", "Nova 3", today=TODAY, locale=locale)
    assert (found.status, found.status_date) == (None, None)


@pytest.mark.parametrize(("text", "replacements"), [
    # the subject of active replacing whose object is this model's name is its successor
    ("Nova 3 replaces Nova 2, which was retired in March 2026.", ("Nova 3",)),
    ("Nova 2 was retired in March 2026. Nova 3 has replaced Nova 2 for all customers.",
     ("Nova 3",)),
    # another model's successor, or this model's predecessor, is none
    ("Nova 2 was retired in March 2026. Nova 4 replaces Nova 3 as the flagship.", ()),
    ("Nova 2 was retired in March 2026. It replaced Nova 1 in 2024.", ()),
])
def test_the_model_replacing_this_one_by_name_is_its_successor(text, replacements):
    found = read_lifecycle(text, "nova-2", "Nova 2", today=TODAY, locale="en")
    assert (found.status, found.status_date, found.replacements) == (
        "retired", "2026-03", replacements)
    assert read_lifecycle(text, "nova-3", "Nova 3", today=TODAY, locale="en").status is None


@pytest.mark.parametrize(("locale", "text", "status", "when"), [
    # English "sunset" borrowed, in Latin letters or another script, as a whole word
    ("fil", "I-sunset ng Acme ang Nova 2 sa 30 Hunyo 2027.", "deprecated", "2027-06-30"),
    ("gu", "Acme Nova 2 ને 30 જૂન 2027 ના રોજ સનસેટ કરશે.", "deprecated", "2027-06-30"),
    ("fil", "Ang Nova 2 ay sensitibo sa mga prompt mula 30 Hunyo 2027.", None, None),
])
def test_a_borrowed_sunset_in_a_language_without_a_file(locale, text, status, when):
    found = read_lifecycle(text, "nova-2", "Nova 2", today=TODAY, locale=locale)
    assert (found.status, found.status_date) == (status, when)


@pytest.mark.parametrize(("locale", "text", "replacements"), [
    # a successor cue borrowed from Latin or English, in a language with no file
    ("sq", "Acme do ta sunset Nova 2 më 30 qershor 2027. Si pasardhës rekomandohet Nova 3.",
     ("Nova 3",)),
    ("fil", "I-sunset ng Acme ang Nova 2 sa 30 Hunyo 2027. Inirerekomenda naming lumipat sa "
            "Nova 3.", ("Nova 3",)),
    # another model named with no cue is no successor
    ("jv", "Nova 2 badhé dipunpènsiun déning Acme tanggal 30 Juni 2027. Nova 3 langkung cepet.",
     ()),
])
def test_a_borrowed_successor_cue_in_a_language_without_a_file(locale, text, replacements):
    found = read_lifecycle(text, "nova-2", "Nova 2", today=TODAY, locale=locale)
    assert (found.status, found.status_date, found.replacements) == (
        "deprecated", "2027-06-30", replacements)
    assert read_lifecycle(text, "nova-3", "Nova 3", today=TODAY, locale=locale).status is None


@pytest.mark.parametrize("text", [
    # an English text on a page in a language with no file: its words are English, read by
    # the English vocabulary, never as words borrowed from it
    "Nova 2 writes pension reports.",
    "Nova 2 writes pension reports for the bank and its clients from 1 March 2027.",
])
def test_english_words_are_not_borrowed_words_on_a_page_without_a_file(text):
    found = read_lifecycle(text, "nova-2", "Nova 2", today=TODAY, locale="rw")
    assert (found.status, found.status_date) == (None, None)


def test_a_figure_and_its_magnitude_names_no_model():
    """"The 256K in the header": with the capitalized word cut off, "256K" is a size, not a
    model another figure could be said of."""
    from catalog.meaning.prose import mentions

    assert mentions("The 256K in the header is rounded; the exact length is 262,144.",
                    {"nova-2"}) == []
    assert [m[3] for m in mentions("Use Llama 3 70B today.", {"nova-2"})] == ["Llama 3 70B"]


@pytest.mark.parametrize("text", [
    # split cues with an object of up to four words between verb and particle
    "This endpoint goes offline on 15 January 2027. Point your integration at Nova 3 before.",
    "Acme has wound down Nova 2 as of 15 January 2027 and routes all of its traffic to Nova 3.",
    "Acme will retire Nova 2 on 15 January 2027; new work should target Nova 3.",
])
def test_english_cues_with_their_object_inside(text):
    found = read_lifecycle(text, "nova-2", "Nova 2", today=TODAY, locale="en")
    assert (found.status_date, found.replacements) == ("2027-01-15", ("Nova 3",))


@pytest.mark.parametrize(("text", "slug", "name", "status"), [
    # a word of this model's own name is this model, not another product
    ("The beta endpoint is being shut down on 14 February 2027.", "nova-3-beta", "Nova 3 Beta",
     "deprecated"),
    ("Access to the preview will be switched off in August 2027.", "lyra-2-preview",
     "Lyra 2 Preview", "deprecated"),
    # on a model whose name has no such word it is another product still
    ("The beta endpoint is being shut down on 14 February 2027.", "nova-3", "Nova 3", None),
    ("Access to the preview will be switched off in August 2027.", "lyra-2", "Lyra 2", None),
])
def test_a_word_of_its_own_name_is_no_other_product(text, slug, name, status):
    assert read_lifecycle([text], slug, name, today=TODAY).status == status


@pytest.mark.parametrize(("text", "status", "when"), [
    # the last coordinated clause's subject is the one the next sentence goes on about
    ("Acme is winding down the orca-1 family, and orca-2-lite belongs to that plan. The last "
     "day of service will be 9 April 2027.", "deprecated", "2027-04-09"),
    # not when that clause moves users to it, or says it goes on
    ("Acme is retiring orca-1, and orca-2-lite replaces it. The last day of service will be 9 "
     "April 2027.", None, None),
    ("Acme is retiring orca-1, and orca-2-lite is not affected. The last day of service will be "
     "9 April 2027.", None, None),
])
def test_the_next_sentence_goes_on_about_the_last_clause_subject(text, status, when):
    got = read_lifecycle([text], "orca-2-lite", "orca-2-lite", today=TODAY)
    assert (got.status, got.status_date) == (status, when)


@pytest.mark.parametrize(("text", "replacements"), [
    # a successor's name goes on over capitalized words and versions after its version
    ("Orion 1 was retired in May 2026; use Vela 4 Scout instead.", ("Vela 4 Scout",)),
    ("Orion 1 was retired in May 2026. Teams should migrate to Llama 5 Scout 17B and keep "
     "their prompts.", ("Llama 5 Scout 17B",)),
    # up to a punctuation mark or a word in lower case: never a word of the next clause
    ("Orion 1 was retired in May 2026; its replacement is Vela 4.5 Pro, which reads images.",
     ("Vela 4.5 Pro",)),
    ("Orion 1 was retired in May 2026; use Vela 4 for chat.", ("Vela 4",)),
    # an apposition names the successor by its shape alone, a word and a small version
    ("Orion 1 was retired in May 2026. Its successor, Lumen 2, is what new projects call.",
     ("Lumen 2",)),
    ("Orion 1 was retired in May 2026. The recommended replacement: Lumen 2.", ("Lumen 2",)),
    # a month and its day is no name, nor a capitalized word and a number far from the cue
    ("Orion 1 will be retired and replaced by March 15, 2027.", ()),
    ("Orion 1 was retired in May 2026. A successor is planned; Step 2 of the guide explains "
     "more.", ()),
])
def test_a_successor_is_named_by_its_shape(text, replacements):
    got = read_lifecycle([text], "orion-1", "Orion 1", today=TODAY)
    assert got.status is not None
    assert got.replacements == replacements


@pytest.mark.parametrize(("text", "status", "when"), [
    # a thesaurus's English for a service's end, as grammar: a transitive verb and the model
    # for its object
    ("Acme will withdraw Lyra 5 on 3 June 2027.", "deprecated", "2027-06-03"),
    ("Acme stopped offering Lyra 5 in March 2026.", "retired", "2026-03"),
    ("Acme is deactivating the endpoint on 3 June 2027.", "deprecated", "2027-06-03"),
    ("Acme will end access to Lyra 5 on 3 June 2027.", "deprecated", "2027-06-03"),
    ("Acme will pull Lyra 5 from the catalogue on 3 June 2027.", "deprecated", "2027-06-03"),
    # cease and stop with the service's state
    ("Lyra 5 ceased to be available on 3 June 2026.", "retired", "2026-06-03"),
    ("Lyra 5 will cease operations on 3 June 2027.", "deprecated", "2027-06-03"),
    ("Lyra 5 will stop being offered on 3 June 2027.", "deprecated", "2027-06-03"),
    ("Lyra 5 will no longer be supported after 3 June 2027.", "deprecated", "2027-06-03"),
    ("Lyra 5 reaches end of availability on 3 June 2027.", "deprecated", "2027-06-03"),
    # the same verbs with another object end something else
    ("Lyra 5 lets you deactivate the safety filter per request.", None, None),
    ("Lyra 5 can withdraw a tool call when the user cancels.", None, None),
    ("Lyra 5 stopped offering free trials in March 2026.", None, None),
    ("In Lyra 5 you can deactivate it for a single request.", None, None),
    ("Lyra 5 will cease responding if the context exceeds its limit.", None, None),
    ("Acme stopped offering Lyra 4 in March 2026 and moved users to Lyra 5.", None, None),
])
def test_english_endings_of_a_thesaurus_read_by_their_object(text, status, when):
    got = read_lifecycle([text], "lyra-5", "Lyra 5", today=TODAY)
    assert (got.status, got.status_date) == (status, when)


@pytest.mark.parametrize(("text", "replacements"), [
    ("Lyra 5 will be retired on 3 June 2027, supplanted by gpt-6.", ("gpt-6",)),
    ("Lyra 5 will be retired on 3 June 2027. Most teams are upgrading to gpt-6.", ("gpt-6",)),
    ("Lyra 5 will be retired on 3 June 2027, and gpt-6 takes its place.", ("gpt-6",)),
])
def test_english_successor_cues_of_a_thesaurus(text, replacements):
    assert read_lifecycle([text], "lyra-5", "Lyra 5", today=TODAY).replacements == replacements


@pytest.mark.parametrize("text", [
    # this model's family's word with another version names a sibling, whatever the family
    "Orion 2 replaces the retired Orion 1.",
    "Orion 1 was withdrawn in March 2026; Orion 2 is its successor.",
    "Orion 1's last day of service was 12 March 2026. Orion 2 took over.",
])
def test_a_sibling_named_by_the_family_word_and_a_version_is_another_model(text):
    assert read_lifecycle([text], "orion-2", "Orion 2", today=TODAY).status is None


def test_an_undated_ending_of_the_dated_story_is_its_evidence_too():
    got = read_lifecycle(["Acme stellt Nova 3 Pro ein. Abgeschaltet wird das Modell am "
                          "30.04.2027."], "nova-3-pro", "Nova 3 Pro", today=TODAY, locale="de")
    assert (got.status, got.status_date) == ("deprecated", "2027-04-30")
    assert "Acme stellt Nova 3 Pro ein." in got.evidence


@pytest.mark.parametrize(("locale", "text", "status", "when"), [
    # the dictionary forms a vocabulary file lacked: a verb's other tenses and synonyms
    ("sv", "Acme har stängt av Nova 3 Pro i sitt API.", "retired", None),
    ("sv", "Acme stängde ner Nova 3 Pro den 2 mars 2026.", "retired", "2026-03-02"),
    ("el", "Η Acme απέσυρε το Nova 3 Pro στις 2 Μαρτίου 2026.", "retired", "2026-03-02"),
    ("el", "Η Acme διέκοψε το Nova 3 Pro στις 2 Μαρτίου 2026.", "retired", "2026-03-02"),
    ("ka", "Acme-მა Nova 3 Pro 2026 წლის 2 მარტს გამორთო.", "retired", "2026-03-02"),
    ("de", "Der letzte Tag für Nova 3 Pro ist der 30.04.2027.", "deprecated", "2027-04-30"),
    ("de", "Acme zieht Nova 3 Pro am 30.04.2027 zurück.", "deprecated", "2027-04-30"),
])
def test_vocabulary_forms_of_an_ending(locale, text, status, when):
    got = read_lifecycle([text], "nova-3-pro", "Nova 3 Pro", today=TODAY, locale=locale)
    assert (got.status, got.status_date) == (status, when)


@pytest.mark.parametrize(("locale", "text", "replacements"), [
    ("ka", "Nova 3 Pro გაითიშება 2027 წლის 2 მარტს; მას ჩაენაცვლება gpt-6.", ("gpt-6",)),
])
def test_vocabulary_forms_of_a_successor(locale, text, replacements):
    got = read_lifecycle([text], "nova-3-pro", "Nova 3 Pro", today=TODAY, locale=locale)
    assert got.replacements == replacements


@pytest.mark.parametrize(("text", "status", "replacements"), [
    # "this model" right after the verb is its object, whatever model the clause names later
    ("Acme will sunset this snapshot in March 2027 and encourages customers to adopt gpt-6.",
     "deprecated", ("gpt-6",)),
    ("Acme is retiring the model in March 2027 and asks teams to adopt gpt-6.", "deprecated",
     ("gpt-6",)),
    # another model right after the verb stays its object
    ("Acme will sunset gpt-4 in March 2027 and encourages customers to adopt this model.",
     None, ()),
])
def test_this_model_as_the_object_of_an_ending_verb(text, status, replacements):
    got = read_lifecycle([text], "nova-3-pro", "Nova 3 Pro", today=TODAY)
    assert (got.status, got.replacements) == (status, replacements)


@pytest.mark.parametrize("text", [
    # case folding makes the vocabulary's "außer" "ausser"; the text keeps its "ß"
    "Acme setzt Nova 3 Pro am 3. März 2027 außer Betrieb.",
    "Acme nimmt Nova 3 Pro am 3. März 2027 außer Betrieb.",
    "Nova 3 Pro wird am 3. März 2027 außer Dienst gestellt.",
])
def test_a_sharp_s_is_read_as_the_vocabularys_ss(text):
    got = read_lifecycle([text], "nova-3-pro", "Nova 3 Pro", today=TODAY, locale="de")
    assert (got.status, got.status_date) == ("deprecated", "2027-03-03")


@pytest.mark.parametrize(("locale", "text"), [
    # "last day" (of service) in every file's language, as English had it
    ("fr", "Le dernier jour de service de Nova 3 Pro est le 3 mars 2027."),
    ("es", "El último día de servicio de Nova 3 Pro será el 3 de marzo de 2027."),
    ("it", "L'ultimo giorno di servizio di Nova 3 Pro è il 3 marzo 2027."),
    ("pt", "O último dia de serviço do Nova 3 Pro é 3 de março de 2027."),
    ("nl", "De laatste dag van Nova 3 Pro is 3 maart 2027."),
    ("ru", "Последний день работы Nova 3 Pro — 3 марта 2027 года."),
    ("pl", "Ostatni dzień działania Nova 3 Pro to 3 marca 2027 r."),
    ("id", "Hari terakhir layanan Nova 3 Pro adalah 3 Maret 2027."),
    ("ja", "Nova 3 Pro の最終提供日は2027年3月3日です。"),
    ("ko", "Nova 3 Pro의 마지막 제공일은 2027년 3월 3일입니다."),
    ("da", "Sidste dag for Nova 3 Pro er 3. marts 2027."),
    # switching off, a dictionary's verb in its tenses
    ("it", "Acme spegnerà Nova 3 Pro il 3 marzo 2027."),
    ("pt", "A Acme desligará o Nova 3 Pro em 3 de março de 2027."),
    ("es", "Acme apagará Nova 3 Pro el 3 de marzo de 2027."),
    ("nl", "Nova 3 Pro wordt op 3 maart 2027 uitgeschakeld."),
    ("id", "Acme akan mematikan Nova 3 Pro pada 3 Maret 2027."),
])
def test_last_day_and_switching_off_in_the_files_languages(locale, text):
    got = read_lifecycle([text], "nova-3-pro", "Nova 3 Pro", today=TODAY, locale=locale)
    assert (got.status, got.status_date) == ("deprecated", "2027-03-03")


@pytest.mark.parametrize(("text", "replacements"), [
    # a name by its shape joined to the successor noun by a copula, either way round
    ("Orion 1 was retired in May 2026. The suggested successor is Lumen 2.", ("Lumen 2",)),
    ("Orion 1 was retired in May 2026. Lumen 2 is the suggested successor.", ("Lumen 2",)),
    ("Orion 1 was retired in May 2026. Lumen 2 is its replacement.", ("Lumen 2",)),
    ("Orion 1 was retired in May 2026. Lumen 2 is the successor to Orion 1.", ("Lumen 2",)),
    # the noun's complement names another model: the successor of that one
    ("Orion 1 was retired in May 2026. Lumen 2 is the recommended successor to Lumen 1.", ()),
    ("Orion 1 was retired in May 2026. Lumen 2 was the successor of Lumen 1.", ()),
])
def test_a_successor_by_its_shape_and_a_copula(text, replacements):
    got = read_lifecycle([text], "orion-1", "Orion 1", today=TODAY)
    assert got.status == "retired"
    assert got.replacements == replacements


@pytest.mark.parametrize(("text", "replacements"), [
    # the ended model's work done by another: its subject is the successor
    ("Orion 2 was taken offline on 4 April 2026; gpt-6 now handles these requests.", ("gpt-6",)),
    ("Orion 2 will be shut down on 4 April 2027, and gpt-6 takes over its traffic.", ("gpt-6",)),
    # its own work is no one's succession
    ("Orion 2 was taken offline on 4 April 2026. gpt-6 handles its requests in half the time.",
     ()),
])
def test_the_model_doing_the_ended_models_work_is_its_successor(text, replacements):
    assert read_lifecycle([text], "orion-2", "Orion 2", today=TODAY).replacements == replacements
@pytest.mark.parametrize(("locale", "text", "status", "when", "successors"), [
    # Welsh: "will be switched off on …; move to … instead"
    ("cy", "Bydd Vega Chat 2 yn cael ei diffodd ar 9 Mehefin 2027. Rydym yn argymell symud i "
           "Vega Chat 3.", "deprecated", "2027-06-09", ("Vega Chat 3",)),
    # Albanian: "was withdrawn from use on …; its successor is …"
    ("sq", "Vega Chat 2 u tërhoq nga përdorimi më 3 mars 2026. Pasardhësi i tij është Vega Chat 3.",
     "retired", "2026-03-03", ("Vega Chat 3",)),
    # Mongolian: "the service of Vega Chat 2 stops from 9 June 2027; instead, use …"
    ("mn", "2027 оны 6-р сарын 9-нөөс Vega Chat 2-ын үйлчилгээг зогсооно. Оронд нь Vega Chat 3-ыг "
           "ашиглана уу.", "deprecated", "2027-06-09", ("Vega Chat 3",)),
])
def test_a_language_without_a_file_reads_its_lexicon_words(locale, text, status, when, successors):
    """A page in a language with no vocabulary file reads its lifecycle from the lexicon of its
    language (scrapers/reading/vocabulary/lifecycle_lexicon.json): the ending verb, the date
    (ahead: deprecated, gone by: retired) and the successor cue, in the sentence or the next."""
    found = read_lifecycle(text, "vega-chat-2", "Vega Chat 2", today=TODAY, locale=locale)
    assert (found.status, found.status_date, found.replacements) == (status, when, successors)


def test_a_lexicon_verb_counts_only_beside_this_models_name():
    """A language with no file has no words for "this model" or "that earlier model": a lexicon
    verb in a sentence naming no model states nothing (Welsh: "That older model was switched off
    on 3 March 2026"), nor one whose named model is another; the same verb by this model's name
    does. And "no plans to switch it off" is no ending."""
    unnamed = read_lifecycle("Cafodd y model hŷn hwnnw ei ddiffodd ar 3 Mawrth 2026.",
                             "vega-chat-2", "Vega Chat 2", today=TODAY, locale="cy")
    another = read_lifecycle("Cafodd Vega Chat 1 ei ddiffodd ar 3 Mawrth 2026.", "vega-chat-2",
                             "Vega Chat 2", today=TODAY, locale="cy")
    named = read_lifecycle("Cafodd Vega Chat 2 ei ddiffodd ar 3 Mawrth 2026.", "vega-chat-2",
                           "Vega Chat 2", today=TODAY, locale="cy")
    no_plans = read_lifecycle("Nid oes cynlluniau i ddiffodd Vega Chat 2.", "vega-chat-2",
                              "Vega Chat 2", today=TODAY, locale="cy")
    assert (unnamed.status, another.status, no_plans.status) == (None, None, None)
    assert (named.status, named.status_date) == ("retired", "2026-03-03")


def test_a_lexicon_language_reads_its_tense_from_the_date_else_from_a_past_word():
    """In a language read by its lexicon the verbs mark the tense (Zulu "izomiswa": will be
    stopped, "yamiswa": was stopped): a dated ending is deprecated while the date is ahead and
    retired once it has passed; an undated one is retired only by a past word ("kakade":
    already), else deprecated: the end is stated, not that it came."""
    def read(text):
        found = read_lifecycle(text, "vega-chat-2", "Vega Chat 2", today=TODAY, locale="zu")
        return found.status, found.status_date
    assert read("Vega Chat 2 izomiswa ngomhla ka 9 Juni 2027.") == ("deprecated", "2027-06-09")
    assert read("Vega Chat 2 yamiswa ngomhla ka 3 Mashi 2026.") == ("retired", "2026-03-03")
    assert read("Vega Chat 2 izomiswa.") == ("deprecated", None)
    assert read("Vega Chat 2 isimisiwe kakade.") == ("retired", None)


def test_the_lexicons_this_model_names_this_model():
    """The lexicon's "this model" of a language with no file (Welsh "y model hwn") names this
    model as its name does: the ending is read, its date from the next sentence; "the older
    model" ("y model hŷn") is not this one."""
    this = read_lifecycle("Bydd y model hwn yn cael ei ddiffodd. Y diwrnod olaf yw 9 Mehefin "
                          "2027.", "vega-chat-2", "Vega Chat 2", today=TODAY, locale="cy")
    older = read_lifecycle("Bydd y model hŷn yn cael ei ddiffodd. Y diwrnod olaf yw 9 Mehefin "
                           "2027.", "vega-chat-2", "Vega Chat 2", today=TODAY, locale="cy")
    assert (this.status, this.status_date) == ("deprecated", "2027-06-09")
    assert older.status is None


def test_a_hyphenated_ids_last_part_is_no_abbreviation():
    """"max." ends abbreviations ("max. 8 Bilder"), but the last part of a hyphenated id
    ("vega-max.") is no word of its own: the sentence ends there, so the next sentence's
    ending is read on its own, not with the id's sentence."""
    from catalog.meaning.prose import sentences

    assert sentences("Vega Pro 2 replaces vega-max. It is fast.", "en") == [
        "Vega Pro 2 replaces vega-max.", "It is fast."]
    assert len(sentences("Es gibt max. 8 Bilder.", "de")) == 1


def test_a_number_words_abbreviation_before_a_small_letter_ends_no_sentence():
    """"1 εκατ. tokens", "256 тыс. токенов": a figure's abbreviated number word and a small
    letter after it are one sentence; a capital after it starts the next."""
    from catalog.meaning.prose import sentences

    assert len(sentences("Δέχεται έως 2 εκατ. tokens σε ένα αίτημα.", "el")) == 1
    assert len(sentences("Το όριο είναι 3 εκατ. Το μοντέλο είναι γρήγορο.", "el")) == 2


def test_the_old_model_is_another_model():
    """"that old model" is the model an earlier sentence replaced, as "the older model" is: its
    retirement is not this model's."""
    found = read_lifecycle("Vega Pro 2 is the new default. Acme retired the old model in April "
                           "2026.", "vega-pro-2", "Vega Pro 2", today=TODAY, locale="en")
    assert (found.status, found.status_date) == (None, None)
    this = read_lifecycle("Vega Pro 2 is the new default. Acme will retire the model in April "
                          "2027.", "vega-pro-2", "Vega Pro 2", today=TODAY, locale="en")
    assert (this.status, this.status_date) == ("deprecated", "2027-04")


def test_a_hindi_relative_clause_is_about_its_antecedent():
    """Hindi puts its relative pronoun after the comma ("…, जिसे Acme ने … बंद कर दिया था":
    which Acme shut down), and a family's word qualified by a word before it in a script
    with no capitals ("छोटे Vega मॉडल", the smaller Vega model) is another generation: this
    model taking its place stays active."""
    def read(text):
        found = read_lifecycle(text, "vega-pro-2", "Vega Pro 2", today=TODAY, locale="hi")
        return found.status, found.status_date
    assert read("Vega Pro 2 ने छोटे Vega मॉडल की जगह ली है, जिसे Acme ने 3 मार्च 2026 को बंद "
                "कर दिया था।") == (None, None)
    assert read("Acme ने Vega Pro 2 को 3 मार्च 2026 को बंद कर दिया था।") == ("retired",
                                                                         "2026-03-03")


def test_a_routing_verb_with_the_work_for_its_object_names_the_successor():
    """"Acme will route your requests to nova-3": the work is the verb's object, and where it
    goes is the successor, as in the passive "requests are routed to nova-3"; a verb sending
    something else ("questions") names none."""
    def successors(text):
        return read_lifecycle(text, "nova-2", "Nova 2", today=TODAY, locale="en").replacements
    assert successors("Nova 2 will be retired on 1 June 2027. From then on, Acme will route "
                      "all your requests for this id to nova-3.") == ("nova-3",)
    assert successors("Nova 2 will be retired on 1 June 2027. Please send your questions "
                      "about it to help-desk-2.") == ()


@pytest.mark.parametrize(("text", "locale"), [
    ("Nova will be retired from the API. The notice went out on 2 November 2026.", "en"),
    ("Google wird Nova abschalten. Die Preise wurden am 1. Dezember 2026 gesenkt.", "de"),
    ("Nova will be retired. Nova Max arrives on 15 January 2027 as its successor.", "en"),
])
def test_a_later_sentences_date_of_something_else_is_no_ending_date(text: str,
                                                                    locale: str) -> None:
    """After an ending told in the future, a later sentence's date of something already done
    (a notice sent, prices cut) or of another model is not the ending's date."""
    lifecycle = read_lifecycle(text, "nova", "Nova", today=TODAY, locale=locale)
    assert lifecycle.status == "deprecated"
    assert lifecycle.status_date is None


def test_a_later_sentences_date_ahead_completes_a_future_ending() -> None:
    lifecycle = read_lifecycle("Nova will be retired. Requests keep working until 3 March 2027.",
                               "nova", "Nova", today=TODAY, locale="en")
    assert (lifecycle.status, lifecycle.status_date) == ("deprecated", "2027-03-03")
# --- languages with no words at all: lifecycle words and months read by their cognates -------
TODAY_KIN = date(2026, 12, 7)


@pytest.mark.parametrize(("locale", "passages", "slug", "name", "status", "when", "successors"), [
    # Rusyn: "выключеный" (Polish wyłączony), "януара" (January), "Замість" (Ukrainian)
    ("rue", ["Модел DeepSeek-V3 буде выключеный 20 януара 2027.",
             "Замість нього хоснуйте DeepSeek-V3.2."], "deepseek-v3", "DeepSeek-V3",
     "deprecated", "2027-01-20", ("deepseek-v3-2",)),
    # Minangkabau: "dihantikan" (Indonesian dihentikan), "gantinyo" (gantinya); "Gunoan"
    # (use) is the sentence's first word, no part of the successor's name
    ("min", ["Model Qwen2.5-Max ka dihantikan pado 20 Januari 2027.",
             "Gunoan Qwen3-Max sabagai gantinyo."], "qwen2-5-max", "Qwen2.5-Max",
     "deprecated", "2027-01-20", ("qwen3-max",)),
    # Karachay-Balkar: "хызматдан чыгъарыллыкъды" (Azerbaijani xidmətdən çıxarıl-), "мартда"
    # and "орнуна" (Kazakh орнына, in its place) a successor cue
    ("krc", ["Claude 3 Haiku модель 2027 джылны 15 мартда хызматдан чыгъарыллыкъды.",
             "Аны орнуна Claude Haiku 4.5 хайырланыгъыз."],
     "claude-3-haiku", "Claude 3 Haiku", "deprecated", "2027-03-15", ("claude-haiku-4-5",)),
    # written after the rules, read at first sight: Livvi Karelian "kezäkuudu" (Finnish
    # kesäkuu), "sijah" (sijaan); Nogai "орнына"; Banjar and Iban with Indonesian's words
    ("olo", ["Qwen2.5-Max -malli lopetetah 20. kezäkuudu 2027.", "Sen sijah käytä Qwen3-Max."],
     "qwen2-5-max", "Qwen2.5-Max", "deprecated", "2027-06-20", ("qwen3-max",)),
    ("nog", ["GPT-4o mini модели 2027 йылдынъ 1 мартында токтатылады.",
             "Онынъ орнына GPT-5 mini кулланынъыз."], "gpt-4o-mini", "GPT-4o mini",
     "deprecated", "2027-03-01", ("gpt-5-mini",)),
    ("bjn", ["Model Grok 3 bakal dihintikan pada 1 Juli 2027.", "Pakai Grok 4 gasan gantinya."],
     "grok-3", "Grok 3", "deprecated", "2027-07-01", ("grok-4",)),
    ("iba", ["Model DeepSeek-R1 deka ditutup ba 15 Mei 2027.", "Guna DeepSeek-V3.2 nganti iya."],
     "deepseek-r1", "DeepSeek-R1", "deprecated", "2027-05-15", ("deepseek-v3-2",)),
])
def test_cognate_words_in_a_language_with_no_words(locale, passages, slug, name, status, when,
                                                   successors):
    from catalog.meaning.prose import slug_form

    found = read_lifecycle(passages, slug, name, today=TODAY_KIN, locale=locale)
    assert (found.status, found.status_date) == (status, when)
    assert tuple(slug_form(r) for r in found.replacements) == successors


@pytest.mark.parametrize(("locale", "passages", "slug", "name"), [
    # another model's ending: DeepSeek-V3 ends, DeepSeek-V3.2 "works on"
    ("rue", ["Модел DeepSeek-V3 буде выключеный 20 януара 2027.", "DeepSeek-V3.2 робить дале."],
     "deepseek-v3-2", "DeepSeek-V3.2"),
    ("krc", ["Claude 2 модель 2026 джылны 1 мартда хызматдан чыгъарылгъанды.",
             "Claude 3 Haiku ишлейди."], "claude-3-haiku", "Claude 3 Haiku"),
    ("lad", ["El modelo DALL·E 2 fue desaktivado el 28 de djulio de 2025.",
             "DALL·E 3 sigue disponivle."], "dall-e-3", "DALL·E 3"),
    # a word kin to an ending with no date: no statement (a look-alike is too likely)
    ("rue", ["Модел DeepSeek-V3 буде выключеный."], "deepseek-v3", "DeepSeek-V3"),
])
def test_cognate_words_about_another_model_or_undated_state_nothing(locale, passages, slug,
                                                                      name):
    assert read_lifecycle(passages, slug, name, today=TODAY_KIN, locale=locale).status is None


#: short pages of languages with no words (no file, no lexicon word), written for this test
#: from dictionaries' words, each with what a careful reader takes from it: whatever the
#: reader reads of them must be that (a value left out is a miss; a different one, invented)
NO_WORDS_PAGES = [
    ("gag", "gemini-2-0-flash", "Gemini 2.0 Flash",
     ["Gemini 2.0 Flash modeli 30 oktäbri 2026 işletmedän çıkarıldı.",
      "Onun yerinä Gemini 2.5 Flash kullanın."], ("retired", "2026-10-30", ("gemini-2-5-flash",))),
    ("mhr", "gpt-4-turbo", "GPT-4 Turbo",
     ["GPT-4 Turbo модель 2027 ий 10 февральыште пашам чарна.", "Тудын олмеш GPT-5 кучылтса."],
     ("deprecated", "2027-02-10", ("gpt-5",))),
    ("vep", "mistral-large-2", "Mistral Large 2",
     ["Mistral Large 2 lopetase 31.12.2026.", "Sijas kävutagat Mistral Large 3."],
     ("deprecated", "2026-12-31", ("mistral-large-3",))),
    ("kg", "llama-3-1-405b", "Llama 3.1 405B",
     ["Bo ke katula Llama 3.1 405B na kisalu na 2027-03-01.",
      "Sadila Llama 4 Maverick na kisika na yo."],
     ("deprecated", "2027-03-01", ("llama-4-maverick",))),
    ("ilo", "kling-v1-5", "Kling v1.5",
     ["Maikkat ti Kling v1.5 iti Marso 15, 2027.", "Usaren ti Kling v2.1 kas kasukatna."],
     ("deprecated", "2027-03-15", ("kling-v2-1",))),
    ("lad", "o1-preview", "o1-preview",
     ["El modelo o1-preview fue desaktivado el 28 de djulio de 2025.", "Uzad o3 en su lugar."],
     ("retired", "2025-07-28", ("o3",))),
    ("lua", "whisper-1", "Whisper",
     ["Whisper-1 neajike kuenza mudimu mu 2027-05-31.", "Enzayi mudimu ne gpt-4o-transcribe."],
     ("deprecated", "2027-05-31", ("gpt-4o-transcribe",))),
    ("gag", "gemini-2-5-flash", "Gemini 2.5 Flash",
     ["Gemini 2.0 Flash modeli 30 oktäbri 2026 işletmedän çıkarıldı.",
      "Gemini 2.5 Flash işlemää devam eder."], (None, None, ())),
    # Kumyk, Pannonian Rusyn, Extremaduran, Komi-Permyak, Tumbuka; a Chavacano and a Rusyn trap
    ("kum", "claude-3-opus", "Claude 3 Opus",
     ["Claude 3 Opus модель 2026 йылны 5 январьда къуллукъдан чыгъарылды.",
      "Ону орнуна Claude Opus 4.1 къоллагъыз."], ("retired", "2026-01-05", ("claude-opus-4-1",))),
    ("rsk", "gemini-1-5-pro", "Gemini 1.5 Pro",
     ["Модел Gemini 1.5 Pro будзе вилучени 24. септембра 2027.",
      "Место нього хаснуйце Gemini 2.5 Pro."], ("deprecated", "2027-09-24", ("gemini-2-5-pro",))),
    ("ext", "mistral-small-3", "Mistral Small 3",
     ["El modelu Mistral Small 3 sedrá desativau el 15 de marçu de 2027.",
      "Usai Mistral Small 3.2 en su lugal."],
     ("deprecated", "2027-03-15", ("mistral-small-3-2",))),
    ("koi", "dall-e-2", "DALL·E 2", ["DALL·E 2 модельлӧн удж помасис 2025 вося 12 ноябрын."],
     ("retired", "2025-11-12", ())),
    ("tum", "whisper-1", "Whisper", ["Whisper-1 lizamkumalizgika pa 30 Epulo 2027."],
     ("deprecated", "2027-04-30", ())),
    ("cbk", "kling-v2-1", "Kling v2.1",
     ["El Kling v1.0 ya queda retirao el 10 de agosto 2025.", "El Kling v2.1 sigue trabajando."],
     (None, None, ())),
    ("rsk", "gemini-2-5-pro", "Gemini 2.5 Pro",
     ["Модел Gemini 1.5 Pro будзе вилучени 24. септембра 2027.", "Gemini 2.5 Pro остава."],
     (None, None, ())),
]


@pytest.mark.parametrize(("locale", "slug", "name", "passages", "careful"), NO_WORDS_PAGES)
def test_a_page_with_no_words_is_read_right_or_not_at_all(locale, slug, name, passages,
                                                          careful):
    from catalog.meaning.prose import slug_form

    found = read_lifecycle(passages, slug, name, today=TODAY_KIN, locale=locale)
    status, when, successors = careful
    assert found.status in (None, status)
    assert found.status_date in (None, when)
    assert set(map(slug_form, found.replacements)) <= set(successors)


@pytest.mark.parametrize(("text", "locale", "status", "when"), [
    # German: taking a product "aus dem Angebot" (off the offer) ends it, joined or split
    ("Der Anbieter hat Vega Chat 2 am 3. März 2026 aus dem Angebot genommen.", "de", "retired",
     "2026-03-03"),
    ("Der Anbieter nimmt Vega Chat 2 zum 01.02.2027 aus dem Angebot.", "de", "deprecated",
     "2027-02-01"),
    # Spanish: "desconectar" (to disconnect) a model is its shutdown
    ("El proveedor desconectará Vega Chat 2 el 5 de marzo de 2027.", "es", "deprecated",
     "2027-03-05"),
    ("Vega Chat 2 fue desconectado el 2 de mayo de 2026.", "es", "retired", "2026-05-02"),
    # Georgian: the transitive aorist "გათიშა" (switched off) and "შეწყვიტა" (stopped)
    ("მომწოდებელმა Vega Chat 2 გათიშა 2026 წლის 3 მარტს.", "ka", "retired", "2026-03-03"),
    ("Vega Chat 2-მა მუშაობა 2026 წლის 3 მარტს შეწყვიტა.", "ka", "retired", "2026-03-03"),
    ("მომწოდებელი Vega Chat 2-ს 2027 წლის 5 მაისს გათიშავს.", "ka", "deprecated", "2027-05-05"),
])
def test_shutdown_verbs_of_languages_with_a_file(text, locale, status, when):
    found = read_lifecycle([text], "vega-chat-2", "Vega Chat 2", today=TODAY, locale=locale)
    assert (found.status, found.status_date) == (status, when)


@pytest.mark.parametrize("text", [
    "Der Anbieter stellt Vega Chat 2 am 1. Februar 2027 ein.",
    "Der Anbieter nimmt Vega Chat 2 am 1. Februar 2027 aus dem Angebot.",
    "Der Anbieter schaltet Vega Chat 2 zum 15. Januar 2027 ab.",
])
def test_an_ordinal_days_dot_does_not_end_a_split_verbs_clause(text):
    found = read_lifecycle([text], "vega-chat-2", "Vega Chat 2", today=TODAY, locale="de")
    assert found.status == "deprecated"
    assert found.status_date in ("2027-02-01", "2027-01-15")


def test_a_related_languages_successor_cue_counts_on_a_page_with_a_thin_lexicon():
    # Kirundi has lexicon words but not "umusimbura" (successor), Kinyarwanda's form of it
    found = read_lifecycle(["Vega Chat 2 izohagarikwa ku wa 1 Ruhuhuma 2027.",
                            "Umusimbura wayo ni Vega Chat 3."], "vega-chat-2", "Vega Chat 2",
                           today=TODAY, locale="rn")
    assert (found.status, found.status_date) == ("deprecated", "2027-02-01")
    assert found.replacements == ("Vega Chat 3",)


@pytest.mark.parametrize(("text", "status"), [
    ("Acme has put Vega Chat 2 on its deprecation list.", "deprecated"),
    ("Vega Chat 2 was added to Acme's deprecation list.", "deprecated"),
    # a page or documentation only tells of deprecations
    ("Acme's deprecation list is linked from the footer of Vega Chat 2's page.", None),
])
def test_a_model_on_a_deprecation_list_is_deprecated(text, status):
    found = read_lifecycle([text], "vega-chat-2", "Vega Chat 2", today=TODAY, locale="en")
    assert found.status == status


# ---- round 8: a notice under the page's own lifecycle heading, read by its parts -------------
@pytest.mark.parametrize(("passages", "status", "when", "replacements"), [
    # a label's shape under an ending heading: the section's date, its successor cue
    (["Deprecation", "Nova 2: 1 March 2027. Replacement: Nova 3."],
     "deprecated", "2027-03-01", ("Nova 3",)),
    (["Retirement schedule", "Nova 2 — 1 March 2027"], "deprecated", "2027-03-01", ()),
    # a verb no file lists, a successor named after a cue
    (["Abkündigung", "Acme verabschiedet Nova 2 am 01.03.2027. Wechseln Sie zu Nova 3."],
     "deprecated", "2027-03-01", ("Nova 3",)),
    # traps: another model's ending, a price change, a release, this model replacing another,
    # no heading at all (a future feature and a recommendation)
    (["Deprecation", "Nova 1 ends on 1 March 2027. Nova 2 is not affected."], None, None, ()),
    (["Deprecation", "Nova 2 got a new price on 1 March 2027."], None, None, ()),
    (["Deprecation", "Nova 2 costs $2 from 1 March 2027."], None, None, ()),
    (["Deprecations", "Nova 2 arrives on 1 March 2027 as the successor of Nova 1."],
     None, None, ()),
    (["Deprecations", "Nova 2 came out on 1 March 2025. Nova 1 users should move to Nova 2."],
     None, None, ()),
    (["Nova 2 will be able to read spreadsheets from 1 March 2027.",
      "For images, use Nova Vision."], None, None, ()),
    (["Deprecation", "Nova 2 remains available after 1 March 2027; Nova 3 is an alternative."],
     None, None, ()),
])
def test_a_notice_under_a_lifecycle_heading_is_read_by_its_parts(passages, status, when,
                                                                 replacements):
    locale = "de" if passages[0] == "Abkündigung" else "en"
    lc = read_lifecycle(passages, "nova-2", "Nova 2", today=date(2026, 11, 28), locale=locale)
    assert (lc.status, lc.status_date, lc.replacements) == (status, when, replacements)


# ---- round 8: a date of another event does not complete an ending not told in the past -------
@pytest.mark.parametrize(("passages", "locale", "status", "when"), [
    # a Romance future in the verb itself: a past date after it is another event's
    (["Acme retirará Nova 2. El aviso se envió el 2 de noviembre de 2026."], "es",
     "deprecated", None),
    (["Acme disattiverà Nova 2. Il listino è stato aggiornato il 2 novembre 2026."], "it",
     "deprecated", None),
    # a price change or a release after a present ending
    (["Acme stellt Nova 2 ein. Seit dem 2. November 2026 ist jede Anfrage günstiger."], "de",
     "retired", None),
    (["Acme stellt Nova 2 ein. Veröffentlicht wurde das Modell am 2. März 2025."], "de",
     "retired", None),
    # a language with no file: the lexicon's future word, a past date in the next sentence
    (["Acme sal Nova 2 uitfaseer. Die model is op 2 Maart 2025 vrygestel."], "af",
     "deprecated", None),
    # still read: an ending and its last day told after it, past or ahead
    (["Acme stellte Nova 2 ein. Der letzte Betriebstag war der 2. März 2025."], "de",
     "retired", "2025-03-02"),
    (["Acme retiró Nova 2. Su último día fue el 2 de marzo de 2025."], "es",
     "retired", "2025-03-02"),
    (["Acme retirará Nova 2. El último día será el 2 de marzo de 2027."], "es",
     "deprecated", "2027-03-02"),
])
def test_a_past_date_of_another_event_does_not_complete_an_ending(passages, locale, status,
                                                                  when):
    lc = read_lifecycle(passages, "nova-2", "Nova 2", today=date(2026, 11, 28), locale=locale)
    assert (lc.status, lc.status_date) == (status, when)


# ---- round 8: English verbs of stopping with a particle of ending, by inflection -------------
@pytest.mark.parametrize(("text", "status", "when"), [
    ("Acme is closing down Nova 2 on 3 March 2027.", "deprecated", "2027-03-03"),
    ("Nova 2 was powered off on 3 March 2025.", "retired", "2025-03-03"),
    ("Acme spun down Nova 2 on 3 March 2025.", "retired", "2025-03-03"),
    ("Nova 2 will be taken off the API on 3 March 2027.", "deprecated", "2027-03-03"),
    ("Acme is ramping down Nova 2; its last day is 3 March 2027.", "deprecated", "2027-03-03"),
    ("Nova 2 will be put out of service on 3 March 2027.", "deprecated", "2027-03-03"),
    ("Acme shut off access to Nova 2 on 3 March 2025.", "retired", "2025-03-03"),
    ("Mistral switched off nova-2 on 03.03.2025.", "retired", "2025-03-03"),
    ("Nova 2 is being wound down across the API; the last day is 3 March 2027.",
     "deprecated", "2027-03-03"),
    # the particle's object is another thing; a verb whose particle begins or flies
    ("Nova 2 will switch off its safety filter on 3 March 2027.", None, None),
    ("Acme turns off streaming for Nova 2 on 3 March 2027.", None, None),
    ("Acme phases out support for JSON mode in Nova 2 on 3 March 2027.", None, None),
    ("Acme will roll out Nova 2 on 3 March 2027.", None, None),
    ("Nova 2 will take off on 3 March 2027.", None, None),
    ("You can power down Nova 2 instances on 3 March 2027.", None, None),
])
def test_a_verb_of_stopping_with_a_particle_of_ending(text, status, when):
    lc = read_lifecycle(text, "nova-2", "Nova 2", today=date(2026, 11, 28), locale="en")
    assert (lc.status, lc.status_date) == (status, when)


# ---- round 8: a thesaurus's forms of withdraw / disconnect / switch off in files that lacked them
@pytest.mark.parametrize(("text", "locale", "status", "when"), [
    ("Acme débranchera Nova 2 le 3 mars 2027.", "fr", "deprecated", "2027-03-03"),
    ("Nova 2 a été déconnecté le 3 mars 2025.", "fr", "retired", "2025-03-03"),
    ("A Acme vai tirar o Nova 2 do ar em 3 de março de 2027.", "pt", "deprecated",
     "2027-03-03"),
    ("O Nova 2 será desconectado em 3 de março de 2027.", "pt", "deprecated", "2027-03-03"),
    ("Acme staccherà la spina a Nova 2 il 3 marzo 2027.", "it", "deprecated", "2027-03-03"),
    ("Acme ritirerà Nova 2 il 3 marzo 2027.", "it", "deprecated", "2027-03-03"),
    ("Acme nimmt Nova 2 am 03.03.2027 aus dem Programm.", "de", "deprecated", "2027-03-03"),
    # no object for the split verb, or another place after it: nothing
    ("A Acme vai tirar o Nova 2 do ar em Lisboa.", "pt", None, None),
    ("Acme supprimera la limite de Nova 2 le 3 mars 2027.", "fr", None, None),
])
def test_a_files_forms_of_withdraw_and_disconnect(text, locale, status, when):
    lc = read_lifecycle(text, "nova-2", "Nova 2", today=date(2026, 11, 28), locale=locale)
    assert (lc.status, lc.status_date) == (status, when)


# ---- round 8: "this … endpoint" after an opening subordinate clause; a name's abbreviation ---
@pytest.mark.parametrize(("text", "slug", "name", "status", "when"), [
    ("Since Nova 3 shipped, this endpoint will be wound down on 3 March 2027.",
     "nova-2", "Nova 2", "deprecated", "2027-03-03"),
    ("Now that Nova 3 is out, this experimental endpoint will be switched off on 3 March 2027.",
     "nova-3-exp", "Nova 3 Exp", "deprecated", "2027-03-03"),
    ("Now that Nova 3 is out, this preview endpoint will be switched off on 3 March 2027.",
     "nova-3-prev", "Nova 3 Prev", "deprecated", "2027-03-03"),
    # traps: the main clause's subject is another model; the experimental endpoint of a page
    # whose model is no experiment
    ("Since this model launched, Nova 1 has been switched off.", "nova-2", "Nova 2", None, None),
    ("Now that Nova 3 is out, Nova 1 will be switched off on 3 March 2027.",
     "nova-2", "Nova 2", None, None),
    ("This experimental endpoint will be wound down on 3 March 2027.", "nova-2", "Nova 2",
     None, None),
])
def test_this_endpoint_after_a_subordinate_clause(text, slug, name, status, when):
    lc = read_lifecycle(text, slug, name, today=date(2026, 11, 28), locale="en")
    assert (lc.status, lc.status_date) == (status, when)


@pytest.mark.parametrize("text, locale, status, when", [
    # a feature of this model switched off: the verb's object is the feature (verb … feature
    # … name, name's feature … verb, feature of name … verb)
    ("A Acme vai desativar a opção de streaming do Nova 2 em 1 de fevereiro de 2027.", "pt",
     None, None),
    ("Acme desactivará la función de búsqueda de Nova 2 el 1 de febrero de 2027.", "es",
     None, None),
    ("Acme désactivera les options de filtrage de Nova 2 le 1er février 2027.", "fr", None,
     None),
    ("Acme wird die Suchfunktion von Nova 2 am 1. Februar 2027 abschalten.", "de", None, None),
    ("Acme отключит режим рассуждений Nova 2 1 февраля 2027 года.", "ru", None, None),
    ("Acme sẽ tắt tính năng tìm kiếm của Nova 2 vào ngày 1 tháng 2 năm 2027.", "vi", None,
     None),
    # a feature switched off in a clause that names no model: no model ends
    ("Nova 2 antwortet schnell. Der Denkmodus wird am 1. Februar 2027 abgeschaltet.", "de",
     None, None),
    ("Nova 2 answers quickly. The reasoning mode will be switched off on 1 February 2027.",
     "en", None, None),
    # a separable verb's object between its stem and particle
    ("Acme stellt den Denkmodus von Nova 2 am 1. Februar 2027 ein.", "de", None, None),
    ("Acme stellt Nova 2 am 1. Februar 2027 ein.", "de", "deprecated", "2027-02-01"),
    # a genitive postposition of its own (Nepali "को")
    ("Acme ले 1 फेब्रुअरी 2027 मा Nova 2 को खोज विकल्प बन्द गर्नेछ।", "ne", None, None),
    # a language with no file: its lexicon's verb takes the model too (Galician)
    ("Acme desactivará o modo de razoamento do Nova 2 o 15 de marzo de 2027.", "gl", None,
     None),
    ("Acme desactivará o Nova 2 o 15 de marzo de 2027.", "gl", "deprecated", "2027-03-15"),
    # verb … name's feature, the name's case ending after a colon ("Nova 2:n": of Nova 2)
    ("Acme sammuttaa Nova 2:n hakutoiminnon 1. helmikuuta 2027.", "fi", None, None),
    ("Acme sammuttaa Nova 2:n 1. helmikuuta 2027.", "fi", "deprecated", "2027-02-01"),
    # the model itself switched off is still its end, a feature elsewhere in the sentence or not
    ("A Acme desligará o Nova 2 em 1 de fevereiro de 2027.", "pt", "deprecated", "2027-02-01"),
    ("Acme wird Nova 2 samt Suchfunktion am 1. Februar 2027 abschalten.", "de", "deprecated",
     "2027-02-01"),
    ("Acme désactivera Nova 2 et son mode de filtrage le 1er février 2027.", "fr", "deprecated",
     "2027-02-01"),
    # a model word that holds a feature word in an unspaced script is no feature (Khmer "model")
    ("Acme នឹងបញ្ឈប់ម៉ូដែល Nova 2 នៅថ្ងៃទី 1 ខែកុម្ភៈ ឆ្នាំ 2027។", "km", "deprecated",
     "2027-02-01"),
])
def test_a_verb_of_switching_off_takes_the_model_not_a_feature(text, locale, status, when):
    lc = read_lifecycle(text, "nova-2", "Nova 2", today=date(2026, 11, 28), locale=locale)
    assert (lc.status, lc.status_date) == (status, when)


@pytest.mark.parametrize("text, status, when", [
    # "เปิด" (open) holds "ปิด" (close) after its preposed vowel: a launch is no end
    ("Nova 2 เปิดให้บริการเมื่อวันที่ 3 พฤษภาคม 2026", None, None),
    ("Acme จะเปิดให้บริการ Nova 2 ในวันที่ 15 มีนาคม 2027", None, None),
    ("Nova 2 จะปิดให้บริการในวันที่ 15 มีนาคม 2027", "deprecated", "2027-03-15"),
])
def test_a_thai_word_never_starts_after_a_preposed_vowel(text, status, when):
    lc = read_lifecycle(text, "nova-2", "Nova 2", today=date(2026, 11, 28), locale="th")
    assert (lc.status, lc.status_date) == (status, when)


@pytest.mark.parametrize("slug, expected", [
    ("grok-4-0709", "grok-4"), ("gpt-4o-2024-08-06", "gpt-4o"),
    ("claude-3-5-haiku-20241022", "claude-3-5-haiku"), ("gpt-3-5-turbo-0125", "gpt-3-5-turbo"),
    # no snapshot date: another model, or a year and month that is a release of its own
    ("gpt-4o-mini", "gpt-4o-mini"), ("mistral-large-2411", "mistral-large-2411"),
    ("codestral-2508", "codestral-2508"), ("gpt-4-1106-preview", "gpt-4-1106-preview"),
])
def test_a_snapshot_id_without_its_date(slug, expected):
    from scrapers.reading.names import undated
    assert undated(slug) == expected


@pytest.mark.parametrize("text, slug, name, status, when, successors", [
    # a dated snapshot id of this model is this model under its API id
    ("Grok 4 is being phased out. xAI will switch off the grok-4-0709 endpoint on 31.01.2027;"
     " new integrations should target Grok 4.1 Fast instead.", "grok-4", "Grok 4",
     "deprecated", "2027-01-31", ("Grok 4.1 Fast",)),
    # or alone, when the page gives the snapshot as this model's API id
    (["Model id | grok-4-0709", "xAI will switch off grok-4-0709 on 31.01.2027."], "grok-4",
     "Grok 4", "deprecated", "2027-01-31", ()),
    ("GPT-4o is being phased out. OpenAI will retire gpt-4o-2024-08-06 behind it on 15 March "
     "2027.", "gpt-4o", "GPT-4o", "deprecated", "2027-03-15", ()),
    # traps: a snapshot ending alone (the model may go on under a newer one), a longer id,
    # another snapshot, a year-and-month release
    ("OpenAI will retire gpt-4o-2024-08-06 on 15 March 2027.", "gpt-4o", "GPT-4o", None, None,
     ()),
    ("OpenAI will retire gpt-4o-mini on 15 March 2027.", "gpt-4o", "GPT-4o", None, None, ()),
    ("OpenAI will retire gpt-4o-2024-05-13 on 15 March 2027.", "gpt-4o-2024-08-06", "GPT-4o",
     None, None, ()),
    ("Mistral retired mistral-large-2407 on 30 March 2026.", "mistral-large-2411",
     "Mistral Large 2411", None, None, ()),
    # a dated release named as the successor is another model
    ("Acme switched Nova 2 off on 3 May 2026; it was replaced by Nova-2-0528.", "nova-2",
     "Nova 2", "retired", "2026-05-03", ("Nova-2-0528",)),
])
def test_a_dated_snapshot_of_this_model_is_this_model(text, slug, name, status, when,
                                                       successors):
    lc = read_lifecycle(text, slug, name, today=date(2026, 11, 28), locale="en")
    assert (lc.status, lc.status_date, lc.replacements) == (status, when, successors)


@pytest.mark.parametrize("text, locale", [
    # the day of a day-month-year date right after the model's name is no part of the name
    ("Acme zamierza wyłączyć Nova 2 15 marca 2027.", "pl"),
    ("Acme će isključiti Nova 2 15. ožujka 2027.", "hr"),
    ("Acme ће угасити Nova 2 15. марта 2027.", "sr"),
    ("Nova 2 15 মার্চ 2027 তারিখে বন্ধ করা হবে।", "bn"),
])
def test_a_days_number_after_the_name_is_the_dates(text, locale):
    lc = read_lifecycle(text, "nova-2", "Nova 2", today=date(2026, 11, 28), locale=locale)
    assert (lc.status, lc.status_date) == ("deprecated", "2027-03-15")


def test_a_number_after_a_name_without_a_month_and_year_stays_in_the_name():
    from catalog.meaning.prose import mentions
    assert [m[3] for m in mentions("Nova 2 15 launched in 2026.", {"nova-2-15"})] == ["Nova 2 15"]
    # a name whose only version is the number keeps it ("Claude 3 March 2025" is no date's day
    # after "Claude")
    assert [m[3] for m in mentions("Claude 3 March 2025 notes.", {"claude-3"})] == ["Claude 3"]


def test_a_burmese_relative_clause_before_another_models_name_ends_that_model():
    # "Nova 2 replaces Nova 1, which was discontinued on 3 May 2026" (the relative clause,
    # verb-PAST-REL, stands before its noun)
    text = "Nova 2 သည် 2026 ခုနှစ် မေလ 3 ရက်နေ့တွင် ရပ်ဆိုင်းခဲ့သော Nova 1 ကို အစားထိုးသည်။"
    lc = read_lifecycle(text, "nova-2", "Nova 2", today=date(2026, 11, 28), locale="my")
    assert lc.status is None


@pytest.mark.parametrize("text, status, when", [
    # English sale and catalog concepts: no longer sold, pulled from the catalog, stop selling
    ("Nova 2 is no longer sold.", "retired", None),
    ("Nova 2 has been pulled from the catalog.", "retired", None),
    ("Acme will stop selling Nova 2 on 15 March 2027.", "deprecated", "2027-03-15"),
    # stop selling something else for it
    ("Acme will stop selling discounted credits for Nova 2 on 15 March 2027.", None, None),
])
def test_english_sale_and_catalog_endings(text, status, when):
    lc = read_lifecycle(text, "nova-2", "Nova 2", today=date(2026, 11, 28), locale="en")
    assert (lc.status, lc.status_date) == (status, when)
