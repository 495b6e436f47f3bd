"""Language knowledge kept as data: tables of rules, each with an id, a kind, its examples and counter-examples.

A rule says one thing that is true of news text in general ("a line that is only share buttons is
clutter"). It carries ``examples`` it must match and ``counter`` examples it must not, so a rule that
stops doing its job, or starts doing someone else's, is caught by ``problems()`` in one test
(``tests/test_rules.py`` runs it over every table ever built). See ``bot.rules.table``.
"""

from bot.rules.table import Hit, Overlap, Rewrite, RewriteTable, Rule, RuleTable, all_tables, rule

__all__ = ["Hit", "Overlap", "Rewrite", "RewriteTable", "Rule", "RuleTable", "all_tables", "rule"]
