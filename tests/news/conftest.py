import pytest

from tests.factories import populate_news


@pytest.fixture
def sized_news(sized_alliance):
    """sized_alliance with one, then six, news items, dates and months of distinction each."""
    return populate_news(sized_alliance, sized_alliance.projects.count())
