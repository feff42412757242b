"""Cross-checks of CometAPI's claims against CometAPI's own catalog and independent ones.

``references`` reads each format, ``fetch`` gets the bytes politely, ``matching`` pairs
reference entries with catalog models by rule, ``checks`` compares, ``storage`` writes one
source per transaction, ``run`` ties them together for ``catalog crosscheck``; its
tables are migration 3 (``catalog/storage/sql/crosscheck.sql``).
"""
