import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from buendnisse.models import Alliance, Document, Image, Milestone
from contacts.models import ContactPerson
from projects.models import Project
from tests.factories import make_alliance, png_file


@pytest.mark.django_db
def test_alliance_slug_is_unique():
    make_alliance("kassel")

    with pytest.raises(IntegrityError), transaction.atomic():
        make_alliance("kassel")


@pytest.mark.django_db
def test_alliance_published_excludes_drafts():
    make_alliance("kassel")
    make_alliance("entwurf", is_published=False)

    assert [a.slug for a in Alliance.objects.published()] == ["kassel"]


@pytest.mark.django_db
def test_children_of_unpublished_alliance_are_not_published():
    draft = make_alliance("entwurf", is_published=False)
    Project.objects.create(alliance=draft, title="P", slug="p", teaser="-")
    ContactPerson.objects.create(alliance=draft, first_name="A", last_name="B")

    assert Project.objects.published().count() == 0
    assert ContactPerson.objects.published().count() == 0
    assert Document.objects.published().count() == 0


@pytest.mark.parametrize(
    ("color", "valid"),
    [("#005A8C", True), ("#8A1538", True), ("#FFD700", False), ("#7FB2E5", False)],
)
def test_alliance_accent_colour_needs_contrast_on_white(color, valid):
    alliance = Alliance(accent_color=color)

    if valid:
        alliance.clean()
    else:
        with pytest.raises(ValidationError) as error:
            alliance.clean()
        assert "auf Weiß zu schwach" in error.value.message_dict["accent_color"][0]


@pytest.mark.django_db
def test_alliance_accent_colour_must_be_hex():
    alliance = Alliance(
        name="X", slug="x", place="X", state="HE", postcode="34117", accent_color="blue"
    )

    with pytest.raises(ValidationError) as error:
        alliance.full_clean()

    assert error.value.message_dict["accent_color"] == ["Bitte als #RRGGBB angeben, z. B. #005A8C."]


@pytest.mark.django_db
def test_alliance_postcode_must_have_five_digits():
    alliance = Alliance(name="X", slug="x", place="X", state="HE", postcode="3411")

    with pytest.raises(ValidationError) as error:
        alliance.full_clean()

    assert "fünfstellige Postleitzahl" in error.value.message_dict["postcode"][0]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("precision", "stored", "shown"),
    [
        ("day", datetime.date(2004, 7, 16), "16. Juli 2004"),
        ("month", datetime.date(2004, 7, 1), "Juli 2004"),
        ("year", datetime.date(2004, 1, 1), "2004"),
    ],
)
def test_alliance_founding_date_is_kept_to_its_precision(precision, stored, shown):
    alliance = make_alliance(
        "unna", founded_on=datetime.date(2004, 7, 16), founded_precision=precision
    )

    alliance.refresh_from_db()

    assert alliance.founded_on == stored
    assert alliance.founded_display == shown


@pytest.mark.django_db
def test_milestone_shows_year_only_by_default():
    milestone = Milestone.objects.create(
        alliance=make_alliance(), date=datetime.date(2014, 5, 9), title="10 Jahre"
    )

    assert str(milestone) == "2014: 10 Jahre"


@pytest.mark.django_db
def test_rich_text_is_sanitised_on_every_save_not_only_in_forms():
    alliance = make_alliance(
        introduction='<p onclick="x()" style="color:red">Hallo <script>alert(1)</script>'
        '<a href="javascript:alert(1)">Link</a> <a href="https://example.org/">gut</a></p>'
        '<iframe src="x"></iframe>'
    )

    alliance.refresh_from_db()

    assert alliance.introduction == (
        '<p>Hallo <a>Link</a> <a href="https://example.org/">gut</a></p>'
    )


@pytest.mark.django_db
def test_image_needs_alt_text_unless_decorative():
    with pytest.raises(IntegrityError), transaction.atomic():
        Image.objects.create(title="Ohne Alt", file=png_file(), credit="© X")

    decorative = Image.objects.create(
        title="Schmuck",
        file=png_file(),
        credit="© X",
        is_decorative=True,
        alt_text="wird ignoriert",
    )
    assert decorative.alt == ""


@pytest.mark.django_db
def test_image_needs_credit():
    with pytest.raises(IntegrityError), transaction.atomic():
        Image.objects.create(title="Ohne Nachweis", file=png_file(), alt_text="Etwas")


@pytest.mark.django_db
def test_image_records_its_dimensions():
    image = Image.objects.create(
        title="B", file=png_file(size=(64, 48)), alt_text="B", credit="© X"
    )

    assert (image.width, image.height) == (64, 48)
