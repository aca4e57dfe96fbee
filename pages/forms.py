from django import forms
from django.core.paginator import Paginator

from buendnisse.models import Alliance
from core.forms import Select
from core.pagination import PAGE_PARAMETER
from places.lookup import locate

NEAREST_COUNT = 5


class FinderForm(forms.Form):
    q = forms.CharField(
        label="Postleitzahl, Ort, Kreis oder Bundesland",
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    land = forms.ChoiceField(
        label="Bundesland",
        required=False,
        choices=[("", "alle Bundesländer"), *Alliance.State.choices],
        widget=Select,
    )

    def clean(self):
        data = super().clean()
        data["location"] = locate(data["q"]) if data.get("q") else None
        if data["location"] and data["location"].state:
            data["land"], data["location"] = data["location"].state, None
        elif data.get("q") and data["location"] is None:
            if not Alliance.objects.published().search(data["q"]).exists():
                self.add_error(
                    "q",
                    "Diese Postleitzahl, diesen Ort oder Kreis kennen wir nicht. Bitte prüfen "
                    "Sie die Schreibweise oder geben Sie Ihre Postleitzahl ein, z. B. 34117.",
                )
        return data

    def alliances(self, alliances):
        """The list to show page by page: by Land, or by name when no place was named."""
        data = self.cleaned_data
        if data["q"] and not data["location"] and not data["land"]:
            alliances = alliances.search(data["q"])
        if data["land"]:
            alliances = alliances.filter(state=data["land"])
        return alliances

    def answer(self, alliances, per_page):
        """For a place: the choices, a page of the alliances covering it (each with its
        `reason`), or the nearest ones with their distance; None where the page lists
        `alliances()`."""
        location = self.cleaned_data["location"]
        if location is None:
            return None
        if location.choices:
            return {"location": location, "choices": location.choices}
        covering = Paginator(alliances.covering(location.places), per_page).get_page(
            self.data.get(PAGE_PARAMETER)
        )
        if covering.paginator.count:
            for alliance in covering:
                alliance.reason = alliance.coverage_reason(
                    location.label if location.is_single else None
                )
            return {"location": location, "covering": covering}
        return {"location": location, "nearest": alliances.nearest(location.point(), NEAREST_COUNT)}

    def describe(self):
        """The valid search in words, for the printed list of results."""
        parts = []
        if self.cleaned_data["q"]:
            parts.append(f"„{self.cleaned_data['q']}“")
        if self.cleaned_data["land"]:
            parts.append(Alliance.State(self.cleaned_data["land"]).label)
        return ", ".join(parts) or "alle Bündnisse"
