"""Atom feeds of news, read back with xml.etree."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from tests.factories import make_news

pytestmark = pytest.mark.django_db

ATOM = {"atom": "http://www.w3.org/2005/Atom"}


@pytest.fixture
def news(kassel):
    return [
        make_news(
            None,
            slug="fachkongress",
            title="Zentraler Fachkongress der Lokalen Bündnisse in Berlin",
            teaser="Unter dem Motto „Perspektive Zukunft“ trafen sich Lokale Bündnisse.",
            date=datetime.date(2016, 12, 14),
            publish_from=datetime.datetime(2016, 12, 14, 8, tzinfo=datetime.UTC),
        ),
        make_news(
            kassel,
            slug="zehn-jahre",
            title="10 Jahre Kasseler Bündnis für Familie",
            teaser="Eine positive Zwischenbilanz.",
            date=datetime.date(2014, 1, 1),
            publish_from=datetime.datetime(2014, 1, 1, 8, tzinfo=datetime.UTC),
        ),
    ]


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    return ET.fromstring(response.content)  # noqa: S314 (our own feed, just rendered)


def entries(feed):
    return [
        {
            "title": entry.findtext("atom:title", namespaces=ATOM),
            "link": entry.find("atom:link", ATOM).get("href"),
            "summary": entry.findtext("atom:summary", namespaces=ATOM),
            "author": entry.findtext("atom:author/atom:name", namespaces=ATOM),
            "published": entry.findtext("atom:published", namespaces=ATOM),
        }
        for entry in feed.findall("atom:entry", ATOM)
    ]


def test_network_feed_holds_network_and_alliance_news_newest_first(client, news):
    feed = parse(client.get("/aktuelles/feed/"))

    assert feed.tag == "{http://www.w3.org/2005/Atom}feed"
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "de"
    assert feed.findtext("atom:title", namespaces=ATOM) == "Aktuelles – Bündnisportal"
    assert entries(feed) == [
        {
            "title": "Zentraler Fachkongress der Lokalen Bündnisse in Berlin",
            "link": "http://testserver/aktuelles/fachkongress/",
            "summary": "Unter dem Motto „Perspektive Zukunft“ trafen sich Lokale Bündnisse.",
            "author": "Bündnisportal",
            "published": "2016-12-14T08:00:00+00:00",
        },
        {
            "title": "10 Jahre Kasseler Bündnis für Familie",
            "link": "http://testserver/buendnisse/kassel/aktuelles/zehn-jahre/",
            "summary": "Eine positive Zwischenbilanz.",
            "author": "Kasseler Bündnis für Familie",
            "published": "2014-01-01T08:00:00+00:00",
        },
    ]


def test_alliance_feed_holds_its_own_news_only(client, news):
    feed = parse(client.get("/buendnisse/kassel/aktuelles/feed/"))

    assert (
        feed.findtext("atom:title", namespaces=ATOM) == "Aktuelles – Kasseler Bündnis für Familie"
    )
    assert [entry["title"] for entry in entries(feed)] == ["10 Jahre Kasseler Bündnis für Familie"]
    assert feed.find("atom:link[@rel='alternate']", ATOM).get("href") == (
        "http://testserver/buendnisse/kassel/aktuelles/"
    )


def test_feeds_leave_out_scheduled_and_expired_news(client, kassel, news):
    make_news(kassel, slug="geplant", publish_from=timezone.now() + datetime.timedelta(minutes=1))
    make_news(
        kassel, slug="abgelaufen", publish_until=timezone.now() - datetime.timedelta(minutes=1)
    )
    make_news(kassel, slug="entwurf", is_published=False)

    titles = [entry["title"] for entry in entries(parse(client.get("/aktuelles/feed/")))]

    assert titles == [
        "Zentraler Fachkongress der Lokalen Bündnisse in Berlin",
        "10 Jahre Kasseler Bündnis für Familie",
    ]
