"""What machines read: robots.txt, sitemap.xml, canonical links, Open Graph and Twitter cards,
schema.org JSON-LD, the favicon and the web manifest."""

import datetime
import json
import re
import xml.etree.ElementTree as ET  # noqa: S405 (our own sitemap, in tests)

import pytest
from django.contrib.staticfiles import finders

from contacts.models import ContactPerson
from projects.models import Project
from tests.factories import make_alliance, make_event, make_image, make_news

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def kassel():
    alliance = make_alliance(
        "kassel",
        name="Kasseler Bündnis für Familie",
        motto="Ein starkes Netz für Familien",
        website="https://www.kassel.de/familie",
        founded_on=datetime.date(2004, 9, 21),
    )
    alliance.lead_image = make_image(alliance, alt_text="Der Magistratssaal")
    alliance.logo = make_image(alliance, alt_text="Logo")
    alliance.save()
    ContactPerson.objects.create(
        alliance=alliance,
        first_name="Annekathrin",
        last_name="Schneider",
        phone="0561 000-0000",
        email="ansprechperson@example.org",
        role=ContactPerson.Role.COORDINATOR,
    )
    Project.objects.create(
        alliance=alliance,
        title="Familie Willkommen",
        slug="familie-willkommen",
        teaser="Geschäfte, die Familien willkommen heißen.",
        image=make_image(alliance, alt_text="Ein Aufkleber"),
    )
    Project.objects.create(alliance=alliance, title="Entwurf", slug="entwurf", is_published=False)
    make_news(alliance, slug="fest", title="Ein Fest für Familien", image=make_image(alliance))
    make_event(
        alliance,
        slug="treffen",
        title="Bündnistreffen",
        place_name="Rathaus",
        street="Obere Königsstraße 8",
        postcode="34117",
        city="Kassel",
    )
    make_alliance("versteckt", is_published=False)
    return alliance


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def meta(html, name):
    found = re.search(rf'<meta (?:property|name)="{re.escape(name)}" content="([^"]*)">', html)
    return found[1] if found else None


