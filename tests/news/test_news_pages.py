import datetime
import re

import pytest
from django.utils import timezone

from partners.models import Partner
from projects.models import Project
from tests.factories import make_alliance, make_image, make_news

pytestmark = pytest.mark.django_db

PUBLISH_AT = datetime.datetime(2026, 3, 1, 7, 0, tzinfo=datetime.UTC)
MINUTE = datetime.timedelta(minutes=1)


@pytest.fixture
def congress(db):
    item = make_news(
        None,
        slug="fachkongress",
        title="Zentraler Fachkongress der Lokalen Bündnisse in Berlin",
        teaser="Unter dem Motto „Perspektive Zukunft“ trafen sich Lokale Bündnisse.",
        body=(
            "<h2>Zukunftsdialog gestartet</h2>"
            "<p>Wie können Lokale Bündnisse die Zukunft mitgestalten?</p>"
        ),
        date=datetime.date(2016, 12, 14),
        image=make_image(
            None,
            alt_text="Caren Marks mit Vertreterinnen und Vertretern der Bündnisse",
            credit="BMFSFJ/Hans-Christian Plambeck",
            caption="Caren Marks, Parlamentarische Staatssekretärin",
        ),
    )
    return item


def test_network_list_shows_network_and_alliance_news_each_labelled(client, kassel, congress):
    make_news(
        kassel, slug="zehn-jahre", title="10 Jahre Kasseler Bündnis", date=datetime.date(2014, 1, 1)
    )

    response = client.get("/aktuelles/")

    assert [item.slug for item in response.context["page"].object_list] == [
        "fachkongress",
        "zehn-jahre",
    ]
    assert (
        '<span class="badge">Archiv</span> '
        '<strong><time datetime="2016-12-14">14. Dezember 2016</time></strong> · Netzwerk</p>'
    ) in response.text
    assert (
        '<strong><time datetime="2014-01-01">1. Januar 2014</time></strong> · '
        '<a href="/buendnisse/kassel/">Kasseler Bündnis für Familie</a></p>'
    ) in response.text
    assert '<a href="/buendnisse/kassel/aktuelles/zehn-jahre/">10 Jahre Kasseler Bündnis</a>' in (
        response.text
    )


def test_network_list_leaves_out_unpublished_alliances_drafts_and_scheduled(client, congress):
    hidden = make_alliance("geheim", is_published=False)
    make_news(hidden, slug="geheim")
    make_news(None, slug="entwurf", is_published=False)
    make_news(None, slug="geplant", publish_from=timezone.now() + datetime.timedelta(days=1))
    make_news(None, slug="abgelaufen", publish_until=timezone.now() - MINUTE)

    response = client.get("/aktuelles/")

    assert [item.slug for item in response.context["page"].object_list] == ["fachkongress"]


def test_news_list_is_paginated(client, kassel):
    for i in range(12):
        make_news(kassel, slug=f"m-{i}", date=datetime.date(2024, 1, 1 + i))

    first = client.get("/buendnisse/kassel/aktuelles/")
    second = client.get("/buendnisse/kassel/aktuelles/", {"seite": 2})

    assert len(first.context["page"].object_list) == 10
    assert [item.slug for item in second.context["page"].object_list] == ["m-1", "m-0"]
    assert '<a href="?seite=2" rel="next">Nächste Seite</a>' in first.text
    assert "<title>Aktuelles – Kasseler Bündnis für Familie (Seite 2) – Bündnisportal</title>" in (
        second.text
    )


def test_alliance_list_shows_only_its_own_news_without_label(client, kassel, congress):
    make_news(kassel, slug="zehn-jahre", title="10 Jahre Kasseler Bündnis")

    response = client.get("/buendnisse/kassel/aktuelles/")

    assert [item.slug for item in response.context["page"].object_list] == ["zehn-jahre"]
    assert " · Netzwerk" not in response.text
    assert '<a href="/buendnisse/kassel/aktuelles/" aria-current="page">Aktuelles</a>' in (
        response.text
    )


def test_news_detail_shows_text_image_with_credit_projects_and_partners(client, kassel):
    project = Project.objects.create(
        alliance=kassel, title="Familienkalender", slug="familienkalender", teaser="Jährlich neu."
    )
    Project.objects.create(
        alliance=kassel, title="Entwurf", slug="entwurf", teaser="-", is_published=False
    )
    item = make_news(
        kassel,
        slug="zehn-jahre",
        title="10 Jahre Kasseler Bündnis",
        date=datetime.date(2014, 1, 1),
        date_precision="year",
        body="<p>Kassel ist von Beginn an mit dabei.</p>",
        image=make_image(
            kassel, alt_text="Magistratssaal", credit="© Stadt Kassel; Foto: Soremski"
        ),
    )
    item.projects.add(project, Project.objects.get(slug="entwurf"))
    item.partners.add(
        Partner.objects.create(name="IHK Kassel-Marburg", slug="ihk", website="https://www.ihk.de/")
    )

    response = client.get("/buendnisse/kassel/aktuelles/zehn-jahre/")

    assert "<h1>10 Jahre Kasseler Bündnis</h1>" in response.text
    assert '<time datetime="2014">2014</time> · Kasseler Bündnis für Familie' in response.text
    assert "<p>Kassel ist von Beginn an mit dabei.</p>" in response.text
    assert 'alt="Magistratssaal" width="40" height="30"' in response.text
    assert '<span class="credit">© Stadt Kassel; Foto: Soremski</span>' in response.text
    assert [p.title for p in response.context["projects"]] == ["Familienkalender"]
    assert (
        '<a href="/buendnisse/kassel/projekte/familienkalender/">Familienkalender</a>'
        in response.text
    )
    assert '<a href="https://www.ihk.de/">IHK Kassel-Marburg</a>' in response.text
    assert response.context["breadcrumbs"] == [
        ("Startseite", "/"),
        ("Bündnisse", "/buendnisse/"),
        ("Kasseler Bündnis für Familie", "/buendnisse/kassel/"),
        ("Aktuelles", "/buendnisse/kassel/aktuelles/"),
        ("10 Jahre Kasseler Bündnis", "/buendnisse/kassel/aktuelles/zehn-jahre/"),
    ]


