"""Exports other tools read: LiteLLM's model cost map, a models.dev provider tree, and CSV.

All read the ``model_prices_wide`` view (one row per model) and keep prices exact: a price
stored as 2.4 per 1M tokens is written as ``0.0000024`` per token, never
``2.4000000000000001e-06``.
"""
