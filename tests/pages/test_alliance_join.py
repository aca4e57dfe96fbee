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
