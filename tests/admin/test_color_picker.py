"""The accent colour is picked with the browser's colour picker; the contrast check stays."""

import re

from django.contrib.admin.models import LogEntry
from django.urls import reverse

from buendnisse.models import Alliance
from tests.factories import change_form_data

PART = "logo-und-farbe"


def part_url(alliance):
    return f"{reverse('admin:buendnisse_alliance_change', args=[alliance.pk])}?teil={PART}"


def test_color_picker_shows_the_colour_and_its_code(kassel_client, kassel):
    Alliance.objects.filter(pk=kassel.pk).update(accent_color="#8A1538")

    html = kassel_client.get(part_url(kassel)).text

    assert re.findall(r'<input type="color"[^>]*>', html) == [
        '<input type="color" name="accent_color" value="#8a1538" required '
        'aria-describedby="id_accent_color_helptext" id="id_accent_color">'
    ]
    assert '<output for="id_accent_color">#8A1538</output>' in html
    assert '<script src="/static/js/color-code.js">' in html


def test_color_picker_lower_case_code_of_the_stored_colour_is_no_change(kassel_client, kassel):
    Alliance.objects.filter(pk=kassel.pk).update(accent_color="#8A1538")
    data = change_form_data(kassel_client.get(part_url(kassel)))

    response = kassel_client.post(part_url(kassel), {**data, "accent_color": "#8a1538"})

    assert response.status_code == 302
    assert Alliance.objects.get(pk=kassel.pk).accent_color == "#8A1538"
    assert LogEntry.objects.get().get_change_message() == "Keine Felder geändert."


def test_color_picker_new_colour_is_stored_in_capitals(kassel_client, kassel):
    data = change_form_data(kassel_client.get(part_url(kassel)))

    kassel_client.post(part_url(kassel), {**data, "accent_color": "#2d6a1f"})

    assert Alliance.objects.get(pk=kassel.pk).accent_color == "#2D6A1F"


def test_color_picker_too_light_a_colour_is_refused_in_german(kassel_client, kassel):
    data = change_form_data(kassel_client.get(part_url(kassel)))

    response = kassel_client.post(part_url(kassel), {**data, "accent_color": "#ffdd00"})

    assert response.status_code == 200
    assert response.context["adminform"].form.errors == {
        "accent_color": [
            "Diese Farbe ist auf Weiß zu schwach (Kontrast 1,3 : 1, nötig sind 4,5 : 1). "
            "Bitte einen dunkleren Farbton wählen."
        ]
    }
    assert '<output for="id_accent_color">#FFDD00</output>' in response.text
    assert Alliance.objects.get(pk=kassel.pk).accent_color == kassel.accent_color


def test_color_picker_anything_but_a_colour_code_is_refused(kassel_client, kassel):
    """Browsers without a colour picker show a text input: the format is still checked."""
    data = change_form_data(kassel_client.get(part_url(kassel)))

    response = kassel_client.post(part_url(kassel), {**data, "accent_color": "blau"})

    assert response.context["adminform"].form.errors == {
        "accent_color": ["Bitte als #RRGGBB angeben, z. B. #005A8C."]
    }
