"""Real objects for tests, built with model-bakery."""

import datetime
import io

import pypdf
from django.core.files.base import ContentFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from model_bakery import baker
from PIL import Image as PillowImage

from buendnisse.models import Alliance, Document, FieldOfAction, Image, Milestone, WorkingGroup
from contacts.models import ContactPerson
from partners.models import Membership, Partner
from projects.models import Project


def blank_pdf():
    """A real one-page PDF (the upload check parses the structure)."""
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


MINIMAL_PDF = blank_pdf()


def png_file(name="bild.png", size=(40, 30), color=(0, 80, 122)):
    buffer = io.BytesIO()
    PillowImage.new("RGB", size, color).save(buffer, "PNG")
    return ContentFile(buffer.getvalue(), name=name)


def make_image(alliance=None, **kwargs):
    kwargs.setdefault("title", "Testbild")
    kwargs.setdefault("alt_text", "Ein blaues Rechteck")
    kwargs.setdefault("credit", "© Testfoto")
    image = Image(alliance=alliance, file=png_file(), **kwargs)
    image.save()
    return image


def make_alliance(slug="kassel", **kwargs):
    defaults = {
        "name": f"Bündnis für Familie {slug.title()}",
        "place": slug.title(),
        "state": Alliance.State.HE,
        "postcode": "34117",
        "is_published": True,
    }
    return baker.make(Alliance, slug=slug, **(defaults | kwargs))


def populate(alliance, size):
    """Give an alliance `size` of everything its public pages list, each with an image."""
    fields = [
        FieldOfAction.objects.get_or_create(name=f"Feld {i}", slug=f"feld-{i}")[0]
        for i in range(size)
    ]
    alliance.fields_of_action.add(*fields)
    alliance.logo = make_image(alliance, title="Logo")
    alliance.lead_image = make_image(alliance, title="Aufmacher")
    alliance.easy_language = "<p>Das Bündnis in Leichter Sprache.</p>"
    alliance.save()
    groups = [
        WorkingGroup.objects.create(alliance=alliance, name=f"AG {i}", field_of_action=fields[i])
        for i in range(size)
    ]
    partners = []
    for i in range(size):
        partner = Partner.objects.create(
            name=f"Partner {alliance.slug} {i}",
            slug=f"partner-{alliance.slug}-{i}",
            kind=Partner.Kind.values[i % len(Partner.Kind.values)],
            logo=make_image(title=f"Partnerlogo {i}"),
        )
        Membership.objects.create(
            alliance=alliance, partner=partner, since=2004 + i, is_founding_member=i == 0
        )
        partners.append(partner)
    for i in range(size):
        project = Project.objects.create(
            alliance=alliance,
            title=f"Projekt {i}",
            slug=f"projekt-{i}",
            teaser=f"Kurztext {i}",
            body=f"<p>Text {i}</p>",
            working_group=groups[i],
            image=make_image(alliance, title=f"Projektbild {i}"),
            start_year=2010,
        )
        project.fields_of_action.add(*fields)
        project.partners.add(*partners)
        ContactPerson.objects.create(
            alliance=alliance,
            first_name=f"Vorname{i}",
            last_name=f"Nachname{i}",
            email=f"person{i}@example.org",
            portrait=make_image(alliance, title=f"Porträt {i}"),
            order=i,
        )
        Milestone.objects.create(
            alliance=alliance, date=datetime.date(2004 + i, 1, 1), title=f"Ereignis {i}"
        )
        Document.objects.create(
            alliance=alliance,
            title=f"Dokument {i}",
            file=ContentFile(MINIMAL_PDF, name=f"dokument-{i}.pdf"),
        )
    return alliance


# News, dates and the Bündnis des Monats (news app) ------------------------------------

LONG_AGO = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)


def make_news(alliance=None, slug="meldung", **kwargs):
    from news.models import News

    defaults = {
        "title": f"Meldung {slug}",
        "teaser": f"Kurztext {slug}",
        "body": f"<p>Text {slug}</p>",
        "date": datetime.date(2024, 5, 1),
        "publish_from": LONG_AGO,
    }
    return News.objects.create(alliance=alliance, slug=slug, **(defaults | kwargs))


