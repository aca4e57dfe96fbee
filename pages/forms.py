from django import forms

from buendnisse.models import Alliance


class FinderForm(forms.Form):
    q = forms.CharField(
        label="Name, Ort oder Postleitzahl",
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    land = forms.ChoiceField(
        label="Bundesland",
        required=False,
        choices=[("", "alle Bundesländer"), *Alliance.State.choices],
    )

    def describe(self):
        """The valid search in words, for the printed list of results."""
        parts = []
        if self.cleaned_data["q"]:
            parts.append(f"„{self.cleaned_data['q']}“")
        if self.cleaned_data["land"]:
            parts.append(Alliance.State(self.cleaned_data["land"]).label)
        return ", ".join(parts) or "alle Bündnisse"
