"""schema.org data of an alliance: an Organization with its contact (ContactPoint)."""

from django.conf import settings

from core.fields import PartialDatePrecision
from core.urls import reverse
from news.calendars import plain_text
from news.structured_data import DESCRIPTION_LENGTH, picture, shortened, without_empty


def founding_date(alliance):
    """As precise as it is known: 2004, 2004-09 or 2004-09-21."""
    day = alliance.founded_on
    if day is None:
        return None
    if alliance.founded_precision == PartialDatePrecision.YEAR:
        return f"{day:%Y}"
    if alliance.founded_precision == PartialDatePrecision.MONTH:
        return f"{day:%Y-%m}"
    return day.isoformat()


def contact_point(contact, alliance):
    return without_empty(
        {
            "@type": "ContactPoint",
            "contactType": contact.get_role_display(),
            "name": contact.full_name,
            "telephone": contact.phone,
            "faxNumber": contact.fax,
            "email": contact.email,
            "areaServed": alliance.place,
            "availableLanguage": "de",
        }
    )


def organization_data(request, alliance, contact):
    home = request.build_absolute_uri(alliance.get_absolute_url())
    description = alliance.motto or plain_text(alliance.introduction)
    return without_empty(
        {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": alliance.name,
            "url": home,
            "logo": picture(request, alliance.logo),
            "image": picture(request, alliance.lead_image),
            "description": shortened(description, DESCRIPTION_LENGTH),
            "foundingDate": founding_date(alliance),
            "address": {
                "@type": "PostalAddress",
                "addressLocality": alliance.place,
                "postalCode": alliance.postcode,
                "addressRegion": alliance.get_state_display(),
                "addressCountry": "DE",
            },
            "sameAs": [alliance.website] if alliance.website else [],
            "contactPoint": [contact_point(contact, alliance)] if contact else [],
            "memberOf": {
                "@type": "Organization",
                "name": settings.SITE_NAME,
                "url": request.build_absolute_uri(reverse("pages:home")),
            },
        }
    )
