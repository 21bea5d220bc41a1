"""One palette and bilingual labels for every group, shared by figures and pages.

Colours come from the colour-blind-safe Okabe–Ito set (Okabe & Ito 2008,
*Color Universal Design*): each campaign has a fixed colour; other groups
(levels, years …) get the remaining colours in display order.  Group names are
shown bilingually through :data:`GROUP_LABELS`.

Examples
--------
>>> from corpusmine.viz import palette
>>> palette.group_label("civilised_city"), palette.group_color("civilised_city")   # 创文 is blue
('创建文明城市 civilised city', '#0072B2')
"""

from __future__ import annotations

from corpusmine.schema import CAMPAIGN_LABELS, CAMPAIGN_ZH, CAMPAIGNS, OTHER

from collections.abc import Sequence

__all__ = ["GROUP_LABELS", "PALETTE", "campaign_colors", "group_color", "group_label", "order_groups"]

#: The Okabe–Ito colour-blind-safe palette (Okabe & Ito 2008), in its usual order.
PALETTE: dict[str, str] = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "grey": "#999999",
}

# Fixed campaign colours.  Orange, blue and bluish green stay distinct under the
# three common colour-vision deficiencies and in greyscale print (their
# lightness differs); ``other`` is neutral grey because it is never compared.
# The campaigns come from the campaign lexicon (schema.CAMPAIGNS), in its order.
_CAMPAIGN_PALETTE: tuple[str, ...] = (PALETTE["orange"], PALETTE["blue"], PALETTE["bluish_green"])
# Colours handed, in this order, to groups that are not campaigns (e.g. levels), and to campaigns past the third.
_EXTRA_COLORS: tuple[str, ...] = (
    PALETTE["vermillion"], PALETTE["reddish_purple"], PALETTE["sky_blue"], PALETTE["yellow"],
)
_CAMPAIGN_COLORS: dict[str, str] = {
    **dict(zip(CAMPAIGNS, _CAMPAIGN_PALETTE + _EXTRA_COLORS)),
    OTHER: PALETTE["grey"],
}

#: Bilingual label of every group, used in legends, axes and titles.
GROUP_LABELS: dict[str, str] = {
    **{c: f"{CAMPAIGN_ZH[c]} {c.replace('_', ' ')}".strip() for c in CAMPAIGNS},
    OTHER: "其他 other",
    "rest": "其余 rest",
}

_CAMPAIGN_ORDER: tuple[str, ...] = CAMPAIGN_LABELS


def campaign_colors() -> dict[str, str]:
    """The fixed colour of every campaign, shared by all figures.

    Returns
    -------
    dict
        ``{"rural": "#E69F00", "civilised_city": "#0072B2",
        "environment": "#009E73", "other": "#999999"}`` (Okabe–Ito orange,
        blue, bluish green and grey; Okabe & Ito 2008).  A new dict each call,
        so callers may modify it freely.

    Examples
    --------
    >>> campaign_colors()["rural"]        # 乡村振兴 is always orange
    '#E69F00'
    """
    return dict(_CAMPAIGN_COLORS)


def group_color(group: str, groups: Sequence[str] = ()) -> str:
    """Colour of ``group``: its campaign colour, else an extra Okabe–Ito colour.

    Parameters
    ----------
    group : str
        A campaign (``rural`` …) or any other group name.
    groups : sequence of str
        All groups of the figure, in display order; non-campaign groups get the
        extra colours in this order (so the same figure always gets the same
        colours).

    Examples
    --------
    >>> group_color("environment")
    '#009E73'
    >>> group_color("县级", ["县级", "市级"])
    '#D55E00'
    """
    if group in _CAMPAIGN_COLORS:
        return _CAMPAIGN_COLORS[group]
    if group == "rest":
        return PALETTE["grey"]
    others = [g for g in dict.fromkeys(groups) if g not in _CAMPAIGN_COLORS and g != "rest"]
    if group not in others:
        others.append(group)
    return _EXTRA_COLORS[others.index(group) % len(_EXTRA_COLORS)]


def group_label(group: str) -> str:
    """Bilingual display label of a group (the name itself when unknown).

    Examples
    --------
    >>> group_label("rural")
    '乡村振兴 rural'
    >>> group_label("县级")
    '县级'
    """
    return GROUP_LABELS.get(str(group), str(group))


def order_groups(groups) -> list[str]:
    """Campaigns first in their fixed order, then other groups in order of appearance.

    Parameters
    ----------
    groups : iterable
        Group names (repeats allowed).

    Returns
    -------
    list of str
        Each group once: ``rural``, ``civilised_city``, ``environment``,
        ``other`` (those present), then the others as first seen.

    Examples
    --------
    >>> order_groups(["县级", "environment", "rural", "县级"])     # 县级 is not a campaign
    ['rural', 'environment', '县级']
    """
    uniq = [str(g) for g in dict.fromkeys(groups)]
    known = [g for g in _CAMPAIGN_ORDER if g in uniq]
    return known + [g for g in uniq if g not in _CAMPAIGN_ORDER]
