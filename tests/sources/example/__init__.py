"""A second, minimal source: proof that a source is one folder plus one registration line."""
