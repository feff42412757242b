"""comet-catalog: the open catalog of what AI models cost through CometAPI."""

__version__ = "0.1.0"
