"""Print views of the news, dates, Bündnis des Monats and network project pages."""

import datetime
import re

import pytest
from django.utils import timezone

from buendnisse.models import FieldOfAction
from news.models import AllianceOfTheMonth
from projects.models import Project
from tests.factories import make_event, make_image, make_news

PRINTED_AT = datetime.datetime(2026, 11, 23, 10, 0, tzinfo=datetime.UTC)

PAGES = [
    ("/aktuelles/", "<h1>Aktuelles</h1>"),
    ("/aktuelles/fachkongress/", "<h1>Zentraler Fachkongress</h1>"),
    ("/termine/", "<h1>Termine</h1>"),
    ("/termine/archiv/", "<h1>Vergangene Termine</h1>"),
    ("/termine/kongress/", "<h1>Fachkongress 2027</h1>"),
    ("/buendnis-des-monats/", "<h1>Bündnis des Monats</h1>"),
    ("/projekte/", "<h1>Projekte aller Bündnisse</h1>"),
    ("/buendnisse/kassel/aktuelles/", "<h1>Aktuelles</h1>"),
    ("/buendnisse/kassel/aktuelles/zehn-jahre/", "<h1>10 Jahre Kasseler Bündnis</h1>"),
    ("/buendnisse/kassel/termine/", "<h1>Termine</h1>"),
    ("/buendnisse/kassel/termine/archiv/", "<h1>Vergangene Termine</h1>"),
    ("/buendnisse/kassel/termine/familientag/", "<h1>Familientag</h1>"),
]
PATHS = [path for path, _heading in PAGES]


@pytest.fixture
def content(kassel, monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: PRINTED_AT)
    kassel.save()  # changed last on the day of printing, as everything below: "Stand" that day
    field = FieldOfAction.objects.create(name="Familie und Beruf", slug="familie-und-beruf")
    project = Project.objects.create(
        alliance=kassel, title="Kompetenzpass", slug="kompetenzpass", teaser="-"
    )
    project.fields_of_action.add(field)
    item = make_news(
        kassel,
        slug="zehn-jahre",
        title="10 Jahre Kasseler Bündnis",
        image=make_image(
            kassel, alt_text="Magistratssaal", credit="© Stadt Kassel; Foto: Soremski"
        ),
    )
    item.projects.add(project)
    make_news(None, slug="fachkongress", title="Zentraler Fachkongress")
    make_event(
        kassel,
        slug="familientag",
        title="Familientag",
        all_day=True,
        starts_at=datetime.datetime(2027, 6, 12, tzinfo=datetime.UTC),
        registration_url="https://example.org/anmeldung",
    )
    make_event(
        kassel, slug="vorbei", starts_at=datetime.datetime(2026, 1, 1, 10, tzinfo=datetime.UTC)
    )
    make_event(None, slug="kongress", title="Fachkongress 2027")
    AllianceOfTheMonth.objects.create(
        alliance=kassel, month=datetime.date(2019, 7, 1), text="Vorbildlich."
    )
    return kassel


@pytest.mark.parametrize(("path", "heading"), PAGES)
def test_print_view_of_new_page_shows_content_in_print_layout(client, content, path, heading):
    response = client.get(path + "drucken/")

    assert response.status_code == 200
    assert heading in response.text
    assert '<body class="print-page' in response.text
    assert "Stand: 23. November 2026 · Quelle: " in response.text
    assert (
        f'<a class="url" href="http://testserver{path}">http://testserver{path}</a>'
        in response.text
    )
    assert response["X-Robots-Tag"] == "noindex, nofollow"


@pytest.mark.parametrize("path", PATHS)
def test_print_view_of_new_page_has_no_navigation_sharing_or_copy_field(client, content, path):
    response = client.get(path + "drucken/")

    assert re.findall(r'<nav[^>]*aria-label="([^"]*)"', response.text) == []
    for clutter in [
        'class="share"',
        'class="subscribe"',
        "data-copy",
        'class="site-footer',
        "share.js",
    ]:
        assert clutter not in response.text, clutter


@pytest.mark.parametrize("path", PATHS)
def test_new_page_links_to_its_print_view(client, content, path):
    response = client.get(path)

    assert re.search(rf'<a href="{path}drucken/" rel="nofollow">.*Drucken</a>', response.text)
    assert '<link rel="stylesheet" href="/static/css/print.css" media="print">' in response.text


def test_print_view_of_alliance_news_has_alliance_masthead_and_image_credit(client, content):
    response = client.get("/buendnisse/kassel/aktuelles/zehn-jahre/drucken/")

    assert '<p class="print-masthead__name">Kasseler Bündnis für Familie</p>' in response.text
    assert '<span class="credit">© Stadt Kassel; Foto: Soremski</span>' in response.text
    assert 'href="/buendnisse/kassel/projekte/kompetenzpass/">Kompetenzpass</a>' in response.text


def test_print_view_of_event_writes_registration_out(client, content):
    response = client.get("/buendnisse/kassel/termine/familientag/drucken/")

    assert (
        '<a class="url" href="https://example.org/anmeldung">https://example.org/anmeldung</a>'
        in (response.text)
    )


def test_print_view_of_filtered_projects_keeps_the_choice(client, content):
    response = client.get("/projekte/drucken/", {"feld": "familie-und-beruf", "land": "HE"})

    assert '<p class="print-only">Ihre Auswahl: Familie und Beruf, Hessen</p>' in response.text
    assert "Kompetenzpass" in response.text
