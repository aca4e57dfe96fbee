"""More query parameters than Django parses (DATA_UPLOAD_MAX_NUMBER_FIELDS) are a bad request."""

import pytest
from django.conf import settings

from core import printing
from tests.factories import make_alliance

TOO_MANY = {f"feld{i}": "x" for i in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1)}


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/drucken/",
        "/buendnisse/",
        "/buendnisse/kassel/",
        "/buendnisse/kassel/drucken/",
        "/projekte/",
        "/aktuelles/",
        "/impressum/",
    ],
)
@pytest.mark.django_db
def test_query_limits_too_many_parameters_give_the_german_400_page(client, path):
    make_alliance("kassel")

    response = client.get(path, TOO_MANY)

    assert response.status_code == 400
    assert "<h1>Ungültige Anfrage</h1>" in response.text
    assert "Diese Anfrage konnten wir nicht verstehen." in response.text
    assert '<html lang="de">' in response.text


@pytest.mark.django_db
def test_query_limits_print_link_keeps_the_query_as_sent(client):
    make_alliance("kassel")

    response = client.get("/buendnisse/", {"q": "für Familie", "land": "HE"})

    assert response.status_code == 200
    assert 'href="/buendnisse/drucken/?q=f%C3%BCr+Familie&amp;land=HE"' in response.text


def test_query_limits_print_context_leaves_the_query_unparsed(rf):
    request = rf.get("/buendnisse/", TOO_MANY)
    request.is_print = False

    context = printing.context(request)

    assert context["print_url"] == f"/buendnisse/drucken/?{request.META['QUERY_STRING']}"