def test_robots_txt_keeps_crawlers_out_of_admin_print_and_search(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/robots.txt")

    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.text.splitlines() == [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*drucken/",
        "Disallow: /suche/",
        "Disallow: /buendnisse/*/suche/",
        "",
        "Sitemap: http://testserver/sitemap.xml",
    ]


def sitemap_urls(client, section):
    tree = ET.fromstring(client.get(f"/sitemap-{section}.xml").content)  # noqa: S314
    return {
        url.find(f"{SITEMAP}loc").text: getattr(url.find(f"{SITEMAP}lastmod"), "text", None)
        for url in tree.iter(f"{SITEMAP}url")
    }


def test_sitemap_index_names_every_section(client, kassel, django_assert_num_queries):
    # The network pages' four kinds of content; each section's newest change and its count.
    with django_assert_num_queries(11):
        response = client.get("/sitemap.xml")

    tree = ET.fromstring(response.content)  # noqa: S314
    assert [loc.text for loc in tree.iter(f"{SITEMAP}loc")] == [
        f"http://testserver/sitemap-{section}.xml"
        for section in ("seiten", "buendnisse", "projekte", "aktuelles", "termine")
    ]


def test_sitemap_lists_every_public_page_with_its_last_change(client, kassel):
    alliance_pages = sitemap_urls(client, "buendnisse")
    items = {**sitemap_urls(client, "projekte"), **sitemap_urls(client, "aktuelles")}
    items |= sitemap_urls(client, "termine")

    assert sorted(alliance_pages) == sorted(
        f"http://testserver/buendnisse/kassel/{path}"
        for path in (
            "",
            "ueber-uns/",
            "partner/",
            "projekte/",
            "aktuelles/",
            "termine/",
            "termine/archiv/",
            "kontakt/",
            "mitmachen/",
            "impressum/",
            "datenschutz/",
        )
    )
    assert set(alliance_pages.values()) == {kassel.updated_at.date().isoformat()}
    assert sorted(items) == [
        "http://testserver/buendnisse/kassel/aktuelles/fest/",
        "http://testserver/buendnisse/kassel/projekte/familie-willkommen/",
        "http://testserver/buendnisse/kassel/termine/treffen/",
    ]
    assert all(items.values())


def test_sitemap_pages_all_answer(client, kassel):
    sections = ("seiten", "buendnisse", "projekte", "aktuelles", "termine")
    urls = [url for section in sections for url in sitemap_urls(client, section)]

    statuses = {url: client.get(url.removeprefix("http://testserver")).status_code for url in urls}

    assert set(statuses.values()) == {200}
    assert len(statuses) == 11 + 11 + 3


@pytest.mark.parametrize(
    ("section", "queries"),
    [("seiten", 4), ("buendnisse", 1), ("projekte", 2), ("aktuelles", 2), ("termine", 2)],
)
def test_sitemap_section_answers_with_a_fixed_query_count(
    client, kassel, django_assert_num_queries, section, queries
):
    with django_assert_num_queries(queries):
        response = client.get(f"/sitemap-{section}.xml")

    assert response["Content-Type"] == "application/xml"


def test_canonical_link_is_the_page_itself(client, kassel):
    html = client.get("/buendnisse/kassel/projekte/familie-willkommen/").text

    assert (
        '<link rel="canonical" href="http://testserver/buendnisse/kassel/projekte/familie-willkommen/">'
        in html
    )


@pytest.mark.parametrize(
    ("path", "canonical"),
    [
        ("/buendnisse/kassel/drucken/", "http://testserver/buendnisse/kassel/"),
        ("/termine/?land=HE&seite=1", "http://testserver/termine/"),
        ("/aktuelles/?seite=2", "http://testserver/aktuelles/?seite=2"),
    ],
    ids=["print-view", "filtered-list", "second-page"],
)
def test_canonical_link_leaves_out_print_and_filters(client, kassel, path, canonical):
    html = client.get(path).text

    assert f'<link rel="canonical" href="{canonical}">' in html


def test_share_tags_carry_the_pages_own_picture(client, kassel):
    project = Project.objects.get(slug="familie-willkommen")

    html = client.get(project.get_absolute_url()).text

    assert meta(html, "og:title") == "Familie Willkommen – Kasseler Bündnis für Familie"
    assert meta(html, "og:description") == "Geschäfte, die Familien willkommen heißen."
    assert meta(html, "og:image") == f"http://testserver{project.image.file.url}"
    assert (meta(html, "og:image:width"), meta(html, "og:image:alt")) == ("40", "Ein Aufkleber")
    assert (
        meta(html, "og:url") == "http://testserver/buendnisse/kassel/projekte/familie-willkommen/"
    )
    assert meta(html, "twitter:card") == "summary_large_image"


def test_share_tags_fall_back_to_the_portals_picture(client, kassel):
    html = client.get("/impressum/").text

    assert meta(html, "og:image") == "http://testserver/static/img/share.png"
    assert (meta(html, "og:image:width"), meta(html, "og:image:height")) == ("1200", "630")
    assert meta(html, "og:type") == "website"
    assert finders.find("img/share.png")


def test_json_ld_of_an_alliance_is_an_organization_with_its_contact(client, kassel):
    (data,) = json_ld(client.get("/buendnisse/kassel/").text)

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Organization"
    assert data["name"] == "Kasseler Bündnis für Familie"
    assert data["url"] == "http://testserver/buendnisse/kassel/"
    assert data["logo"].startswith("http://testserver/media/")
    assert data["foundingDate"] == "2004-09-21"
    assert data["sameAs"] == ["https://www.kassel.de/familie"]
    assert data["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Kassel",
        "postalCode": "34117",
        "addressRegion": "Hessen",
        "addressCountry": "DE",
    }
    assert data["contactPoint"] == [
        {
            "@type": "ContactPoint",
            "contactType": "Koordination",
            "name": "Annekathrin Schneider",
            "telephone": "0561 000-0000",
            "email": "ansprechperson@example.org",
            "areaServed": "Kassel",
            "availableLanguage": "de",
        }
    ]


def test_json_ld_of_a_date_is_an_event_with_place_and_times(client, kassel):
    (data,) = json_ld(client.get("/buendnisse/kassel/termine/treffen/").text)

    assert data["@type"] == "Event"
    assert data["name"] == "Bündnistreffen"
    assert data["startDate"] == "2099-06-01T18:00:00+02:00"
    assert data["endDate"] == "2099-06-01T20:00:00+02:00"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["location"] == {
        "@type": "Place",
        "name": "Rathaus",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "Obere Königsstraße 8",
            "postalCode": "34117",
            "addressLocality": "Kassel",
            "addressCountry": "DE",
        },
    }
    assert data["organizer"]["name"] == "Kasseler Bündnis für Familie"
    assert data["url"] == "http://testserver/buendnisse/kassel/termine/treffen/"
    assert data["description"] == "Beschreibung treffen"


