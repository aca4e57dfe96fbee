"""An alliance on its own domain: its pages at the root of its host names, the portal's
addresses redirecting there, its own Impressum and Datenschutz."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from buendnisse.models import AllianceHost, normalise_host_name
from projects.models import Project
from search.index import rebuild
from tests.factories import coordinator_of, make_alliance, make_event, make_news, populate

pytestmark = pytest.mark.django_db

HOST = "www.familie-herzogenrath.de"


@pytest.fixture
def herzogenrath():
    alliance = populate(
        make_alliance("herzogenrath", name="Lokales Bündnis für Familie Herzogenrath"), 1
    )
    make_news(alliance, slug="familientag", title="Familientag 2017")
    make_event(alliance, slug="treffen", title="Bündnistreffen")
    AllianceHost.objects.create(alliance=alliance, name=HOST, is_primary=True)
    AllianceHost.objects.create(alliance=alliance, name="familie-herzogenrath.de")
    make_alliance("kassel", name="Kasseler Bündnis für Familie")
    rebuild()
    return alliance


@pytest.fixture
def on_host():
    return Client(headers={"host": HOST})


def links(html):
    return set(re.findall(r'href="([^"#]*)', html))


OWN_PAGES = [
    ("/", 9),
    ("/ueber-uns/", 8),
    ("/partner/", 4),
    ("/projekte/", 5),
    ("/projekte/projekt-0/", 6),
    ("/kontakt/", 4),
    ("/mitmachen/", 4),
    ("/aktuelles/", 5),
    ("/aktuelles/familientag/", 6),
    ("/termine/", 5),
    ("/termine/archiv/", 4),  # nothing past: no page to fetch
    ("/termine/treffen/", 4),
    ("/impressum/", 3),
    ("/datenschutz/", 3),
    ("/suche/?q=Projekt", 5),
]


@pytest.mark.parametrize(("path", "queries"), OWN_PAGES)
def test_own_host_serves_the_alliances_pages_at_the_root(
    on_host, herzogenrath, django_assert_num_queries, path, queries
):
    # One query more than on the portal: which alliance the host name belongs to.
    with django_assert_num_queries(queries):
        response = on_host.get(path)

    assert response.status_code == 200
    assert response.context["alliance"] == herzogenrath


@pytest.mark.parametrize("path", [path for path, _queries in OWN_PAGES])
def test_own_host_links_stay_on_the_host(on_host, herzogenrath, path):
    html = on_host.get(path).text

    assert not [link for link in links(html) if "/buendnisse/" in link and "testserver" not in link]
    assert f'<link rel="canonical" href="http://{HOST}{path.split("?")[0]}' in html


def test_own_host_print_views_feed_calendar_and_vcard(on_host, herzogenrath):
    contact = herzogenrath.contacts.first()

    responses = {
        path: on_host.get(path)
        for path in (
            "/drucken/",
            "/alles/drucken/",
            "/projekte/drucken/",
            "/aktuelles/feed/",
            "/termine.ics",
            "/termine/treffen.ics",
            f"/kontakt/{contact.pk}.vcf",
        )
    }

    assert {path: response.status_code for path, response in responses.items()} == dict.fromkeys(
        responses, 200
    )
    assert f"http://{HOST}/aktuelles/familientag/" in responses["/aktuelles/feed/"].text
    assert f"http://{HOST}/termine/treffen/" in responses["/termine.ics"].text.replace("\r\n ", "")


def test_own_host_has_its_own_sitemap_and_robots_txt(on_host, herzogenrath):
    robots = on_host.get("/robots.txt").text
    sitemap = on_host.get("/sitemap-buendnisse.xml").text
    network = on_host.get("/sitemap-seiten.xml").text

    assert f"Sitemap: http://{HOST}/sitemap.xml" in robots
    assert f"<loc>http://{HOST}/</loc>" in sitemap
    assert f"<loc>http://{HOST}/impressum/</loc>" in sitemap
    assert "/buendnisse/" not in sitemap
    assert "<loc>" not in network


def test_portal_sitemap_leaves_out_alliances_on_their_own_host(client, herzogenrath):
    sitemap = client.get("/sitemap-buendnisse.xml").text

    assert "http://testserver/buendnisse/kassel/" in sitemap
    assert "herzogenrath" not in sitemap


@pytest.mark.parametrize(
    ("path", "location"),
    [
        ("/buendnisse/herzogenrath/", f"http://{HOST}/"),
        ("/buendnisse/herzogenrath/projekte/projekt-0/", f"http://{HOST}/projekte/projekt-0/"),
        ("/buendnisse/herzogenrath/drucken/", f"http://{HOST}/drucken/"),
        (
            "/buendnisse/herzogenrath/termine/?von=2020-01-01",
            f"http://{HOST}/termine/?von=2020-01-01",
        ),
        ("/buendnisse/herzogenrath/impressum/", f"http://{HOST}/impressum/"),
    ],
)
def test_portal_redirects_the_alliances_pages_permanently(
    client, herzogenrath, django_assert_num_queries, path, location
):
    with django_assert_num_queries(1):  # the alliance, with its host name
        response = client.get(path)

    assert (response.status_code, response["Location"]) == (301, location)


def test_portal_lets_editors_preview_there(herzogenrath):
    editor = Client()
    editor.force_login(coordinator_of(herzogenrath))

    assert editor.get("/buendnisse/herzogenrath/").status_code == 200


def test_other_host_name_of_the_alliance_redirects_to_its_main_one(herzogenrath):
    response = Client(headers={"host": "familie-herzogenrath.de"}).get("/projekte/?x=1")

    assert (response.status_code, response["Location"]) == (301, f"http://{HOST}/projekte/?x=1")


def test_own_host_sends_the_networks_pages_to_the_portal(on_host, herzogenrath):
    for path in ("/buendnisse/", "/buendnisse/kassel/", "/karte/", "/admin/", "/barrierefreiheit/"):
        response = on_host.get(path)
        assert (response.status_code, response["Location"]) == (302, f"http://testserver{path}")


def test_own_host_navigation_of_the_network_points_to_the_portal(on_host, herzogenrath):
    html = on_host.get("/").text

    assert '<a class="site-brand" href="http://testserver/">' in html
    assert '<a href="http://testserver/aktuelles/">Aktuelles</a>' in html
    assert "Startseite" not in re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S)[0]


def test_unknown_host_is_refused_as_before(herzogenrath, django_assert_num_queries):
    with django_assert_num_queries(1):
        response = Client(headers={"host": "angreifer.example"}).get("/")

    assert response.status_code == 400


def test_own_host_of_an_unpublished_alliance_answers_not_found(on_host, herzogenrath):
    herzogenrath.is_published = False
    herzogenrath.save()

    assert on_host.get("/").status_code == 404


def test_own_host_search_finds_only_the_alliances_content(on_host, herzogenrath):
    kassel = herzogenrath.__class__.objects.get(slug="kassel")
    Project.objects.create(alliance=kassel, title="Projekt in Kassel", slug="p", teaser="t")
    rebuild()

    response = on_host.get("/suche/", {"q": "Projekt"})

    titles = [
        entry.title for _kind, _count, entries in response.context["groups"] for entry in entries
    ]
    assert titles == ["Projekt 0"]
    assert 'href="/projekte/projekt-0/"' in response.text


def test_own_host_pages_are_cached_apart_from_the_portals(on_host, herzogenrath, settings):
    settings.PAGE_CACHE_SECONDS = 60
    herzogenrath.hosts.all().delete()
    portal_first = Client().get("/buendnisse/herzogenrath/")
    AllianceHost.objects.create(alliance=herzogenrath, name=HOST, is_primary=True)

    assert portal_first.status_code == 200
    assert on_host.get("/").status_code == 200
    assert 'href="/ueber-uns/"' in on_host.get("/").text


# Impressum and Datenschutz --------------------------------------------------------------


def test_alliance_pages_link_their_own_legal_pages(client, herzogenrath):
    html = client.get("/buendnisse/kassel/").text

    assert '<a href="/buendnisse/kassel/impressum/">Impressum</a>' in html
    assert '<a href="/buendnisse/kassel/datenschutz/">Datenschutz</a>' in html


def test_alliance_imprint_names_its_responsible_body(on_host, herzogenrath):
    herzogenrath.legal_body = "Stadt Herzogenrath"
    herzogenrath.legal_representative = "Der Bürgermeister"
    herzogenrath.legal_address = "Rathausplatz 1\n52134 Herzogenrath"
    herzogenrath.legal_email = "familie@example.org"
    herzogenrath.privacy_officer = "Datenschutzbeauftragte der Stadt, datenschutz@example.org"
    herzogenrath.save()

    imprint = on_host.get("/impressum/").text
    privacy = on_host.get("/datenschutz/").text

    assert (
        "<address>Stadt Herzogenrath<br>Rathausplatz 1<br>52134 Herzogenrath</address>" in imprint
    )
    assert "<dt>Vertreten durch</dt><dd>Der Bürgermeister</dd>" in imprint
    assert "Demo-Installation von Bündnisportal" in imprint  # runs the portal
    assert "<address>Stadt Herzogenrath<br>" in privacy
    assert "Datenschutzbeauftragte: Datenschutzbeauftragte der Stadt" in privacy


def test_alliance_imprint_falls_back_to_the_operator(client, herzogenrath):
    html = client.get("/buendnisse/kassel/impressum/").text

    assert (
        "<address>Demo-Installation von Bündnisportal<br>Musterstraße 1, 12345 Musterstadt" in html
    )


# Host names in the admin -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("https://WWW.Familie-Herzogenrath.de/", "www.familie-herzogenrath.de"),
        ("bündnis-aachen.de", "xn--bndnis-aachen-wob.de"),
        ("kassel.example.org.", "kassel.example.org"),
    ],
)
def test_host_name_is_stored_as_browsers_send_it(typed, stored):
    assert normalise_host_name(typed) == stored


@pytest.mark.parametrize("typed", ["localhost", "familie herzogenrath.de", "testserver", "a.b/c?d"])
def test_host_name_invalid_or_the_portals_is_refused(herzogenrath, typed):
    host = AllianceHost(alliance=herzogenrath, name=typed)

    with pytest.raises(ValidationError):
        host.full_clean()


def test_host_names_in_the_admin_for_network_editors_only(super_client, herzogenrath):
    coordinator = Client()
    coordinator.force_login(coordinator_of(herzogenrath))
    url = f"/admin/buendnisse/alliance/{herzogenrath.pk}/change/"

    assert "Eigene Domain" in super_client.get(f"{url}?teil=koordination").text
    assert "Eigene Domain" not in coordinator.get(f"{url}?teil=koordination").text
    assert "Impressum und Datenschutz" in coordinator.get(f"{url}?teil=impressum").text
