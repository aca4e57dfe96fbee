""" "Mein Bündnis" on the admin's start page: a coordinator's alliances and their next steps."""

import re

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from inquiries.models import Inquiry
from tests.factories import coordinator_of, make_alliance


def make_inquiry(alliance, status=Inquiry.Status.NEW):
    return Inquiry.objects.create(
        alliance=alliance, name="Erika", email="erika@example.org", message="-", status=status
    )


def section(html):
    """The "Mein Bündnis" section of the start page, or "" without one."""
    found = re.search(r'<section id="my-alliances".*?</section>', html, re.S)
    return found.group(0) if found else ""


def links(html):
    return dict(
        (re.sub(r"\s+", " ", text).strip(), href.replace("&amp;", "&"))
        for href, text in re.findall(r'<a href="([^"]+)">([^<]+)</a>', html)
    )


def test_my_alliance_shows_the_coordinators_alliance_with_its_next_steps(kassel_client, kassel):
    change = reverse("admin:buendnisse_alliance_change", args=[kassel.pk])
    filtered = f"?alliance__id__exact={kassel.pk}"

    html = section(kassel_client.get(reverse("admin:index")).text)

    assert '<h2 id="my-alliances-heading">Mein Bündnis</h2>' in html
    assert f'<h3 id="my-alliance-{kassel.pk}">Kasseler Bündnis für Familie</h3>' in html
    assert "<dd>veröffentlicht</dd>" in html
    assert links(html) == {
        "keine offenen Anfragen": (
            f"/admin/inquiries/inquiry/{filtered}&status__in=new%2Canswered"
        ),
        "Texte bearbeiten": f"{change}?teil=startseite",
        "Grunddaten": f"{change}?teil=grunddaten",
        "Partner": f"{change}?teil=partner",
        "Projekte": f"/admin/projects/project/{filtered}",
        "Ansprechpersonen": f"{change}?teil=ansprechpersonen",
        "Aktuelles": f"/admin/news/news/{filtered}",
        "Termine": f"/admin/news/event/{filtered}",
        "Dokumente": f"{change}?teil=dokumente",
        "Bilder": f"/admin/buendnisse/image/{filtered}",
        "Öffentliche Seite ansehen": reverse(
            "admin:view_on_site", args=[ContentType.objects.get_for_model(kassel).pk, kassel.pk]
        ),
    }


def test_my_alliance_counts_the_open_inquiries(kassel_client, kassel):
    make_inquiry(kassel)
    make_inquiry(kassel, Inquiry.Status.ANSWERED)
    make_inquiry(kassel, Inquiry.Status.DONE)

    html = section(kassel_client.get(reverse("admin:index")).text)

    assert "2 offene Anfragen</a>" in html


def test_my_alliance_link_lists_exactly_the_open_inquiries(kassel_client, kassel):
    new, answered = make_inquiry(kassel), make_inquiry(kassel, Inquiry.Status.ANSWERED)
    make_inquiry(kassel, Inquiry.Status.DONE)
    html = section(kassel_client.get(reverse("admin:index")).text)

    response = kassel_client.get(links(html)["2 offene Anfragen"])

    assert {inquiry.pk for inquiry in response.context["cl"].result_list} == {new.pk, answered.pk}


def test_my_alliance_of_a_draft_offers_the_preview(client, herzogenrath):
    client.force_login(coordinator_of(herzogenrath))

    html = section(client.get(reverse("admin:index")).text)

    assert "<dd>Entwurf – noch nicht öffentlich</dd>" in html
    assert "Vorschau ansehen (noch nicht öffentlich)</a>" in html
    assert "Öffentliche Seite ansehen" not in html


def test_my_alliance_public_page_link_leads_to_the_alliance(kassel_client, kassel):
    html = section(kassel_client.get(reverse("admin:index")).text)

    response = kassel_client.get(links(html)["Öffentliche Seite ansehen"])

    assert (response.status_code, response["Location"]) == (
        302,
        "http://testserver/buendnisse/kassel/",
    )


def test_my_alliance_never_shows_another_alliances_name_or_inquiries(kassel_client, kassel):
    unna = make_alliance("kreis-unna", name="Bündnis für Familie im Kreis Unna")
    make_inquiry(unna)
    make_inquiry(unna)

    page = kassel_client.get(reverse("admin:index")).text

    assert "Kreis Unna" not in page
    assert "keine offenen Anfragen" in section(page)
    assert f"alliance__id__exact={unna.pk}" not in page


def test_my_alliance_coordinator_of_two_sees_each(client, kassel, herzogenrath):
    make_inquiry(herzogenrath)
    client.force_login(coordinator_of(kassel, herzogenrath, username="doppelt"))

    html = section(client.get(reverse("admin:index")).text)

    assert '<h2 id="my-alliances-heading">Meine Bündnisse</h2>' in html
    assert re.findall(r"<h3[^>]*>([^<]+)</h3>", html) == [
        "Bündnis Herzogenrath",
        "Kasseler Bündnis für Familie",
    ]
    herzogenrath_part = html.split("<h3")[1]
    assert "1 offene Anfrage</a>" in herzogenrath_part
    assert f"alliance__id__exact={herzogenrath.pk}" in herzogenrath_part
    assert f"/admin/buendnisse/alliance/{kassel.pk}/" not in herzogenrath_part


def test_my_alliance_not_on_a_network_editors_start_page(super_client, kassel):
    response = super_client.get(reverse("admin:index"))

    assert response.context["my_alliances"] == []
    assert section(response.text) == ""
    assert response.context["app_list"]  # the usual start page


def test_network_overview_counts_alliances_drafts_and_open_inquiries(
    super_client, kassel, herzogenrath
):
    make_inquiry(kassel)
    make_inquiry(herzogenrath, Inquiry.Status.ANSWERED)
    make_inquiry(herzogenrath, Inquiry.Status.DONE)

    html = super_client.get(reverse("admin:index")).text

    overview = re.search(r'<section id="network-overview".*?</section>', html, re.S).group(0)
    assert links(overview) == {
        "2 Bündnisse": "/admin/buendnisse/alliance/",
        "1 Entwurf (noch nicht öffentlich)": "/admin/buendnisse/alliance/?is_published__exact=0",
        "2 offene Anfragen": "/admin/inquiries/inquiry/?status__in=new%2Canswered",
    }


def test_network_overview_not_on_a_coordinators_start_page(kassel_client):
    html = kassel_client.get(reverse("admin:index")).text

    assert 'id="network-overview"' not in html
