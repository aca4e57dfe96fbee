"""No lost updates in the admin: a save based on an outdated form is refused.

The change form carries a fingerprint of what was stored when it was opened (the
object, its many-to-many links and its inline rows). When it is saved, the fingerprint
is taken again; if someone else saved in between, the form comes back with a German
message naming who changed it and when, keeps everything the user typed, and carries
the new fingerprint, so a second save after review goes through.
"""

import hashlib
import json

from django import forms
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.forms.models import _get_foreign_key
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

VERSION_FIELD = "_version"


def stored_values(obj):
    values = {field.attname: field.value_from_object(obj) for field in obj._meta.concrete_fields}
    for field in obj._meta.many_to_many:
        values[field.name] = sorted(getattr(obj, field.name).values_list("pk", flat=True))
    return values


def fingerprint(rows):
    encoded = json.dumps(rows, default=str, sort_keys=True).encode()
    return hashlib.sha256(encoded).hexdigest()[:32]


def last_change(obj):
    """Who changed obj last in the admin, and when."""
    return (
        LogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
            object_id=str(obj.pk),
        )
        .select_related("user")
        .order_by("-action_time")
        .first()
    )


def conflict_message(obj):
    entry = last_change(obj)
    if entry is None:
        who_when = _("jemand anderes")
    else:
        name = entry.user.get_full_name() or entry.user.get_username()
        when = timezone.localtime(entry.action_time)
        who_when = _("%(name)s am %(date)s um %(time)s Uhr") % {
            "name": name,
            "date": date_format(when, "j. F Y"),
            "time": date_format(when, "H:i"),
        }
    return _(
        "Nicht gespeichert: %(who_when)s hat diesen Eintrag geändert, nachdem Sie ihn "
        "geöffnet haben. Ihre Eingaben stehen unverändert im Formular. Bitte vergleichen "
        "Sie sie mit dem neuen Stand (in einem zweiten Fenster oder über "
        "„Änderungsgeschichte“) und speichern Sie dann erneut."
    ) % {"who_when": who_when}


class VersionedModelForm(forms.ModelForm):
    """A model form that refuses to save over a change made since it was opened."""

    _version = forms.CharField(widget=forms.HiddenInput, required=False)

    #: Set per request by ConcurrentEditMixin.get_form: returns the stored fingerprint.
    stored_version = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.stored_version and not self.is_bound:
            self.initial[VERSION_FIELD] = self.stored_version()

    @cached_property
    def changed_data(self):
        # The fingerprint is bookkeeping, not an edit: the change history leaves it out.
        return [name for name in super().changed_data if name != VERSION_FIELD]

    def clean(self):
        cleaned_data = super().clean()
        if self.instance.pk and self.stored_version:
            current = self.stored_version()
            if self.data.get(self.add_prefix(VERSION_FIELD)) != current:
                data = self.data.copy()
                data[self.add_prefix(VERSION_FIELD)] = current
                self.data = data
                raise ValidationError(conflict_message(self.instance), code="conflict")
        return cleaned_data


class ConcurrentEditMixin:
    form = VersionedModelForm

    def stored_version(self, request, obj):
        fresh = type(obj)._default_manager
        if transaction.get_connection().in_atomic_block:
            # The admin saves in a transaction: the row stays locked from this check to
            # the save, so two saves of the same version cannot both pass (PostgreSQL;
            # SQLite locks the whole database when the transaction begins).
            fresh = fresh.select_for_update()
        fresh = fresh.get(pk=obj.pk)
        rows = [stored_values(fresh)]
        for inline in self.get_inline_instances(request, fresh):
            foreign_key = _get_foreign_key(type(fresh), inline.model, fk_name=inline.fk_name)
            rows += [
                stored_values(row)
                for row in inline.get_queryset(request).filter(**{foreign_key.name: fresh})
            ]
        return fingerprint(rows)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form_class = super().get_form(request, obj, change=change, **kwargs)
        if obj is not None and obj.pk:
            form_class.stored_version = staticmethod(lambda: self.stored_version(request, obj))
        return form_class

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or not fieldsets:
            return fieldsets
        (name, options), *rest = fieldsets
        return [(name, {**options, "fields": [*options["fields"], VERSION_FIELD]}), *rest]
