"""core.forms.Select: the HTML of Django's Select, without its templates."""

import re

import pytest
from django import forms

from core.forms import Select

CHOICES = [("", "alle Bundesländer"), ("BW", "Baden-Württemberg"), ("HE", "Hessen & <Co>")]


def squeezed(html):
    return re.sub(r">\s+<", "><", str(html)).strip()


@pytest.mark.parametrize("value", ["", "HE", None, "XX"])
@pytest.mark.parametrize(
    "attrs", [{"id": "id_land"}, {"id": "id_land", "aria-invalid": "true", "required": True}]
)
def test_same_html_as_django(value, attrs):
    ours = Select(choices=CHOICES).render("land", value, attrs=attrs)
    django = forms.Select(choices=CHOICES).render("land", value, attrs=attrs)
    assert squeezed(ours) == squeezed(django)


def test_groups_as_django():
    choices = [("", "alle"), ("Süden", [("BW", "Baden-Württemberg"), ("BY", "Bayern")])]
    ours = Select(choices=choices).render("land", "BY")
    assert squeezed(ours) == squeezed(forms.Select(choices=choices).render("land", "BY"))
    assert '<optgroup label="Süden">' in ours


def test_a_bound_field_renders_with_it():
    class Form(forms.Form):
        land = forms.ChoiceField(choices=CHOICES, widget=Select)

    html = str(Form({"land": "HE"})["land"])
    assert '<option value="HE" selected>Hessen &amp; &lt;Co&gt;</option>' in html
