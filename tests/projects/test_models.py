import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from buendnisse.models import WorkingGroup
from projects.models import Project
from tests.factories import make_alliance


@pytest.fixture
def alliance(db):
    return make_alliance("kreis-unna")


def test_project_end_year_not_before_start_year(alliance):
    with pytest.raises(IntegrityError), transaction.atomic():
        Project.objects.create(
            alliance=alliance, title="P", slug="p", teaser="-", start_year=2010, end_year=2009
        )


def test_project_end_year_error_is_german_in_forms(alliance):
    project = Project(
        alliance=alliance, title="P", slug="p", teaser="-", start_year=2010, end_year=2009
    )

    with pytest.raises(ValidationError) as error:
        project.full_clean()

    assert error.value.messages == ["Das Endjahr darf nicht vor dem Anfangsjahr liegen."]


def test_project_slug_unique_per_alliance_only(alliance):
    Project.objects.create(alliance=alliance, title="P", slug="p", teaser="-")
    Project.objects.create(alliance=make_alliance("kassel"), title="P", slug="p", teaser="-")

    with pytest.raises(IntegrityError), transaction.atomic():
        Project.objects.create(alliance=alliance, title="P2", slug="p", teaser="-")


def test_project_working_group_must_belong_to_the_same_alliance(alliance):
    foreign_group = WorkingGroup.objects.create(alliance=make_alliance("kassel"), name="AG")
    project = Project(
        alliance=alliance, title="P", slug="p", teaser="-", working_group=foreign_group
    )

    with pytest.raises(ValidationError) as error:
        project.full_clean()

    assert error.value.message_dict["working_group"] == [
        "Bitte eine Arbeitsgruppe dieses Bündnisses wählen."
    ]


@pytest.mark.parametrize(
    ("start", "end", "shown"),
    [(2010, 2015, "2010–2015"), (2014, 2014, "2014"), (2006, None, "seit 2006"), (None, None, "")],
)
def test_project_years_display(start, end, shown):
    assert str(Project(start_year=start, end_year=end).years_display) == shown


def test_project_slug_drucken_is_reserved_for_the_print_view(alliance):
    project = Project(alliance=alliance, title="Drucken", slug="drucken", teaser="-")

    with pytest.raises(ValidationError) as error:
        project.full_clean()

    assert error.value.message_dict["slug"] == [
        "„drucken“ ist für die Druckansicht vergeben. Bitte einen anderen Kurznamen wählen."
    ]
