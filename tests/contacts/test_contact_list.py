import pytest

from contacts.models import ContactPerson
from tests.factories import make_image


@pytest.fixture
def schneider(kassel):
    return ContactPerson.objects.create(
        alliance=kassel,
        role=ContactPerson.Role.CONTACT,
        first_name="Annekathrin",
        last_name="Schneider",
        institution="Stadt Kassel",
        department="Jugendamt",
        street="Obere Königstraße 8",
        postcode="34117",
        city="Kassel",
        phone="0561 000-0000",
        fax="0561 000-0001",
        email="ansprechperson@example.org",
        transit_url="https://www.nvv.de/fahrplanauskunft",
        portrait=make_image(
            kassel, alt_text="Porträt von Annekathrin Schneider", credit="© Stadt Kassel"
        ),
    )


def test_contact_list_shows_every_contact_field(client, schneider):
    response = client.get("/buendnisse/kassel/kontakt/")

    assert "<h2>Annekathrin Schneider</h2>" in response.text
    assert "<dt>Institution</dt><dd>Stadt Kassel</dd>" in response.text
    assert "<dt>Abteilung</dt><dd>Jugendamt</dd>" in response.text
    assert "<address>Obere Königstraße 8<br>34117 Kassel</address>" in response.text
    assert '<a href="tel:05610000000">0561 000-0000</a>' in response.text
    assert "<dt>Telefax</dt><dd>0561 000-0001</dd>" in response.text
    assert '<a href="mailto:ansprechperson@example.org">' in response.text
    assert '<a href="https://www.nvv.de/fahrplanauskunft">Fahrplanauskunft' in response.text
    assert 'alt="Porträt von Annekathrin Schneider"' in response.text
    assert f'href="/buendnisse/kassel/kontakt/{schneider.pk}.vcf"' in response.text


def test_contact_list_hides_unpublished_people(client, schneider):
    ContactPerson.objects.create(
        alliance=schneider.alliance, first_name="Nicht", last_name="Öffentlich", is_published=False
    )

    response = client.get("/buendnisse/kassel/kontakt/")

    assert [c.full_name for c in response.context["contacts"]] == ["Annekathrin Schneider"]
