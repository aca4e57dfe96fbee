"""schema.org data of a date (Event) and a news item (NewsArticle), for search engines.

Dictionaries, written into the page as JSON-LD by core's `json_ld` tag; every address in
them is absolute, on the host the page was asked for.
"""

from django.conf import settings
from django.templatetags.static import static

from core.urls import reverse

from .calendars import plain_text

DESCRIPTION_LENGTH = 300
HEADLINE_LENGTH = 110  # what search engines show of a headline


def shortened(text, length):
    return text if len(text) <= length else text[: length - 1].rsplit(" ", 1)[0] + "…"


def picture(request, image):
    return request.build_absolute_uri(image.file.url) if image and image.file else None


def publisher(request, alliance):
    """The alliance, or the network for its own items."""
    if alliance is None:
        return {
            "@type": "Organization",
            "name": settings.SITE_NAME,
            "url": request.build_absolute_uri(reverse("pages:home")),
            "logo": {
                "@type": "ImageObject",
                "url": request.build_absolute_uri(static("img/icon-512.png")),
            },
        }
    organisation = {
        "@type": "Organization",
        "name": alliance.name,
        "url": request.build_absolute_uri(alliance.get_absolute_url()),
    }
    if logo := picture(request, alliance.logo):
        organisation["logo"] = {"@type": "ImageObject", "url": logo}
    return organisation


def without_empty(data):
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def event_data(request, event, alliance):
    """An Event: when, where (a Place with its address), by whom."""
    if event.all_day:
        start, end = event.start_date.isoformat(), event.last_date.isoformat()
    else:
        start = event.start.isoformat()
        end = event.end.isoformat() if event.ends_at else None
    place = event.place_name or event.city or (alliance.place if alliance else "")
    address = without_empty(
        {
            "@type": "PostalAddress",
            "streetAddress": event.street,
            "postalCode": event.postcode,
            "addressLocality": event.city or (alliance.place if alliance else ""),
            "addressCountry": "DE",
        }
    )
    return without_empty(
        {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": event.title,
            "url": request.build_absolute_uri(event.get_absolute_url()),
            "startDate": start,
            "endDate": end,
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "location": without_empty({"@type": "Place", "name": place, "address": address}),
            "description": shortened(plain_text(event.description), DESCRIPTION_LENGTH),
            "image": [picture(request, alliance.lead_image)]
            if alliance and alliance.lead_image
            else [],
            "organizer": publisher(request, alliance),
        }
    )


def news_article_data(request, item, alliance):
    """A NewsArticle: headline, dates, picture, author and publisher."""
    url = request.build_absolute_uri(item.get_absolute_url())
    return without_empty(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": shortened(item.title, HEADLINE_LENGTH),
            "description": item.teaser,
            "url": url,
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "datePublished": item.date_iso,
            "dateModified": item.updated_at.isoformat(),
            "image": [url for url in [picture(request, item.image)] if url],
            "author": publisher(request, alliance),
            "publisher": publisher(request, None),
        }
    )
