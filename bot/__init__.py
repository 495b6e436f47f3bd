"""briefbot: many articles about one story in, one short deduplicated briefing out."""

__version__ = "0.1.0"
