import re

import pytest
import vobject

from contacts.models import ContactPerson
from tests.factories import make_alliance


@pytest.fixture
def contact(db):
    return ContactPerson.objects.create(
        alliance=make_alliance("kreis-unna", name="Bündnis für Familie im Kreis Unna"),
        role=ContactPerson.Role.MANAGEMENT,
        first_name="Sandra",
        last_name="Ruiz",
        position="Geschäftsführung Bündnis für Familie",
        institution="Kreis Unna – Der Landrat",
        department="Büro Landrat, Kreistag, Gleichstellung",
        street="Friedrich-Ebert-Straße 17",
        postcode="59425",
        city="Unna",
        phone="02303 000-0000",
        email="buendnis@example.org",
    )


def test_contact_vcard_is_a_parseable_card_with_all_data(client, contact):
    response = client.get(f"/buendnisse/kreis-unna/kontakt/{contact.pk}.vcf")

    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="sandra-ruiz.vcf"'
    card = vobject.readOne(response.content.decode())
    assert card.fn.value == "Sandra Ruiz"
    assert card.n.value.family == "Ruiz"
    assert card.org.value == ["Kreis Unna – Der Landrat", "Büro Landrat, Kreistag, Gleichstellung"]
    assert card.title.value == "Geschäftsführung Bündnis für Familie"
    assert card.tel.value == "02303 000-0000"
    assert card.email.value == "buendnis@example.org"
    assert card.adr.value.street == "Friedrich-Ebert-Straße 17"
    assert card.adr.value.code == "59425"
    assert card.role.value == "Geschäftsführung, Bündnis für Familie im Kreis Unna"


def test_contact_vcard_under_another_alliance_is_404(client, contact):
    make_alliance("kassel")

    assert client.get(f"/buendnisse/kassel/kontakt/{contact.pk}.vcf").status_code == 404


def test_contact_vcard_only_where_the_card_holds_a_way_to_reach_the_person(client, contact):
    patron = ContactPerson.objects.create(
        alliance=contact.alliance,
        role=ContactPerson.Role.PATRON,
        first_name="Anne",
        last_name="Janz",
        institution="Stadt Kassel",
    )

    page = client.get("/buendnisse/kreis-unna/kontakt/")
    vcard = client.get(f"/buendnisse/kreis-unna/kontakt/{patron.pk}.vcf")

    assert re.findall(r'href="[^"]*\.vcf"', page.text) == [
        f'href="/buendnisse/kreis-unna/kontakt/{contact.pk}.vcf"'
    ]
    assert vcard.status_code == 404
