"""Places, peoples and outlets: what a capitalised name can be besides a person or an acting body.

Countries, their capitals, provinces and demonyms come from the ``countryinfo`` package (a gazetteer of
about 250 countries, 380 kB, pure Python, read once on first use): kept data rather than a hand list.
A country or government that acts or speaks is an actor ("Brazil warned"); its capital used as
shorthand ("Brasilia said") is not, nor a region ("North Africa"), nor a people ("Brazilians", "the
Chinese"). Outlets and wire agencies relay the story; they are never its actors.
"""

from __future__ import annotations

import enum
import functools
import importlib.util
import os
import unicodedata
from dataclasses import dataclass

from bot.rules.kept import Kept
from bot.rules.table import RuleTable, rule


@functools.lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Case and accents folded, curly apostrophes straightened: "Zürich" and "zurich" are one key. Cached: a
    story asks about its few dozen names some two thousand times."""
    if not text.isascii():  # an ASCII text has no accent to take off nor curly apostrophe: most names
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
        text = text.replace("\u2019", "'")
    return text.casefold().strip()


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


class PlaceKind(enum.Enum):
    OUTLET = "outlet"


# Adjectives for peoples, faiths and blocs that the gazetteer's demonyms (one per country) leave out.
_MORE_DEMONYMS = _words("""
european western eastern northern southern african asian arab latin muslim christian jewish sunni
shia shiite kurdish palestinian scandinavian caribbean balkan baltic nordic
""")
# Faiths' and communities' adjectives and plurals besides the peoples': one alone is no actor ("radical Islamic terror",
# "Latinos said they would vote"), though it opens bodies' names ("Islamic Jihad", "the Hispanic Caucus") as the
# peoples' do not ("Bosnian Serbs"), so they are no demonyms.
_COMMUNITIES = frozenset(_words("""
islamic catholic protestant evangelical hindu buddhist sikh latino latina hispanic
"""))
# Nouns for one of a people where the gazetteer gives only the adjective: "Briton Ada Moss", "the Spaniard". The
# "-man" and "-woman" nouns of adjectives in -ch and -sh ("Frenchman", "Irishwoman") are derived, plurals too. Left
# out: nouns that are also given names or common words ("Finn", "Dane", "Brit", "Pole", "Scot").
_DEMONYM_NOUNS = _words("""
briton spaniard scotsman scotswoman englishman englishwoman swede turk kiwi aussie argentine croat serb kazakh
uzbek tajik kosovar filipina
""")
# Those left out, one of a people only after an article ("the Brit has promised", "the Dane said"): a given name takes
# none ("Brit Marling", "Finn Russell").
_ARTICLED_DEMONYM_NOUNS = frozenset(_words("brit brits finn finns dane danes pole poles scot scots yank yanks"))
COMPASS_WORDS = frozenset(_words("""
north south east west northern southern eastern western central north-east north-west south-east
south-west northeast northwest southeast southwest upper lower greater
"""))
"""Words opening a region's name ("North Africa", "Greater Lessby"): ``is_region``."""
# Wire agencies and broadcasters that relay most of the world's news; their names carry no outlet word.
WIRE_AGENCIES = frozenset(fold(w) for w in (
    "Associated Press", "AP", "Agence France-Presse", "AFP", "Reuters", "Bloomberg", "Xinhua", "TASS",
    "Interfax", "RIA Novosti", "Yonhap", "Kyodo", "Jiji", "dpa", "ANSA", "EFE", "PTI", "UPI", "Anadolu",
    "Bernama", "Antara", "KCNA", "IRNA", "WAFA", "MENA", "Al Jazeera", "CNN", "BBC", "NPR", "CNBC",
    # Outlets known by initials or a one-word name no outlet word ends: "NYT reported", "told Politico".
    # Not "ABC", "CBS", "CBC" nor "PBS": as often a party's, a statistics office's or a caucus's initials.
    "NYT", "WSJ", "FT", "NBC", "MSNBC", "ITV", "Politico", "Axios", "HuffPost", "BuzzFeed"))
# The last word of a newspaper's, magazine's or broadcaster's name, in the languages of the world's press.
_BROADCASTERS = frozenset({"corporation", "company", "service", "network", "system"})
"""Words ending a broadcaster's name after "Broadcasting"."""
OUTLET_WORDS = frozenset(_words("""
times post journal herald tribune gazette telegraph guardian chronicle examiner inquirer courier
dispatch bulletin mirror economist magazine newspaper newsweek daily monitor info weekly news
newswire wire radio television tv zeitung allgemeine rundschau spiegel kurier presse monde figaro
libération liberation parisien corriere repubblica stampa pais mundo ilbo shimbun nichi nippo pravda
izvestia kommersant vedomosti haaretz hurriyet
"""))

OUTLET_KINDS = frozenset(_words("newspaper daily weekly magazine broadcaster radio television channel"))
"""What the articles call an outlet ("the Harbor Courier newspaper", "broadcaster Tavro"); a news agency by its two
words (``is_outlet_kind``)."""
_NEWS_SERVICES = frozenset(_words("news press wire"))


