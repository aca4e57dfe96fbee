from django import forms

from buendnisse.models import Alliance
from core.forms import Select


class ProjectFilterForm(forms.Form):
    feld = forms.ChoiceField(label="Handlungsfeld", required=False, widget=Select)
    land = forms.ChoiceField(
        label="Bundesland",
        required=False,
        choices=[("", "alle Bundesländer"), *Alliance.State.choices],
        widget=Select,
    )

    def __init__(self, *args, fields_of_action, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["feld"].choices = [
            ("", "alle Handlungsfelder"),
            *((field.slug, field.name) for field in fields_of_action),
        ]

    def describe(self):
        """The valid choice in words, for the printed page."""
        parts = [
            dict(self.fields[name].choices)[self.cleaned_data[name]]
            for name in ("feld", "land")
            if self.cleaned_data[name]
        ]
        return ", ".join(parts) or "alle Projekte"
