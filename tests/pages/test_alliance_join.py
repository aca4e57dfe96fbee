import pytest

from contacts.models import ContactPerson
from tests.factories import make_alliance


def test_alliance_join_shows_ways_to_support_partnership_and_contact(client, db):
    alliance = make_alliance(
        "herzogenrath",
        join_text="<ul><li>mit Aktionen für Familien</li><li>mit Spenden</li></ul>",
        partnership_text="<p>Wer die Gründungsvereinbarung unterzeichnet, wird Bündnispartner.</p>",
    )
    ContactPerson.objects.create(
        alliance=alliance,
        first_name="Birgit",
        last_name="Kuballa",
        role="coordinator",
        position="Gleichstellungsbeauftragte",
    )

    response = client.get("/buendnisse/herzogenrath/mitmachen/")

    assert response.status_code == 200
    assert "<li>mit Spenden</li>" in response.text
    assert "Gründungsvereinbarung unterzeichnet" in response.text
    assert "<h3>Birgit Kuballa</h3>" in response.text
    assert "Koordination · Gleichstellungsbeauftragte" in response.text


def test_alliance_join_unpublished_alliance_is_404(client, db):
    make_alliance("entwurf", is_published=False)

    assert client.get("/buendnisse/entwurf/mitmachen/").status_code == 404


@pytest.mark.django_db
def test_alliance_join_query_count_is_fixed(client, sized_alliance, django_assert_num_queries):
    # Bündnis des Monats in the header: one query each
    with django_assert_num_queries(3):
        client.get("/buendnisse/kassel/mitmachen/")
