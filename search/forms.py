from django import forms
from django.core.exceptions import ValidationError

from .models import SearchEntry
from .text import query_stems

MAX_QUERY_LENGTH = 200


class SearchForm(forms.Form):
    q = forms.CharField(
        label="Suchbegriff",
        required=False,
        max_length=MAX_QUERY_LENGTH,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    art = forms.ChoiceField(
        label="Nur",
        required=False,
        choices=[("", "alle Arten von Inhalten"), *SearchEntry.Kind.choices],
    )

    def clean(self):
        data = super().clean()
        data["stems"] = query_stems(data.get("q") or "")
        if data.get("q") and not data["stems"]:
            self.add_error(
                "q",
                ValidationError(
                    "Bitte geben Sie ein Wort mit mindestens zwei Buchstaben oder Ziffern ein. "
                    "Sehr häufige Wörter wie „und“ oder „für“ sucht die Suche nicht.",
                    code="no_words",
                ),
            )
        return data