def test_json_ld_of_an_all_day_date_has_dates_only(client, kassel):
    make_event(
        None,
        slug="kongress",
        all_day=True,
        starts_at=datetime.datetime(2099, 9, 1, 10, tzinfo=datetime.UTC),
        ends_at=datetime.datetime(2099, 9, 2, 10, tzinfo=datetime.UTC),
    )

    (data,) = json_ld(client.get("/termine/kongress/").text)

    assert (data["startDate"], data["endDate"]) == ("2099-09-01", "2099-09-02")
    assert data["organizer"]["name"] == "Bündnisportal"


def test_json_ld_of_a_news_item_is_a_news_article(client, kassel):
    html = client.get("/buendnisse/kassel/aktuelles/fest/").text
    (data,) = json_ld(html)

    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Ein Fest für Familien"
    assert data["datePublished"] == "2024-05-01"
    assert data["dateModified"].startswith(str(datetime.date.today().year))
    assert data["image"][0].startswith("http://testserver/media/")
    assert data["author"]["name"] == "Kasseler Bündnis für Familie"
    assert data["publisher"]["logo"]["url"] == "http://testserver/static/img/icon-512.png"
    assert data["mainEntityOfPage"]["@id"] == "http://testserver/buendnisse/kassel/aktuelles/fest/"
    assert meta(html, "og:type") == "article"


def test_json_ld_cannot_be_closed_by_content(client, kassel):
    kassel.motto = "</script><script>alert(1)</script>"
    kassel.save()

    html = client.get("/buendnisse/kassel/").text

    assert "<script>alert(1)" not in html
    assert json_ld(html)[0]["description"] == "</script><script>alert(1)</script>"


def test_print_views_carry_no_json_ld(client, kassel):
    assert json_ld(client.get("/buendnisse/kassel/drucken/").text) == []


def test_favicon_is_an_icon_file(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/favicon.ico")

    assert response["Content-Type"] == "image/vnd.microsoft.icon"
    assert response.content[:4] == b"\x00\x00\x01\x00"  # the ICO header
    assert "max-age=604800" in response["Cache-Control"]


def test_manifest_names_the_portal_and_its_icons(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/manifest.webmanifest")

    manifest = json.loads(response.content)
    assert response["Content-Type"] == "application/manifest+json"
    assert (manifest["name"], manifest["lang"], manifest["start_url"]) == (
        "Bündnisportal",
        "de",
        "/",
    )
    assert [(icon["src"], icon["sizes"]) for icon in manifest["icons"]] == [
        ("/static/img/icon-192.png", "192x192"),
        ("/static/img/icon-512.png", "512x512"),
        ("/static/img/icon-maskable-512.png", "512x512"),
    ]
    assert all(finders.find(icon["src"].removeprefix("/static/")) for icon in manifest["icons"])


def test_every_page_links_its_icons(client, kassel):
    html = client.get("/").text

    assert '<link rel="icon" href="/favicon.ico" sizes="48x48">' in html
    assert '<link rel="apple-touch-icon" href="/static/img/apple-touch-icon.png">' in html
    assert '<link rel="manifest" href="/manifest.webmanifest">' in html
