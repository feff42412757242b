"""URL ⇄ (locale, provider, model): the one place that knows CometAPI's URL shapes.

``/models/<provider>/<model>/`` is English; other languages prefix a locale
(``/ko/models/…``, ``/zh-CN/models/…``); the trailing slash is optional. A model served
through a hosting provider sits one level deeper, under its maker
(``/models/replicate/black-forest-labs/flux-2-flex/``): its model slug keeps both parts
(``black-forest-labs/flux-2-flex``), so its id is the path. Anything else
(``/o3-api``, ``/?p=24732``, blog posts, ``/models/page/2/`` of the listing) is not a model
page.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from scrapers.fetch.urlnorm import clean_url
from scrapers.reading.names import slug_of  # noqa: F401  (CometAPI's readers import it here)
from scrapers.sources.source import model_id_of

CANONICAL_HOSTS = ("www.cometapi.com", "cometapi.com")

_LOCALE = r"[a-z]{2,3}(?:-[A-Za-z]{2,4})?"
_SLUG = r"[A-Za-z0-9][A-Za-z0-9._~%-]*"
_MODEL_PATH = re.compile(
    rf"^/(?:(?P<locale>{_LOCALE})/)?models/(?P<provider>{_SLUG})/"
    rf"(?P<model>(?:{_SLUG}/)?{_SLUG})/?$"
)

# a later page of the models listing (/models/page/2/) has a model page's shape: it is not one
_LISTING_PAGE = re.compile(rf"^/(?:{_LOCALE}/)?models/page/[0-9]{{1,4}}/?$")


@dataclass(frozen=True)
class ModelRef:
    """Where a model page sits: its locale, provider slug and model slug."""

    locale: str
    provider: str
    model: str

    @property
    def model_id(self) -> str:
        return model_id_of(self.provider, self.model)


def mirror_host(url: str) -> str | None:
    """The host of a URL that is neither CometAPI's own (www.cometapi.com) nor this machine
    (a local copy being read: a snapshot, a test server): a mirror such as dev.gocometapi.com
    or a bare address, whose pages show other prices and are never the catalog's source.
    None for CometAPI's own hosts and loopback."""
    host = (urlsplit(url).hostname or "").lower()
    if not host or host in CANONICAL_HOSTS or host == "localhost" or host.endswith(".localhost"):
        return None
    try:
        if ipaddress.ip_address(host).is_loopback:
            return None
    except ValueError:
        pass
    return host


def parse_model_url(url: str) -> ModelRef | None:
    """The model a URL names, or ``None`` if the URL is not a model page."""
    parts = urlsplit(url)
    if parts.query and "p=" in parts.query:
        return None
    match = _MODEL_PATH.match(parts.path)
    if not match or _LISTING_PAGE.match(parts.path):
        return None
    locale = match.group("locale") or "en"
    return ModelRef(
        locale=canonical_locale(locale),
        provider=match.group("provider").lower(),
        model=match.group("model").lower(),
    )


def canonical_locale(tag: str) -> str:
    """``zh-cn`` → ``zh-CN``, ``PT`` → ``pt``: the spelling the site uses in its URLs."""
    language, _, region = tag.partition("-")
    return f"{language.lower()}-{region.upper()}" if region else language.lower()


def normalize_url(url: str, base_url: str | None = None) -> str | None:
    """The one spelling of a URL (``scrapers.fetch.urlnorm.clean_url``: no fragment, no userinfo, no
    backslash, escapes in one form) with a trailing slash on model pages (one row per page);
    None when the URL is refused."""
    cleaned = clean_url(url, base_url)
    if cleaned is None:
        return None
    parts = urlsplit(cleaned)
    if _MODEL_PATH.match(parts.path) and not parts.path.endswith("/"):
        return urlunsplit(parts._replace(path=parts.path + "/"))
    return cleaned
