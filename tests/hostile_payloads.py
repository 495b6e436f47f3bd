"""Hostile text for the fuzz tests (issue 13), shared by the render tests and the posting tests: every
payload a page author could type into a title, an outlet, a sentence, a name or a URL. All invented.

``PAYLOADS`` crosses a few kinds of attack (pings, markup, control characters, long lines) with each other
and with plain text around them; there are well over 200.
"""

from __future__ import annotations

import itertools

PINGS = ["@everyone", "@here", "@channel", "@all", "<!channel>", "<!here>", "<!everyone>", "<@U0123ABCD>",
         "<@&456789012345678901>", "<@!123456789012345678>", "<#C0123ABCD>", "<!subteam^S0123|@team>",
         "<!date^1700000000^{date}|x>", "@Everyone", "@\u200beveryone", "＠everyone"]
MARKUP = ["*bold*", "_italic_", "~strike~", "`code`", "```block```", "> quoted", "# heading", "- item",
          "1. item", "[label](https://evil.example/x)", "<https://evil.example|click>", "||spoiler||",
          "**strong**", "__under__", "&amp;", "&lt;!channel&gt;", "&#60;@U1&#62;", "\\*", "\\", "&",
          "<", ">", "|", "](https://evil.example)", "[", "<https://evil.example", "\\`"]
CONTROLS = ["\x00", "\x07", "\x1b[31mred\x1b[0m", "\x1b]8;;https://evil.example\x07link\x1b]8;;\x07", "\r",
            "\x7f", "\x85", "\u202e", "\u2066", "\u200b", "\ufeff", "\udfff", "\t", "\x0b", "\x0c", "\u2028"]
LONG = ["x" * 5000, "word " * 1200, "&" * 3100, "<!here>" * 500, "*" * 4000, "`" * 2999, "@everyone " * 400,
        "https://evil.example/" + "a" * 3000, "é" * 2500 + "\u0301" * 10, "\\" * 3001]
AROUND = ["", "The port reopened on Monday. ", "Ministers said "]


def payloads() -> list[str]:
    """Every single attack, each pair of kinds, and each long line wrapped in the others."""
    singles = [f"{prefix}{attack}" for attack in PINGS + MARKUP + CONTROLS for prefix in AROUND]
    pairs = [f"{a} {b}" for a, b in itertools.product(PINGS[:8], MARKUP[:8] + CONTROLS[:8])]
    longs = [f"{control}{long}{ping}" for long, control, ping in zip(LONG, itertools.cycle(CONTROLS),
                                                                    itertools.cycle(PINGS), strict=False)]
    return singles + pairs + longs


PAYLOADS = payloads()
