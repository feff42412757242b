"""A small CometAPI page a reader process reads before its first real one
(``catalog/run/reader_warmup.py``): it touches every part of the reader (header pairs, a
pricing table, prose about limits, a retirement and a successor, a card of another model), so
the vocabulary, automata and patterns each builds on first use exist before readers fork."""

from __future__ import annotations

URL = "https://www.cometapi.com/models/openai/warmup-1/"
PAGE = """<!doctype html><html lang="en"><head><title>Warmup 1 API</title></head><body>
<nav><a href="/models/">Models</a></nav><main><h1>Warmup 1</h1>
<p>Provider: OpenAI</p><p>Input: $2.00 / M tokens</p><p>Output: $8.00 / M tokens</p>
<p>Official price: Input $2.50 / M tokens, Output $10 / M tokens. Discount: 20%</p>
<p>Context window: 128K tokens. Max output: 16,384 tokens.</p>
<table><tr><th>Model</th><th>Input</th><th>Output</th></tr>
<tr><td>warmup-1</td><td>$2.00</td><td>$8.00</td></tr></table>
<h2>Description</h2><p>Warmup 1 offers a 128,000-token context window and up to 16,384
output tokens. It will be deprecated on 2027-01-31 and replaced by warmup-2. Commercial use is
allowed.</p>
<h2>More models</h2><a href="/models/openai/warmup-2/">Warmup 2 Input: $1/M Output: $4/M</a>
</main><footer>© CometAPI</footer></body></html>"""