def is_outlet_kind(role: str) -> bool:
    """The role says what outlet a name is ("state news agency", "regional broadcaster", "press agency"): it carries
    the news, not a body acting in it (a "photo agency", a "ratings agency" is one)."""
    words = fold(role).split()
    return bool(words) and (words[-1] in OUTLET_KINDS or (
        len(words) > 1 and words[-1] in ("agency", "service") and words[-2] in _NEWS_SERVICES))


OUTLET_CUES = RuleTable("places.outlet-cue", (
    # A website is an outlet where it is told something or interviews someone; one something is sent or reported
    # "to" is as often a body's own ("report sightings to the Harbor Birding Society website").
    rule("told-outlet", PlaceKind.OUTLET, r"\b(?:told|to|with|by)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}"
         r"(?:" + "|".join(sorted(OUTLET_KINDS)) + r"|news agency)\b"
         r"|\b(?:told|with|by)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}website\b",
         flags=0,
         examples=("she told the Harbor Courier newspaper on Monday", "in an interview with the Lessby daily",
                   "he told the Portside Gossip website", "first reported by the Lessby Tattler website"),
         counter=("she told reporters on Monday", "she told the harbor board",
                  "Observers are asked to report what they saw to the Harbor Birding Society website.")),
))


@dataclass(frozen=True)
class Gazetteer:
    """Folded names of countries (with their other spellings), capitals, provinces and demonyms."""

    countries: frozenset[str]
    capitals: frozenset[str]
    provinces: frozenset[str]
    demonyms: frozenset[str]
    """Adjectives and nouns: "French", "Frenchman", "Britons"."""
    demonym_nouns: frozenset[str]
    """Nouns only, which never open a name: "Frenchman", "Briton"."""
    country_names: dict[str, str]
    """Each spelling of a country, folded -> its common name, folded: "republic of korea" -> "south korea", "us" ->
    "united states"."""


@functools.cache
def gazetteer() -> Gazetteer:
    """Read once per process, from the answer kept between runs (``bot.rules.kept``) when the gazetteer's
    data and this module are unchanged: building it reads 250 JSON files."""
    return Gazetteer(*_GAZETTEER.get("sets", _gazetteer_sets))


def _data_stamp() -> str:
    """The gazetteer data's folders and their modification times: a new ``countryinfo`` changes them."""
    spec = importlib.util.find_spec("countryinfo")
    if spec is None or spec.origin is None:
        return "no countryinfo"
    base = os.path.dirname(spec.origin)
    stamps = []
    for name in ("data", "data_no_iso"):
        try:
            stamps.append(f"{name}:{os.stat(os.path.join(base, name)).st_mtime_ns}")
        except OSError:
            stamps.append(f"{name}:absent")
    return f"{base} {' '.join(stamps)}"


_Sets = tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str], dict[str, str]]
_COMMON_NAMES = {"united states": ("us", "u.s", "usa", "u.s.a"),
                 "united kingdom": ("uk", "u.k", "britain", "great britain"),
                 "european union": ("eu",), "united nations": ("un", "u.n")}
"""Spellings of a body of states the country data leaves out or files as codes (two letters are too often words).
Not "America": a continent's, a club's, a cup's ("Club America", "America's Cup") as often as the country's."""
STATE_FORMS = frozenset(("republic", "kingdom", "federation", "states", "state", "commonwealth", "union", "emirates",
                          "principality", "sultanate", "confederation"))
"""Words of a state's long, official form ("Republic of Korea", "Russian Federation"): such a spelling names one
country. A one-word other spelling may name another ("Congo" is as often the Democratic Republic's), and is left
unmerged."""


def _spelt_as_a_name(spelling: str) -> bool:
    """A spelling of the country data a story may write: letters, spaces, hyphens and apostrophes ("Guinea-Bissau",
    "Côte d'Ivoire", "Democratic People's Republic of Korea"), four characters at least (no codes)."""
    return len(spelling) > 3 and spelling.translate(_NAME_MARKS).isalpha()


_NAME_MARKS = str.maketrans("", "", " -'\u2019")


