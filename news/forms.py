"""The filters of the news and dates lists: plain GET forms, their state in the address."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone

from buendnisse.models import Alliance
from core.forms import Select

FIRST_YEAR, LAST_YEAR = 1990, 2100  # dates outside would be typing errors


def day_start(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def validate_plausible(day):
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValidationError(
            f"Bitte ein Datum zwischen {FIRST_YEAR} und {LAST_YEAR} angeben.", code="range"
        )


DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class NewsFilterForm(forms.Form):
    """Bundesland and alliance, on the network's lists; an alliance's own lists have neither."""

    land = forms.ChoiceField(
        label="Bundesland",
        required=False,
        choices=[("", "alle Bundesländer"), *Alliance.State.choices],
        widget=Select,
    )
    # A text, not a list to choose from: a select of a thousand alliances helps nobody.
    buendnis = forms.CharField(
        label="Bündnis (Name oder Ort)",
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"type": "search"}),
    )

    def __init__(self, *args, alliance=None, **kwargs):
        super().__init__(*args, **kwargs)
        if alliance is not None:
            del self.fields["land"], self.fields["buendnis"]

    def filter(self, items):
        data = self.cleaned_data
        if data.get("land"):
            items = items.filter(alliance__state=data["land"])
        if data.get("buendnis"):
            items = items.filter(alliance__in=Alliance.objects.published().search(data["buendnis"]))
        return items

    def describe(self):
        """The valid choice in words, for the printed page."""
        data = self.cleaned_data
        parts = []
        if data.get("land"):
            parts.append(Alliance.State(data["land"]).label)
        if data.get("buendnis"):
            parts.append(f"Bündnis „{data['buendnis']}“")
        if data.get("von"):
            parts.append(f"ab {data['von']:%d.%m.%Y}")
        if data.get("bis"):
            parts.append(f"bis {data['bis']:%d.%m.%Y}")
        return ", ".join(parts)


class EventFilterForm(NewsFilterForm):
    """And a time range: the dates that take place on a day from `von` to `bis`."""

    von = forms.DateField(
        label="von", required=False, widget=DATE_WIDGET, validators=[validate_plausible]
    )
    bis = forms.DateField(
        label="bis", required=False, widget=DATE_WIDGET, validators=[validate_plausible]
    )

    def clean(self):
        data = super().clean()
        if data.get("von") and data.get("bis") and data["bis"] < data["von"]:
            self.add_error("bis", "Das Ende des Zeitraums darf nicht vor seinem Anfang liegen.")
        return data

    def filter(self, items):
        items = super().filter(items)
        data = self.cleaned_data
        if data.get("von"):
            # Still on or after that day: by its end, or by its start when it has none.
            first = day_start(data["von"])
            items = items.filter(
                Q(ends_at__gte=first) | Q(ends_at__isnull=True, starts_at__gte=first)
            )
        if data.get("bis"):
            items = items.filter(starts_at__lt=day_start(data["bis"] + datetime.timedelta(days=1)))
        return items
