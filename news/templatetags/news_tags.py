from django import template
from django.utils.dates import MONTHS, MONTHS_3, WEEKDAYS
from django.utils.html import format_html

register = template.Library()


def _day(value, year=True):
    """As date_format(value, "l, j. F Y") (or "l, j. F"), from Django's own translated
    names: a list of dates formats dozens, and date_format() costs some 100 function calls
    for each."""
    text = f"{WEEKDAYS[value.weekday()]}, {value.day}. {MONTHS[value.month]}"
    return f"{text} {value.year:04d}" if year else text


def _clock(value):
    return f"{value.hour:02d}:{value.minute:02d}"  # date_format(value, "H:i")


def _time(value, text, suffix=""):
    return format_html('<time datetime="{}">{}{}</time>', value.isoformat(), text, suffix)


@register.filter
def month_abbr(day):
    """As the date filter's "M": "Mai", "Jun"."""
    return MONTHS_3[day.month].title()


@register.filter
def event_when(event):
    """When a date takes place, in words, with machine-readable <time> elements:

    Samstag, 3. Mai 2025, ganztägig
    Samstag, 3. Mai bis Sonntag, 4. Mai 2025
    Samstag, 3. Mai 2025, 10:00–12:00 Uhr
    Samstag, 3. Mai 2025, 22:00 Uhr bis Sonntag, 4. Mai 2025, 02:00 Uhr
    Samstag, 3. Mai 2025, 10:00 Uhr (no end given)
    """
    # The local times once (the model's start, end, start_date, last_date and is_multi_day
    # each convert them anew).
    start, end = event.start, event.end
    first_day = start.date()
    last_day = end.date() if end else first_day
    if event.all_day and last_day == first_day:
        return format_html("{}, ganztägig", _time(first_day, _day(first_day)))
    if event.all_day:
        # Within one year, the year is named once, at the end.
        same_year = first_day.year == last_day.year
        return format_html(
            "{} bis {}",
            _time(first_day, _day(first_day, year=not same_year)),
            _time(last_day, _day(last_day)),
        )
    if end is None:
        return _time(start, f"{_day(start)}, {_clock(start)}", " Uhr")
    if last_day != first_day:
        return format_html(
            "{} bis {}",
            _time(start, f"{_day(start)}, {_clock(start)}", " Uhr"),
            _time(end, f"{_day(end)}, {_clock(end)}", " Uhr"),
        )
    return format_html(
        "{}–{} Uhr", _time(start, f"{_day(start)}, {_clock(start)}"), _time(end, _clock(end))
    )
