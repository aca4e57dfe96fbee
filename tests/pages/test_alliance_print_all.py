"""Alles drucken: an alliance's home, Über uns, projects, Mitmachen and contacts in one view."""

import re

import pytest

from buendnisse.models import Alliance
from contacts.models import ContactPerson
from projects.models import Project
from tests.factories import make_alliance, populate

PRINT_ALL = "/buendnisse/kassel/alles/drucken/"


@pytest.fixture(params=[1, 4], ids=["small", "large"])
def kassel(request, db):
    alliance = make_alliance(
        "kassel",
        name="Kasseler Bündnis für Familie",
        motto="Ein starkes Netz für Familien",
        introduction="<p>Seit 2004 aktiv vor Ort.</p>",
        goals="<p>Kassel familienfreundlicher machen.</p>",
        join_text="<p>Machen Sie mit!</p>",
    )
    return populate(alliance, request.param)


def headings(html):
    return re.findall(r"<h([1-4])[^>]*>([^<]*)<", html)


def test_print_all_holds_home_about_projects_and_contacts_in_order(client, kassel):
    response = client.get(PRINT_ALL)

    html = response.text
    assert response.status_code == 200
    assert '<body class="print-page alliance">' in html
    level_one_and_two = [(level, text) for level, text in headings(html) if level in "12"]
    assert level_one_and_two == [
        ("1", "Kasseler Bündnis für Familie"),
        ("2", "Wer wir sind"),
        ("2", "Über uns"),
        ("2", "Projekte"),
        ("2", "Mitmachen"),
        ("2", "Kontakt"),
    ]
    assert ("3", "Ziele") in headings(html)
    assert "<p>Kassel familienfreundlicher machen.</p>" in html
    assert "<p>Machen Sie mit!</p>" in html
    for project in Project.objects.all():
        assert f">{project.title}</a></h3>" in html
    for contact in ContactPerson.objects.all():
        assert f"<h3>{contact.full_name}</h3>" in html


def test_print_all_names_its_date_and_the_alliances_home_as_source(client, kassel):
    response = client.get(PRINT_ALL)

    assert re.search(
        r'Stand: \d+\. \w+ \d{4} · Quelle: <a class="url" href="http://testserver/buendnisse/'
        r'kassel/">http://testserver/buendnisse/kassel/</a>',
        response.text,
    )
    assert '<a class="button button--secondary" href="http://testserver/buendnisse/kassel/"' in (
        response.text
    )
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_print_all_answers_with_a_fixed_query_count(client, kassel, django_assert_num_queries):
    # Alliance, documents, working groups, milestones, fields and the fields of its
    # projects (fields_with_projects), projects, contacts.
    with django_assert_num_queries(8):
        response = client.get(PRINT_ALL)

    assert response.status_code == 200


def test_print_all_is_only_a_print_view(client, kassel):
    assert client.get("/buendnisse/kassel/alles/").status_code == 404


def test_print_all_of_an_unpublished_alliance_is_404(client, kassel):
    Alliance.objects.filter(slug="kassel").update(is_published=False)

    assert client.get(PRINT_ALL).status_code == 404


@pytest.mark.parametrize(
    "path", ["/buendnisse/kassel/", "/buendnisse/kassel/partner/", "/buendnisse/kassel/kontakt/"]
)
def test_alliance_pages_link_to_print_all(client, kassel, path):
    response = client.get(path)

    assert f'<a href="{PRINT_ALL}" rel="nofollow">Alles drucken<span' in response.text
