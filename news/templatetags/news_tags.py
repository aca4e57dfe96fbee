from django import template
from django.utils.formats import date_format
from django.utils.html import format_html

from news.models import AllianceOfTheMonth

register = template.Library()

DAY = "l, j. F Y"
DAY_WITHOUT_YEAR = "l, j. F"
DAY_AND_TIME = "l, j. F Y, H:i"


@register.inclusion_tag("news/_month_distinctions.html")
def month_distinctions(alliance):
    """The alliance's "Bündnis des Monats" in its header during that month only (earlier
    months are in the archive): one query on every alliance page."""
    return {"distinctions": list(AllianceOfTheMonth.objects.current().filter(alliance=alliance))}


def _time(value, text_format, suffix=""):
    return format_html(
        '<time datetime="{}">{}{}</time>',
        value.isoformat(),
        date_format(value, text_format),
        suffix,
    )


@register.filter
def event_when(event):
    """When a date takes place, in words, with machine-readable <time> elements:

    Samstag, 3. Mai 2025, ganztägig
    Samstag, 3. Mai bis Sonntag, 4. Mai 2025
    Samstag, 3. Mai 2025, 10:00–12:00 Uhr
    Samstag, 3. Mai 2025, 22:00 Uhr bis Sonntag, 4. Mai 2025, 02:00 Uhr
    Samstag, 3. Mai 2025, 10:00 Uhr (no end given)
    """
    if event.all_day and not event.is_multi_day:
        return format_html("{}, ganztägig", _time(event.start_date, DAY))
    if event.all_day:
        # Within one year, the year is named once, at the end.
        same_year = event.start_date.year == event.last_date.year
        return format_html(
            "{} bis {}",
            _time(event.start_date, DAY_WITHOUT_YEAR if same_year else DAY),
            _time(event.last_date, DAY),
        )
    if event.end is None:
        return _time(event.start, DAY_AND_TIME, " Uhr")
    if event.is_multi_day:
        return format_html(
            "{} bis {}",
            _time(event.start, DAY_AND_TIME, " Uhr"),
            _time(event.end, DAY_AND_TIME, " Uhr"),
        )
    return format_html("{}–{} Uhr", _time(event.start, DAY_AND_TIME), _time(event.end, "H:i"))
