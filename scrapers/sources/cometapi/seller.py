"""How CometAPI's pages name CometAPI, the seller whose prices they state.

``SELLER_NAMES`` go on every ``PageReading`` CometAPI's reader returns: the normalizer takes a
figure nearest one of them ("Through CometAPI you pay $12/M") for CometAPI's own price and a
figure nearest an official word or the provider's name for the official one. Case-folded and
found inside words, so "comet" covers "CometAPI" and "cometapi.com".
"""

from __future__ import annotations

SELLER_NAMES = ("comet",)
