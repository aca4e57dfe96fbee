"""Germany's outline and the projection of points onto it."""

from places.maps import germany, project
from places.models import Place


def test_outline_is_one_closed_svg_path_of_a_few_kilobytes():
    path = germany()["path"]

    assert (path[0], path[-1], 3000 < len(path) < 8000) == ("M", "Z", True)


def test_project_puts_germanys_corners_inside_the_map():
    width, height = germany()["width"], germany()["height"]
    corners = [
        project(55.06, 8.4),
        project(47.27, 10.18),
        project(51.05, 5.87),
        project(51.27, 15.04),
    ]

    assert all(0 < x < width and 0 < y < height for x, y in corners)


def test_project_keeps_north_up_and_east_right(db):
    kassel = project(*Place.objects.get(name="Kassel").point)
    bergkamen = project(*Place.objects.get(name="Bergkamen").point)

    assert (bergkamen[0] < kassel[0], bergkamen[1] < kassel[1]) == (True, True)
