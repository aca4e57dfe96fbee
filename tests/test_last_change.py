"""Every page of an alliance says "Stand: <day>": the last change to what that page shows."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from buendnisse.models import Alliance, Document, Milestone, WorkingGroup
from contacts.models import ContactPerson
from news.models import Event, News
from partners.models import Membership, Partner
from projects.models import Project
from tests.factories import MINIMAL_PDF, make_event, make_news

LONG_AGO = timezone.make_aware(datetime.datetime(2024, 1, 10, 12, 0))
LATER = timezone.make_aware(datetime.datetime(2025, 3, 5, 12, 0))
MODELS = [Alliance, Project, ContactPerson, News, Event, Partner, Membership, Document]
MODELS += [Milestone, WorkingGroup]


@pytest.fixture
def kassel_long_unchanged(kassel):
    partner = Partner.objects.create(name="IHK Kassel-Marburg", slug="ihk")
    Membership.objects.create(alliance=kassel, partner=partner, since=2004)
    project = Project.objects.create(alliance=kassel, title="P", slug="projekt", teaser="-")
    project.partners.add(partner)
    ContactPerson.objects.create(alliance=kassel, last_name="Schneider")
    make_news(kassel, slug="meldung")
    make_event(kassel, slug="termin")
    WorkingGroup.objects.create(alliance=kassel, name="AG Beruf")
    Milestone.objects.create(alliance=kassel, date=datetime.date(2004, 1, 1), title="Gründung")
    Document.objects.create(
        alliance=kassel, title="Flyer", file=ContentFile(MINIMAL_PDF, name="flyer.pdf")
    )
    for model in MODELS:
        model.objects.update(updated_at=LONG_AGO)
    return kassel


ALLIANCE_PAGES = [
    "/buendnisse/kassel/",
    "/buendnisse/kassel/ueber-uns/",
    "/buendnisse/kassel/partner/",
    "/buendnisse/kassel/projekte/",
    "/buendnisse/kassel/projekte/projekt/",
    "/buendnisse/kassel/kontakt/",
    "/buendnisse/kassel/mitmachen/",
    "/buendnisse/kassel/aktuelles/",
    "/buendnisse/kassel/aktuelles/meldung/",
    "/buendnisse/kassel/termine/",
    "/buendnisse/kassel/termine/termin/",
    "/buendnisse/kassel/impressum/",
    "/buendnisse/kassel/datenschutz/",
]


@pytest.mark.parametrize("path", ALLIANCE_PAGES)
def test_alliance_page_shows_the_day_of_its_last_change(client, kassel_long_unchanged, path):
    response = client.get(path)

    assert (
        '<p class="page-date">Stand: <time datetime="2024-01-10">10. Januar 2024</time></p>'
        in response.text
    )


@pytest.mark.parametrize("path", [*ALLIANCE_PAGES, "/buendnisse/kassel/alles/"])
def test_alliance_print_view_names_the_same_day(client, kassel_long_unchanged, path):
    response = client.get(path + "drucken/")

    assert '<p class="print-source">Stand: 10. Januar 2024 · Quelle: ' in response.text


# A change to one thing dates exactly the pages that show it.
SHOWN_ON = {
    Project: ["/", "/projekte/", "/projekte/projekt/"],
    ContactPerson: ["/", "/kontakt/", "/mitmachen/"],
    News: ["/", "/aktuelles/", "/aktuelles/meldung/"],
    Event: ["/", "/termine/", "/termine/termin/"],
    Partner: ["/partner/", "/projekte/projekt/"],
    Membership: ["/partner/"],
    Document: ["/ueber-uns/"],
    Milestone: ["/ueber-uns/"],
    WorkingGroup: ["/ueber-uns/"],
}


@pytest.mark.parametrize("model", list(SHOWN_ON), ids=lambda model: model.__name__)
def test_a_change_dates_the_pages_that_show_it_and_no_other(client, kassel_long_unchanged, model):
    model.objects.update(updated_at=LATER)

    dated_later = [
        path.removeprefix("/buendnisse/kassel")
        for path in ALLIANCE_PAGES
        if "5. März 2025" in client.get(path).text
    ]

    assert dated_later == SHOWN_ON[model]


def test_a_change_to_the_alliance_dates_all_its_pages(client, kassel_long_unchanged):
    Alliance.objects.update(updated_at=LATER)

    assert [path for path in ALLIANCE_PAGES if "5. März 2025" not in client.get(path).text] == []


def test_rows_from_before_the_date_was_kept_are_passed_over(client, kassel_long_unchanged):
    ContactPerson.objects.update(updated_at=None)

    assert 'Stand: <time datetime="2024-01-10">' in client.get("/buendnisse/kassel/kontakt/").text


def test_network_pages_show_no_date_of_change(client, kassel_long_unchanged):
    assert 'class="page-date"' not in client.get("/aktuelles/").text
