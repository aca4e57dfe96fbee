"""iCalendar files (RFC 5545) for dates, written by the icalendar library.

Times are written in the site's time zone (Europe/Berlin) with its VTIMEZONE, so a
calendar shows 18:00 as 18:00 in summer and in winter; all-day dates are written as
dates (DTSTART;VALUE=DATE), with the exclusive end date RFC 5545 asks for. The output
depends only on the dates themselves (DTSTAMP is the last change), so an unchanged
calendar keeps its ETag and a subscribed calendar app gets a 304.
"""

import datetime
import html
import re

import icalendar
from django.conf import settings
from django.http import HttpResponse
from django.http.request import split_domain_port
from django.utils import timezone
from django.utils.html import strip_tags

PRODID = f"-//{settings.SITE_NAME}//Termine//DE"
# How often a subscribed calendar should look for changes (RFC 7986, and Outlook's own).
REFRESH_INTERVAL = datetime.timedelta(hours=6)
BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote)>|<br\s*/?>", re.IGNORECASE)


def plain_text(rich_text):
    """Rich text as plain text: one line per paragraph, heading or list item."""
    text = html.unescape(strip_tags(BLOCK_END.sub("\n", rich_text or "")))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def uid_host(request):
    domain, _port = split_domain_port(request.get_host())
    return domain or "localhost"


def vevent(request, event):
    zone = timezone.get_default_timezone()
    page_url = request.build_absolute_uri(event.get_absolute_url())
    component = icalendar.Event()
    component.add("uid", f"termin-{event.pk}@{uid_host(request)}")
    component.add("dtstamp", event.updated_at)
    component.add("last-modified", event.updated_at)
    if event.all_day:
        component.add("dtstart", event.start_date)
        component.add("dtend", event.last_date + datetime.timedelta(days=1))
    else:
        component.add("dtstart", timezone.localtime(event.starts_at, zone))
        if event.ends_at:
            component.add("dtend", timezone.localtime(event.ends_at, zone))
    component.add("summary", event.title)
    if event.address:
        component.add("location", event.address)
    description = [plain_text(event.description)]
    if event.alliance_id:
        description.insert(0, event.alliance.name)
    if event.registration_url:
        description.append(f"Anmeldung: {event.registration_url}")
    description.append(f"Mehr: {page_url}")
    component.add("description", "\n\n".join(part for part in description if part))
    component.add("url", page_url)
    return component


def build_calendar(request, events, name=None):
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if name:
        calendar.add("name", name)
        calendar.add("x-wr-calname", name)
        calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
        calendar.add("x-published-ttl", REFRESH_INTERVAL)
    years = []
    for event in events:
        calendar.add_component(vevent(request, event))
        years += [event.start_date.year, event.last_date.year]
    if years:
        # The time zone's rules for just the years the dates need, not fifty years of them.
        calendar.add_missing_timezones(
            first_date=datetime.date(min(years), 1, 1),
            last_date=datetime.date(max(years) + 1, 1, 1),
        )
    return calendar


def ics_response(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.ics"'
    return response


def event_response(request, event):
    """One date, to add to a calendar."""
    return ics_response(build_calendar(request, [event]), f"termin-{event.slug}")


def calendar_response(request, events, *, name, filename="termine"):
    """All upcoming dates, as a calendar to subscribe to."""
    return ics_response(build_calendar(request, events, name=name), filename)
