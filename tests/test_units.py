from decimal import Decimal

import pytest

from scrapers.grammar import Size, best_size, parse_money, parse_percent, parse_size


@pytest.mark.parametrize(("text", "usd", "per"), [
    ("$24/M", "24", "1M tokens"),
    ("$1.752/M", "1.752", "1M tokens"),
    ("$0.08", "0.08", None),
    ("$0", "0", None),
    ("US$ 2 / 1M tokens", "2", "1M tokens"),
    ("$0.002/1K tokens", "2", "1M tokens"),
    ("$3 per million tokens", "3", "1M tokens"),
    ("$0.04 / image", "0.04", "image"),
    ("$0.1/sec", "0.1", "second"),
    ("$1,200.50/M", "1200.50", "1M tokens"),
])
def test_money(text, usd, per):
    money = parse_money(text)
    assert money is not None
    assert money.usd == Decimal(usd)
    assert money.per == per


def test_money_exact_decimal_and_zero_is_a_price():
    assert str(parse_money("$1.752/M").usd) == "1.752"
    assert parse_money("$0").usd == 0
    assert parse_money("free") is None
    assert parse_money("") is None


@pytest.mark.parametrize(("text", "tokens", "exact"), [
    ("8K", 8000, False), ("1M", 1_000_000, False), ("65.5k", 65_500, False),
    ("200,000 tokens", 200_000, True), ("8,192-token", 8192, True),
    ("1 million tokens", 1_000_000, False), ("1,048,576", 1_048_576, True),
    ("262 144 tokens", 262_144, True), ("128k", 128_000, False),
])
def test_sizes(text, tokens, exact):
    assert parse_size(text) == Size(tokens, exact)


def test_broken_translation_number_is_not_read():
    assert parse_size("200 XNUMX token") is None
    assert parse_size("no figure") is None


def test_exact_figure_beats_its_rounding():
    assert best_size([Size(8000, False), Size(8192, True)]) == 8192
    assert best_size([Size(1_000_000, False), Size(1_048_576, True)]) == 1_048_576
    assert best_size([Size(65_000, False), Size(65_536, True)]) == 65_536
    # an exact figure far from the rounded one is another number, not its precise form
    assert best_size([Size(8000, False), Size(128_000, True)]) == 8000
    assert best_size([Size(200_000, True), Size(262_144, True)]) == 200_000
    assert best_size([]) is None


def test_percent():
    assert parse_percent("-20%") == 20
    assert parse_percent("−12.5 %") == Decimal("12.5")
    assert parse_percent("none") is None