def test_network_news_detail_with_image_caption_and_credit(client, congress):
    response = client.get("/aktuelles/fachkongress/")

    assert "<h1>Zentraler Fachkongress der Lokalen Bündnisse in Berlin</h1>" in response.text
    assert "<h2>Zukunftsdialog gestartet</h2>" in response.text
    assert (
        "<figcaption>Caren Marks, Parlamentarische Staatssekretärin "
        '<span class="credit">BMFSFJ/Hans-Christian Plambeck</span></figcaption>'
    ) in response.text
    assert '<a href="/aktuelles/" aria-current="true">Aktuelles</a>' in response.text


def test_news_detail_headings_in_order(client, congress):
    response = client.get("/aktuelles/fachkongress/")

    main = response.text.split('<main id="inhalt"', 1)[1].split("</main>", 1)[0]
    levels = [int(level) for level in re.findall(r"<h([1-6])\b", main)]
    assert levels[0] == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), levels


@pytest.mark.parametrize(
    "path",
    [
        pytest.param("/buendnisse/kassel/aktuelles/geplant/", id="scheduled"),
        pytest.param("/buendnisse/kassel/aktuelles/abgelaufen/", id="expired"),
        pytest.param("/buendnisse/kassel/aktuelles/fremd/", id="another-alliances"),
        pytest.param("/buendnisse/kassel/aktuelles/fachkongress/", id="the-networks"),
        pytest.param("/aktuelles/fremd/", id="an-alliances-as-the-networks"),
    ],
)
def test_news_detail_scheduled_expired_or_foreign_is_404(client, kassel, congress, path):
    make_news(kassel, slug="geplant", publish_from=timezone.now() + datetime.timedelta(hours=1))
    make_news(kassel, slug="abgelaufen", publish_until=timezone.now() - MINUTE)
    make_news(make_alliance("unna"), slug="fremd")

    response = client.get(path)

    assert response.status_code == 404


@pytest.mark.parametrize(("offset", "status"), [(-MINUTE, 404), (MINUTE, 200)])
def test_news_detail_appears_on_its_own_at_publish_from(
    client, kassel, monkeypatch, offset, status
):
    make_news(kassel, slug="geplant", publish_from=PUBLISH_AT)
    monkeypatch.setattr(timezone, "now", lambda: PUBLISH_AT + offset)

    assert client.get("/buendnisse/kassel/aktuelles/geplant/").status_code == status
    assert (status == 200) == ("geplant" in client.get("/buendnisse/kassel/aktuelles/").text)


@pytest.mark.parametrize(("offset", "status"), [(-MINUTE, 200), (MINUTE, 404)])
def test_news_detail_disappears_on_its_own_at_publish_until(
    client, kassel, monkeypatch, offset, status
):
    make_news(kassel, slug="befristet", publish_until=PUBLISH_AT)
    monkeypatch.setattr(timezone, "now", lambda: PUBLISH_AT + offset)

    assert client.get("/buendnisse/kassel/aktuelles/befristet/").status_code == status
    assert (status == 200) == ("befristet" in client.get("/aktuelles/").text)


@pytest.mark.parametrize(
    "path",
    [
        "/aktuelles/",
        "/aktuelles/n-meldung-0/",
        "/buendnisse/kassel/aktuelles/",
        "/buendnisse/kassel/aktuelles/b-meldung-0/",
        "/",
        "/buendnisse/kassel/",
    ],
)
def test_pages_with_news_are_never_cached_for_long(client, sized_news, path):
    response = client.get(path)

    assert response.status_code == 200
    assert "max-age" not in response.get("Cache-Control", "")
    assert "Expires" not in response
    assert response["ETag"]


def test_pages_with_news_announce_their_feed(client, kassel, congress):
    network = client.get("/aktuelles/").text
    home = client.get("/").text
    alliance = client.get("/buendnisse/kassel/").text

    feed = '<link rel="alternate" type="application/atom+xml" title="Aktuelles – {}" href="{}">'
    assert feed.format("Bündnisportal", "/aktuelles/feed/") in network
    assert feed.format("Bündnisportal", "/aktuelles/feed/") in home
    assert (
        feed.format("Kasseler Bündnis für Familie", "/buendnisse/kassel/aktuelles/feed/")
        in alliance
    )
