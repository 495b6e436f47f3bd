import sys

from bot.script import run

sys.exit(run())
