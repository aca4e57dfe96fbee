import pytest

from partners.models import Membership, Partner
from tests.factories import make_alliance


@pytest.fixture
def kassel(kassel):
    """Kassel with four partners of three kinds, three of them founding members."""
    for name, kind, since, founding in [
        ("Universität Kassel", Partner.Kind.EDUCATION, 2004, True),
        ("Vitos Orthopädische Kliniken", Partner.Kind.COMPANY, 2014, False),
        ("IHK Kassel-Marburg", Partner.Kind.CHAMBER, 2004, True),
        ("Klinikum Kassel", Partner.Kind.COMPANY, 2004, True),
    ]:
        partner = Partner.objects.create(name=name, slug=name.lower().replace(" ", "-"), kind=kind)
        Membership.objects.create(
            alliance=kassel, partner=partner, since=since, is_founding_member=founding
        )
    return kassel


def test_partner_list_groups_by_kind_in_catalogue_order(client, kassel):
    response = client.get("/buendnisse/kassel/partner/")

    groups = [
        (kind, [m.partner.name for m in members]) for kind, members in response.context["groups"]
    ]
    assert groups == [
        ("Unternehmen", ["Klinikum Kassel", "Vitos Orthopädische Kliniken"]),
        ("Kammer", ["IHK Kassel-Marburg"]),
        ("Schule, Hochschule und Bildung", ["Universität Kassel"]),
    ]
    assert '<h2 id="kind-1">Unternehmen</h2>' in response.text


def test_partner_list_marks_founding_members_and_member_since(client, kassel):
    response = client.get("/buendnisse/kassel/partner/")

    assert "4 Organisationen tragen das Bündnis, 3 davon sind <span" in response.text
    assert response.text.count('<span class="founding-mark">Partner der ersten Stunde</span>') == 4
    assert "Mitglied seit 2014" in response.text


def test_partner_list_shows_only_this_alliances_partners(client, kassel):
    other = make_alliance("herzogenrath")
    shared = Partner.objects.get(name="IHK Kassel-Marburg")
    Membership.objects.create(alliance=other, partner=shared, since=2010)
    Membership.objects.create(
        alliance=other,
        partner=Partner.objects.create(name="Stadt Herzogenrath", slug="stadt-herzogenrath"),
    )

    response = client.get("/buendnisse/herzogenrath/partner/")

    names = [m.partner.name for _kind, members in response.context["groups"] for m in members]
    assert names == ["IHK Kassel-Marburg", "Stadt Herzogenrath"]


def test_partner_list_credits_every_logo(client, kassel):
    from tests.factories import make_image

    partner = Partner.objects.get(name="Klinikum Kassel")
    partner.logo = make_image(title="Logo Klinikum", credit="© Klinikum Kassel")
    partner.save()

    response = client.get("/buendnisse/kassel/partner/")

    assert "<li>Logo Klinikum Kassel: © Klinikum Kassel</li>" in response.text
    assert 'type="image/webp"' in response.text


@pytest.mark.parametrize(
    ("partners", "sentence"),
    [
        ([Partner.Kind.CHAMBER], "1 Organisation trägt das Bündnis, 1 davon ist <span"),
        ([Partner.Kind.INDIVIDUAL], "1 Person trägt das Bündnis, 1 davon ist <span"),
        (
            [Partner.Kind.CHAMBER, Partner.Kind.INDIVIDUAL],
            "1 Organisation und 1 Person tragen das Bündnis, 2 davon sind <span",
        ),
        (
            [Partner.Kind.CHAMBER, Partner.Kind.CLUB, *[Partner.Kind.INDIVIDUAL] * 2],
            "2 Organisationen und 2 Personen tragen das Bündnis, 4 davon sind <span",
        ),
    ],
)
def test_partner_list_numbers_agree_with_their_nouns(client, db, partners, sentence):
    alliance = make_alliance("laatzen")
    for number, kind in enumerate(partners):
        partner = Partner.objects.create(name=f"Partner {number}", slug=f"p-{number}", kind=kind)
        Membership.objects.create(alliance=alliance, partner=partner, is_founding_member=True)

    response = client.get("/buendnisse/laatzen/partner/")

    assert f'<p class="lead">{sentence}' in response.text
