"""Who published an article and when, read from the lines around it.

Everything here reads what a page states and nothing more: a dateline ("CITY (Agency) –"), a
by-line ("By X | Outlet"), a masthead or site banner, a date with its year. No outlet is invented
and no year is guessed; what is not stated stays ``None``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.rules.fragments import DATELINE_DASH, MONTH, MONTH_NUMBER
from bot.rules.kept import compiled
from bot.rules.pages import NAME_SMALL_WORDS, page_pattern
from bot.rules.places import is_outlet_name

_MONTH = MONTH + r"\.?"
_TIME = (r"(?:(?:\s*[,|·•]\s*|\s+)(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})"
         r"(?:\s*(?P<ampm>[ap]\.?m\.?))?)?")
_DATES = (
    compiled(rf"\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b{_TIME}",
               re.I),
    compiled(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH}),?\s+(?P<year>(?:19|20)\d\d)\b"
               rf"{_TIME}", re.I),
    compiled(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)"
               r"(?:[T ](?P<hour>\d\d):(?P<minute>\d\d))?"),
    compiled(r"\b(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d\d)\b" + _TIME, re.I),
    compiled(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>(?:19|20)\d\d)\b" + _TIME, re.I),
)

# "LIMA (Andina) – ", "OSLO, March 3 (NTB) - ", "KYIV, Ukraine (AP) — ", "(AFP) - ", "(AP) ",
# "Washington, May 30 (AFP)". A place in capitals may stand without an agency; a place in
# ordinary case needs the agency in brackets, or "Some sentence (with brackets) -" would match.
_PLACE_CAPS = r"[A-Z][A-Z.'’\-]+(?:[ /][A-Z][A-Z.'’\-]+)*"
_PLACE_WORDS = r"[A-Z][a-zé.'’\-]+(?:[ /][A-Z][a-zé.'’\-]+){0,2}"
_DATE_BIT = rf"(?i:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?"
_AGENCY = r"\((?P<agency>[A-Z][\w.&'’\- ]{1,38}|[a-z]{2,5})\)"
_REGION = r"(?:,\s*[A-Z][\w.'’ -]{1,30}?)?"  # "KYIV, Ukraine"
_DASH = DATELINE_DASH
_DATELINE = compiled(
    rf"^(?:(?P<caps>{_PLACE_CAPS}){_REGION}(?:,\s*{_DATE_BIT})?\s*(?:{_AGENCY})?{_DASH}"
    rf"|(?P<words>{_PLACE_WORDS}){_REGION}(?:,\s*{_DATE_BIT})?\s*{_AGENCY.replace('agency', 'agency2')}"
    rf"(?:{_DASH}|\s+(?={_DATE_BIT}\s*$)|\s*$)"
    rf"|{_AGENCY.replace('agency', 'agency3')}{_DASH}"
    r"|\((?P<agency4>[A-Z]{2,6})\)\s*(?=[A-Z]))"  # "(AP) Two ferries ...": a known agency's acronym, no dash
)
_NOT_AGENCY = compiled(rf"^(?:\d.*|{_MONTH}.*|photo.*|file|updated|video|reuters/.*)$", re.I)

_ROLE_WORDS = page_pattern("outlet-role")
_NOT_OUTLET = page_pattern("not-outlet")
_BYLINE_ORG = compiled(r"(?:,|\s[-–—]|\s(for))\s+((?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s*$")
_ORG_WORDS = page_pattern("outlet-word")
_VOWEL = compiled(r"[AEIOUY]")


@dataclass
class Dateline:
    """A dateline at the start of a lead paragraph: the text it covers and the agency it names."""

    prefix: str
    agency: str | None


def dateline(text: str) -> Dateline | None:
    """The dateline opening ``text``, if there is one."""
    match = _DATELINE.match(text)
    if match is None:
        return None
    if match.group("agency4") is not None and not is_outlet_name(match.group("agency4")):
        return None  # with no dash after it, a bracketed word in capitals opening a text is "(UPDATE)", "(EU)"
    agency = match.group("agency") or match.group("agency2") or match.group("agency3") or match.group("agency4")
    if agency is not None:
        agency = agency.strip()
        if _NOT_AGENCY.match(agency) or len(agency.split()) > 4:
            if match.group("caps") is None:
                return None
            agency = None
    return Dateline(match.group(0), agency)


def published(text: str) -> str | None:
    """The first full date (with its year) stated in ``text``, as ISO 8601; with the time if next to it."""
    best: tuple[int, str] | None = None
    for pattern in _DATES:
        match = pattern.search(text)
        if match is None:
            continue
        iso = _iso(match)
        if iso is not None and (best is None or match.start() < best[0]):
            best = (match.start(), iso)
    return None if best is None else best[1]


def _iso(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    if "a" in groups:  # 03/04/2025: day first or month first? Only say when the numbers tell.
        a, b = int(groups["a"]), int(groups["b"])
        if (a > 12) == (b > 12):
            return None
        day_text, month_text = (groups["a"], groups["b"]) if a > 12 else (groups["b"], groups["a"])
    else:
        day_text, month_text = groups["day"], groups["month"]
    month = int(month_text) if month_text.isdigit() else MONTH_NUMBER.get(month_text[:3].lower())
    year, day = int(match.group("year")), int(day_text)
    if month is None or not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    date = f"{year:04d}-{month:02d}-{day:02d}"
    hour_text = match.groupdict().get("hour")
    if hour_text is None:
        return date
    hour, minute = int(hour_text), int(match.group("minute"))
    ampm = (match.groupdict().get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return date
    return f"{date}T{hour:02d}:{minute:02d}"


def iso_timestamp(value: str) -> str | None:
    """A machine-written date ("2016-11-09 00:00:00", "2024-05-30T10:00:00+00:00") as ISO 8601.

    A time of exactly midnight usually means "no time given", so only the date is kept then.
    """
    match = re.match(r"\s*(\d{4}-\d\d-\d\d)(?:[T ](\d\d:\d\d(?::\d\d)?)(\.\d+)?(Z|[+-]\d\d:?\d\d)?)?", value)
    if match is None:
        return None
    date, time, _, zone = match.groups()
    if time is None or time in {"00:00", "00:00:00"}:
        return date
    return f"{date}T{time}{zone or ''}"


def as_iso(value: str) -> str | None:
    """A date some metadata states, in whatever common form ("2025-03-04 09:15", "Tue, 04 Mar 2025 09:15:00
    GMT", "March 4, 2025"), as ISO 8601; ``None`` if it is not a full date."""
    iso = iso_timestamp(value)
    if iso is not None:
        return iso
    from email.utils import parsedate_to_datetime  # the e-mail package only for a date in e-mail form

    try:
        stamp = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return published(value)
    return stamp.isoformat(timespec="minutes") if stamp.year > 1900 else None


def byline_outlet(line: str) -> str | None:
    """The outlet a by-line names; ``None`` if it names none.

    After a bar anything that is not a date, reading time or job title is the outlet ("By Jane Doe |
    Reuters"). After a comma or "for", where a second person's name could stand, only a name that
    reads as an organisation counts ("By Jane Doe, Associated Press", "Jane Doe for The Ledger").
    """
    for part in line.split("|")[1:]:
        head, comma, rest = part.partition(",")
        if comma and rest.strip()[:1].islower() and head.split()[:1] in (["Your"], ["Our"]):
            continue  # a slogan, not a name: "Your region, your voice"
        part = head.strip(" ·-–—")  # "BBC News, Washington", "Reuters, in Lessby": the outlet and its bureau
        if _outlet_like(part):
            return part
    match = _BYLINE_ORG.search(line.split("|")[0])
    if match is None or not _outlet_like(name := match.group(2)):
        return None
    return name if match.group(1) == "for" or _ORG_WORDS.search(name) or name.isupper() else None


def _outlet_like(part: str) -> bool:
    """A name, not a date, a day, a job, a badge or a slogan ("The Lectern | Higher education news and jobs": a name's
    words are mostly capitalised)."""
    words = [w for w in part.split() if w.lower() not in NAME_SMALL_WORDS]
    return (bool(part) and len(part.split()) <= 5 and part[0].isupper() and not _NOT_OUTLET.search(part)
            and not _ROLE_WORDS.search(part) and 2 * sum(w[:1].isupper() for w in words) >= len(words))


def masthead_name(line: str) -> str | None:
    """The site's name from a banner or masthead line, without its slogan ("Site.com - News You Can Use")."""
    name = re.split(r"\s+(?:[-–—|:•·]|::)\s+", line.strip(), maxsplit=1)[0].strip()
    words = name.split()
    if not words or len(words) > 6 or not name[0].isalnum():
        return None
    if name.isupper() and any(len(w) > 3 for w in words):
        # A word of three letters or more with no vowel (nor "y") is an acronym and stays one: "RVTV NEWS" is "RVTV
        # News"; "SKY NEWS" is "Sky News", "ST. LOUIS POST" "St. Louis Post".
        name = " ".join(w if len(w) > 2 and w.isalpha() and not _VOWEL.search(w)
                        else "-".join(part.capitalize() for part in w.split("-"))
                        if w.lower() not in NAME_SMALL_WORDS or i == 0 else w.lower() for i, w in enumerate(words))
    return name


def initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isalnum() and w.lower() not in NAME_SMALL_WORDS).upper()


def outlet_named(agency: str, *names: str | None) -> str:
    """The agency a dateline names, spelled out as a masthead or by-line does when it is the same outlet."""
    for name in names:
        if name and (agency.casefold() == name.casefold() or agency.upper() == initials(name)
                     or name.casefold().startswith(agency.casefold() + " ")):
            return name
    return agency