def make_event(alliance=None, slug="termin", starts_at=None, **kwargs):
    from news.models import Event

    defaults = {
        "title": f"Termin {slug}",
        "description": f"<p>Beschreibung {slug}</p>",
        "publish_from": LONG_AGO,
    }
    if starts_at is None:
        starts_at = datetime.datetime(2099, 6, 1, 16, 0, tzinfo=datetime.UTC)
        defaults["ends_at"] = starts_at + datetime.timedelta(hours=2)
    return Event.objects.create(
        alliance=alliance, slug=slug, starts_at=starts_at, **(defaults | kwargs)
    )


def populate_news(alliance, size):
    """`size` news items, upcoming and past dates and months of distinction, for the
    alliance and for the network, with images and related projects and partners."""
    from news.models import AllianceOfTheMonth

    projects = list(alliance.projects.all())
    partners = list(alliance.partners.all())
    for i in range(size):
        for owner, prefix in [(alliance, "b"), (None, "n")]:
            item = make_news(
                owner,
                slug=f"{prefix}-meldung-{i}",
                date=datetime.date(2024, 1, 1) + datetime.timedelta(days=i),
                image=make_image(owner, title=f"Meldungsbild {prefix} {i}"),
            )
            item.projects.add(*projects)
            item.partners.add(*partners)
            make_event(owner, slug=f"{prefix}-termin-{i}")
            make_event(
                owner,
                slug=f"{prefix}-vergangen-{i}",
                starts_at=datetime.datetime(2001, 1, 1 + i, 10, tzinfo=datetime.UTC),
                all_day=True,
            )
        AllianceOfTheMonth.objects.create(
            alliance=alliance, month=datetime.date(2019, 1 + i, 1), text=f"Text {i}"
        )
    return alliance


# People ------------------------------------------------------------------------------


def coordinator_of(*alliances, username=None):
    """A user in the coordinators' group who coordinates `alliances`."""
    from django.contrib.auth import get_user_model

    from core.admin.permissions import make_coordinator

    user = get_user_model().objects.create_user(
        username=username or f"koordination-{alliances[0].slug}", password="x"
    )
    for alliance in alliances:
        alliance.coordinators.add(user)
    make_coordinator(user)
    return user


# Areas and the network --------------------------------------------------------------------


def make_covering_alliances():
    """The four demo alliances with their offices and areas, as the finder sees them."""
    from places.models import District, Place

    kassel = make_alliance("kassel", name="Kasseler Bündnis für Familie", postcode="34117")
    kassel.districts.add(District.objects.get(name="Stadt Kassel"))
    unna = make_alliance(
        "kreis-unna",
        name="Bündnis für Familie im Kreis Unna",
        place="Kreis Unna",
        state=Alliance.State.NW,
        postcode="59425",
    )
    unna.districts.add(District.objects.get(name="Kreis Unna"))
    herzogenrath = make_alliance(
        "herzogenrath",
        name="Lokales Bündnis für Familie Herzogenrath",
        state=Alliance.State.NW,
        postcode="52134",
    )
    herzogenrath.places.add(Place.objects.get(name="Herzogenrath"))
    laatzen = make_alliance(
        "laatzen", name="Bündnis für Familie Laatzen", state=Alliance.State.NI, postcode="30880"
    )
    laatzen.places.add(Place.objects.get(name="Laatzen"))
    return {a.slug: a for a in [kassel, unna, herzogenrath, laatzen]}


def make_many_alliances(count, states=("HE", "NW", "NI", "BY")):
    """`count` published alliances in a few Länder, made in one statement."""
    return Alliance.objects.bulk_create(
        Alliance(
            name=f"Bündnis für Familie Nummer {i:04}",
            slug=f"buendnis-{i:04}",
            place=f"Ort {i}",
            state=states[i % len(states)],
            postcode="34117",
            is_published=True,
        )
        for i in range(count)
    )


def is_cached(url):
    """Whether a visitor gets `url` from the page cache: answered without a query."""
    with CaptureQueriesContext(connection) as captured:
        Client().get(url)
    return len(captured) == 0


def change_form_data(response):
    """What the browser sends back for an admin change form left as it is, inline rows
    included."""
    forms = [response.context["adminform"].form]
    for inline in response.context["inline_admin_formsets"]:
        forms += [inline.formset.management_form, *inline.formset.forms]
    data = {}
    for form in forms:
        for name, field in form.fields.items():
            value = form[name].value()
            if field.disabled or value is None:
                continue
            key = form.add_prefix(name)
            data[key] = [str(v) for v in value] if isinstance(value, list | tuple) else str(value)
    return data