def _gazetteer_sets() -> _Sets:
    from countryinfo import all_countries  # ~0.15 s on first use: only stories with names need it

    countries: set[str] = set()
    capitals: set[str] = set()
    provinces: set[str] = set()
    demonyms: set[str] = set(_MORE_DEMONYMS)
    country_names: dict[str, str] = {}
    for country in all_countries():
        info = country.info()
        names = [info.get("name") or "", *(info.get("altSpellings") or [])]
        spelt = [fold(n) for n in names if _spelt_as_a_name(n)]
        countries.update(spelt)
        if spelt and info.get("name"):
            common = fold(info["name"])
            country_names.update(dict.fromkeys((f for f in spelt if f == common or STATE_FORMS & set(f.split())),
                                               common))
        capital = info.get("capital") or ""
        if isinstance(capital, str) and capital:
            capitals.add(fold(capital))
        provinces.update(fold(p) for p in info.get("provinces") or [] if isinstance(p, str))
        for d in (info.get("demonym") or "").split(","):
            if d.strip():
                demonyms.add(fold(d.strip()))
    nouns = set(_DEMONYM_NOUNS) | {d + end for d in demonyms if d.endswith(("sh", "ch")) for end in ("man", "woman")}
    nouns |= {n[:-3] + "men" if n.endswith("man") else n + "s" for n in nouns}
    demonyms |= {d + "s" for d in demonyms if not d.endswith(("s", "sh", "ch", "ese"))}
    for common, spellings in _COMMON_NAMES.items():
        country_names.update(dict.fromkeys((common, *spellings), common))
    countries |= country_names.keys()
    return frozenset(countries), frozenset(capitals - countries), frozenset(provinces - countries), \
        frozenset(demonyms | nouns), frozenset(nouns), country_names


_GAZETTEER: Kept[_Sets] = Kept(
    "gazetteer", __file__, _data_stamp())


def country_name(name: str) -> str | None:
    """The common name of the country ``name`` spells, folded ("Republic of Korea" -> "south korea", "U.S." -> "united
    states"); None for a name that is no country's."""
    return gazetteer().country_names.get(fold(name).removeprefix("the ").rstrip("."))


def state_long_form(name: str) -> bool:
    """A country's official long form, not its common name: "People's Republic of China", "Russian Federation"; not
    "China", "United States", "US"."""
    common = country_name(name)
    return common is not None and common != fold(name).removeprefix("the ").rstrip(".") \
        and not STATE_FORMS.isdisjoint(fold(name).split())


@functools.lru_cache(maxsize=8192)
def is_country(name: str) -> bool:
    """ "Norway", "South Korea", "the United States": a country, which acts when it speaks or decides. Cached:
    the cast asks it of the same few hundred names and words of a story again and again."""
    key = fold(name).removeprefix("the ")
    return key in gazetteer().countries


def is_demonym(word: str) -> bool:
    """ "Chilean", "Brazilians", "Arab", "African-Americans": a people or its adjective, never an actor by itself."""
    key = fold(word)
    demonyms = gazetteer().demonyms
    if key in demonyms:
        return True
    first, dash, last = key.rpartition("-")
    return bool(dash) and last in demonyms and first.isalpha()


def is_community(word: str) -> bool:
    """ "Islamic", "Catholics", "Latinos": a faith's or a community's adjective or plural (``_COMMUNITIES``)."""
    key = fold(word)
    return key in _COMMUNITIES or (key.endswith("s") and key[:-1] in _COMMUNITIES)


def is_demonym_noun(word: str) -> bool:
    """ "Frenchman", "Briton", "Spaniards": one or more of a people, a noun that stands before a name as a title
    ("Frenchman Tom Reyes") and never opens one, as "German" may ("German Marshall Fund")."""
    return fold(word) in gazetteer().demonym_nouns


def is_articled_demonym_noun(word: str) -> bool:
    """ "Brit", "Dane", "Finn": one of a people where an article stands before it, a given name elsewhere."""
    return fold(word) in _ARTICLED_DEMONYM_NOUNS


def is_region(name: str) -> bool:
    """ "North Africa", "Southern California", "the North Side": a region or a compass part of a place."""
    words = fold(name).split()
    if not words or is_country(name):
        return False
    return (len(words) > 1 and words[0] in COMPASS_WORDS) or " ".join(words) in gazetteer().provinces


def is_capital(name: str) -> bool:
    """ "Brasilia", "Nairobi": a capital, which stands for a government but is not one."""
    return fold(name) in gazetteer().capitals


def is_outlet_name(name: str) -> bool:
    """ "The Harbor Courier", "Lessby Zeitung", "Reuters", "Lessby Times-News", "Sarvian Broadcasting Corporation",
    "Nordvik Press Agency": a newspaper, broadcaster or wire agency."""
    key = fold(name).removeprefix("the ")
    words = key.split()
    if key in WIRE_AGENCIES or (bool(words) and words[-1] in OUTLET_WORDS):
        return True
    if len(words) > 1 and words[-2] == "broadcasting" and words[-1] in _BROADCASTERS:
        return True  # "Sarvian Broadcasting Corporation"; not the "European Broadcasting Union", a body of broadcasters
    if len(words) > 1 and words[-2] in ("press", "news") and words[-1] == "agency":
        return True  # "Nordvik Press Agency", "Sarvian News Agency"; not the "Environment Agency"
    # Two outlets' words, or an acronym, joined: "Times-News", "Courier-Journal", "BFM-TV"; not "Ana Ruiz-Post".
    first, _, last = name.split()[-1].rpartition("-") if words else ("", "", "")
    return last.casefold() in OUTLET_WORDS \
        and (first.casefold() in OUTLET_WORDS or (first.isupper() and first.isalpha()))
