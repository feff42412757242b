"""One binding of canned-query parameters (catalog/publish/canned.py) for Datasette's pages and
the static site: every named parameter is TEXT, "" when unset, listed or only in the SQL."""

from __future__ import annotations

from catalog.publish.canned import canned_values


def test_parameters_named_only_in_the_sql_are_bound_too():
    query = {"sql": "SELECT * FROM prices WHERE kind = :kind AND usd < :max_usd",
             "params": ["kind"]}
    assert canned_values(query, {}) == {"kind": "", "max_usd": ""}


def test_given_values_become_text_and_none_is_empty():
    query = {"sql": "SELECT :a, :b", "params": ["a", "b", "c"]}
    assert canned_values(query, {"a": 128000, "b": None}) == {"a": "128000", "b": "", "c": ""}


def test_a_cast_is_not_a_parameter():
    assert canned_values({"sql": "SELECT '1'::int, :n"}, {}) == {"n": ""}
