"""Earlier versions of the content in the admin: who changed what and when, and a restore.

Every save through the admin (change form, editable list) stores a version of the object
with django-reversion, inside the same transaction as the save; an object's inline rows
(an alliance's partners, contact persons, working groups …) are stored with it. The
"Änderungsgeschichte" lists the versions; a version's page compares it, field by field,
with the current state; "Diese Version wiederherstellen" brings it back and is itself a
new version.

Scope: every view first looks the object up through the admin's own queryset, so a
coordinator reaches only versions of objects they may see (anything else is a 404), and
a restore writes only what the coordinator's form could write: the fields and inline
rows the form shows them, never the alliance an object belongs to. There is no list of
deleted objects to recover.
"""

import difflib
import html
import re

import reversion
from django.contrib import messages
from django.contrib.admin.utils import flatten_fieldsets, quote, unquote
from django.core.exceptions import (
    FieldDoesNotExist,
    ObjectDoesNotExist,
    PermissionDenied,
    ValidationError,
)
from django.db import DatabaseError, IntegrityError, models, transaction
from django.forms.models import _get_foreign_key
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.formats import date_format, localize
from django.utils.html import escape, format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from reversion.errors import RevertError
from reversion.models import Version

from core.fields import RichTextField

from .links import admin_url
from .scope import alliance_ids, choice_queryset, is_alliance, is_network_editor

HISTORY_TEMPLATE = "admin/history/object_history.html"
VERSION_TEMPLATE = "admin/history/version.html"


def when(moment):
    """23.11.2026, 14:05 – how a version is named in messages and comments."""
    return date_format(timezone.localtime(moment), "d.m.Y, H:i")


# Registration -----------------------------------------------------------------------------


def followed_inlines(model_admin):
    """The inline rows stored with each version of the object: those that belong to it.

    Inlines scoped by an ``alliance_path`` of their own (a shared partner's memberships of
    several alliances) are left out: they are not the object's own content.
    """
    followed = []
    for inline in model_admin.inlines:
        if getattr(inline, "alliance_path", None):
            continue
        foreign_key = _get_foreign_key(model_admin.model, inline.model, fk_name=inline.fk_name)
        followed.append((inline.model, foreign_key.remote_field.get_accessor_name()))
    return followed


def register_versions(model_admin):
    """Register the admin's model (and its inlines' models) with django-reversion."""
    follow = []
    for inline_model, accessor in followed_inlines(model_admin):
        if not reversion.is_registered(inline_model):
            reversion.register(inline_model)
        follow.append(accessor)
    if not reversion.is_registered(model_admin.model):
        reversion.register(model_admin.model, follow=follow)


def model_field(model, name):
    """The model's field of that name; None for a form's own fields (the edit fingerprint)."""
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def stored_alliance(version, alliance_field):
    """The alliance a version's object belonged to; None if the version cannot be read."""
    try:
        return version.field_dict.get(alliance_field.attname)
    except RevertError:
        return None


def has_files(model):
    return any(isinstance(field, models.FileField) for field in model._meta.concrete_fields)


# Comparing --------------------------------------------------------------------------------

TOKENS = re.compile(r"\s+|[^\s]+")


def as_text(field, value):
    """A stored value as the text a reader sees."""
    if value is None or value == "":
        return ""
    if isinstance(field, RichTextField):
        # Paragraphs and list items on lines of their own, tags gone.
        value = re.sub(r"</(p|li|h\d|blockquote)>|<br\s*/?>", "\n", value)
        lines = (line.strip() for line in html.unescape(strip_tags(value)).splitlines())
        return "\n".join(line for line in lines if line)
    if field.many_to_many:
        objects = field.related_model._default_manager.filter(pk__in=value)
        return ", ".join(sorted(str(obj) for obj in objects))
    if field.is_relation:
        related = field.related_model._default_manager.filter(pk=value).first()
        return str(related) if related is not None else _("(gelöscht)")
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.BooleanField):
        return _("ja") if value else _("nein")
    if isinstance(field, models.FileField):
        return str(getattr(value, "name", value))
    return str(localize(value))


def diff_segments(old, new):
    """[(old text, new text)]: equal where both are the same, a change where not.

    Changes separated only by spaces are one change, and texts that have little in common
    are one change as a whole: word-by-word they would read as a jumble.
    """
    old_tokens, new_tokens = TOKENS.findall(old), TOKENS.findall(new)
    matcher = difflib.SequenceMatcher(a=old_tokens, b=new_tokens, autojunk=False)
    if matcher.ratio() < 0.5:
        return [(old, new)]
    segments = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        before, after = "".join(old_tokens[i1:i2]), "".join(new_tokens[j1:j2])
        joinable = len(segments) >= 2 and segments[-2][0] != segments[-2][1]
        if tag != "equal" and joinable and not segments[-1][0].strip():
            space, _space = segments.pop()
            previous_old, previous_new = segments.pop()
            before, after = previous_old + space + before, previous_new + space + after
        segments.append((before, after))
    return segments


def inline_diff(old, new):
    """old and new as one text, removed words in <del>, added ones in <ins>."""
    parts = []
    for before, after in diff_segments(old, new):
        if before == after:
            parts.append(escape(before))
            continue
        if before:
            parts.append(format_html("<del>{}</del>", before))
        if before and after:
            parts.append(" ")
        if after:
            parts.append(format_html("<ins>{}</ins>", after))
    return mark_safe("".join(parts))  # noqa: S308 - every part is escaped above


def field_value(field, source):
    """A field's value in a version's field_dict or on a model instance."""
    if isinstance(source, dict):
        if field.many_to_many:
            return sorted(source.get(field.attname) or [])
        return source.get(field.attname)
    if field.many_to_many:
        return sorted(getattr(source, field.name).values_list("pk", flat=True))
    return field.value_from_object(source)


def compare(fields, old, new):
    """The fields whose text differs between old and new (field_dicts or instances)."""
    changes = []
    for field in fields:
        before = as_text(field, field_value(field, old))
        after = as_text(field, field_value(field, new))
        if before != after:
            changes.append(
                {
                    "label": capfirst(field.verbose_name),
                    "old": before,
                    "new": after,
                    "diff": inline_diff(before, after),
                }
            )
    return changes


def clean_restored(instance, fields, **options):
    """Validate what a restore wrote (`fields`), and only that."""
    restored = {field.name for field in fields}
    exclude = [field.name for field in instance._meta.fields if field.name not in restored]
    instance.full_clean(exclude=exclude, **options)


# The admin --------------------------------------------------------------------------------


class HistoryMixin:
    """ModelAdmin mixin: versions on every save, their history, comparison and restore."""

    #: False for records that are not content and must not outlive their deletion
    #: (what visitors sent): no versions, Django's plain change history.
    keeps_versions = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.keeps_versions:
            self.object_history_template = HISTORY_TEMPLATE
            register_versions(self)

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "<path:object_id>/history/<int:version_id>/",
                self.admin_site.admin_view(self.version_view),
                name=f"{opts.app_label}_{opts.model_name}_version",
            ),
            *super().get_urls(),
        ]

    # Saving: one revision per save, in the save's transaction.

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method != "POST" or not self.keeps_versions:
            return super().changeform_view(request, object_id, form_url, extra_context)
        with reversion.create_revision():
            reversion.set_user(request.user)
            return super().changeform_view(request, object_id, form_url, extra_context)

    def changelist_view(self, request, extra_context=None):
        if request.method != "POST" or not self.list_editable or not self.keeps_versions:
            return super().changelist_view(request, extra_context)
        with reversion.create_revision():
            reversion.set_user(request.user)
            return super().changelist_view(request, extra_context)

    def log_addition(self, request, obj, message):
        entry = super().log_addition(request, obj, message)
        if reversion.is_active():
            reversion.set_comment(entry.get_change_message() or _("Angelegt."))
        return entry

    def log_change(self, request, obj, message):
        entry = super().log_change(request, obj, message)
        if reversion.is_active():
            reversion.set_comment(entry.get_change_message() or _("Ohne Änderungen gespeichert."))
        return entry

    # What a user may see and restore.

    def history_fields(self, request, obj):
        """The model fields the user edits in the form; a restore writes only these."""
        readonly = set(self.get_readonly_fields(request, obj))
        fields = []
        for name in flatten_fieldsets(self.get_fieldsets(request, obj)):
            if name in readonly:
                continue
            field = model_field(self.model, name)
            if field is None or not field.concrete or field.auto_created:
                continue
            if is_alliance(field.related_model) and not is_network_editor(request.user):
                continue  # which alliance an object belongs to is the network editors' call
            if field.many_to_many and not field.remote_field.through._meta.auto_created:
                continue
            if isinstance(field, models.FileField):
                continue  # a replaced file is deleted from storage: it cannot come back
            fields.append(field)
        return fields

    def history_inlines(self, request, obj):
        """The inlines whose rows are stored with a version and that the user may rewrite."""
        followed = {model for model, _accessor in followed_inlines(self)}
        inlines = []
        for inline in self.get_inline_instances(request, obj):
            if inline.model not in followed or has_files(inline.model):
                continue  # rows with files (documents): a deleted row's file is gone
            if not (
                inline.has_add_permission(request, obj)
                and inline.has_change_permission(request, obj)
                and inline.has_delete_permission(request, obj)
            ):
                continue
            foreign_key = _get_foreign_key(self.model, inline.model, fk_name=inline.fk_name)
            readonly = set(inline.get_readonly_fields(request, obj))
            fields = []
            for name in flatten_fieldsets(inline.get_fieldsets(request, obj)):
                field = model_field(inline.model, name)
                if (
                    field is not None
                    and name not in readonly
                    and field.concrete
                    and field != foreign_key
                ):
                    fields.append(field)
            inlines.append((inline, foreign_key, fields))
        return inlines

    def visible_versions(self, request, obj):
        """The object's versions, newest first; for coordinators those of their alliances."""
        versions = list(
            Version.objects.get_for_object(obj)
            .select_related("revision", "revision__user")
            .order_by("-revision__date_created", "-pk")
        )
        alliance_field = self.direct_alliance_field()
        if alliance_field is None or is_network_editor(request.user):
            return versions
        # An object a network editor moved between alliances: its versions from before
        # belong to the other alliance.
        own = alliance_ids(request)
        return [v for v in versions if stored_alliance(v, alliance_field) in own]

    def direct_alliance_field(self):
        if getattr(self, "alliance_path", None) in (None, ""):
            return None
        field = model_field(self.model, self.alliance_path)  # None: a path through another model
        return field if field is not None and is_alliance(field.related_model) else None

    def get_history_object(self, request, object_id):
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404(_("Diesen Eintrag gibt es nicht."))
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        return obj

    # Comparing a version with the current state.

    def version_rows(self, version, model, foreign_key, obj):
        """The inline rows of `model` that were stored with the version, by primary key."""
        rows = {}
        for row in version.revision.version_set.filter(
            content_type__app_label=model._meta.app_label,
            content_type__model=model._meta.model_name,
        ):
            data = row.field_dict
            if data.get(foreign_key.attname) == obj.pk:
                rows[row.object_id] = row
        return rows

    def current_rows(self, request, inline, foreign_key, obj):
        queryset = inline.get_queryset(request).filter(**{foreign_key.name: obj})
        return {str(row.pk): row for row in queryset}

    def differences(self, request, obj, version):
        """What a restore of `version` would change: the object's fields and inline rows."""
        fields = compare(self.history_fields(request, obj), version.field_dict, obj)
        inlines = []
        for inline, foreign_key, inline_fields in self.history_inlines(request, obj):
            old = self.version_rows(version, inline.model, foreign_key, obj)
            new = self.current_rows(request, inline, foreign_key, obj)
            rows = []
            for pk, row in old.items():
                if pk not in new:
                    rows.append({"name": row.object_repr, "state": _("seitdem entfernt")})
                    continue
                changes = compare(inline_fields, row.field_dict, new[pk])
                if changes:
                    rows.append({"name": str(new[pk]), "state": _("geändert"), "changes": changes})
            rows += [
                {"name": str(row), "state": _("seitdem hinzugekommen")}
                for pk, row in new.items()
                if pk not in old
            ]
            if rows:
                inlines.append({"label": capfirst(inline.verbose_name_plural), "rows": rows})
        return {"fields": fields, "inlines": inlines}

    # Restoring.

    def restore(self, request, obj, version):
        """Write the version's values back, as far as the user may edit them; one revision."""
        latest = Version.objects.get_for_object(obj).first()
        if latest is None or any(self.differences(request, obj, latest).values()):
            # The current state is not a version yet (changed since, or elsewhere):
            # keep it as one, so this restore can be undone.
            with reversion.create_revision():
                reversion.add_to_revision(obj)
                reversion.set_comment(_("Stand vor der Wiederherstellung"))
        comment = _("Version vom %(date)s wiederhergestellt") % {
            "date": when(version.revision.date_created)
        }
        with reversion.create_revision():
            reversion.set_user(request.user)
            reversion.set_comment(comment)
            stored = version.field_dict
            many_to_many = []
            fields = self.history_fields(request, obj)
            for field in fields:
                if field.many_to_many:
                    many_to_many.append((field, self.allowed_ids(request, field, stored)))
                elif field.attname in stored:
                    self.allowed_ids(request, field, stored)
                    setattr(obj, field.attname, stored[field.attname])
            clean_restored(obj, fields)
            # The rows first: saving the object then stores it with its rows as restored.
            for inline, foreign_key, fields in self.history_inlines(request, obj):
                self.restore_rows(request, obj, version, inline, foreign_key, fields)
            obj.save()
            for field, ids in many_to_many:
                getattr(obj, field.name).set(ids)
            reversion.add_to_revision(obj)  # again, with the many-to-many links as restored
        self.log_change(request, obj, comment)
        return comment

    def restore_rows(self, request, obj, version, inline, foreign_key, fields):
        old = self.version_rows(version, inline.model, foreign_key, obj)
        for pk, row in self.current_rows(request, inline, foreign_key, obj).items():
            if pk not in old:
                row.delete()
        for pk, row_version in old.items():
            row = inline.model._default_manager.filter(pk=pk).first()
            if row is None:
                row = row_version._object_version.object  # recreated with its own id
            elif getattr(row, foreign_key.attname) != obj.pk:
                continue  # the id now belongs to another object's row
            stored = row_version.field_dict
            for field in fields:
                if not field.many_to_many and field.attname in stored:
                    self.allowed_ids(request, field, stored)
                    setattr(row, field.attname, stored[field.attname])
            setattr(row, foreign_key.attname, obj.pk)
            clean_restored(row, fields, validate_unique=False)
            row.save()
            for field in fields:
                if field.many_to_many:
                    getattr(row, field.name).set(self.allowed_ids(request, field, stored))

    def allowed_ids(self, request, field, stored):
        """A relation's stored ids that still exist; refused if the user may not pick one."""
        if not field.is_relation:
            return None
        value = stored.get(field.attname)
        ids = set(value or []) if field.many_to_many else {value} - {None}
        existing = set(
            field.related_model._default_manager.filter(pk__in=ids).values_list("pk", flat=True)
        )
        if existing and not is_network_editor(request.user):
            choices = choice_queryset(self.admin_site, request, field.related_model)
            if len(existing) != choices.filter(pk__in=existing).values("pk").distinct().count():
                raise ValidationError(
                    _("„%(field)s“ verweist auf etwas, das Sie nicht mehr auswählen können.")
                    % {"field": capfirst(field.verbose_name)}
                )
        return sorted(existing)

    # The views.

    def history_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        if obj is None or not self.keeps_versions:  # Django's own ("existiert nicht")
            return super().history_view(request, object_id, extra_context)
        versions = [
            {
                "version": version,
                "url": admin_url(self.admin_site, self.model, "version", quote(obj.pk), version.pk),
                "user": version.revision.user,
                "comment": version.revision.get_comment(),
            }
            for version in self.visible_versions(request, obj)
        ]
        context = {
            "versions": versions,
            "can_restore": self.has_change_permission(request, obj),
            **(extra_context or {}),
        }
        return super().history_view(request, object_id, context)

    def version_view(self, request, object_id, version_id):
        if not self.keeps_versions:
            raise Http404(_("Diese Version gibt es nicht."))
        obj = self.get_history_object(request, object_id)
        version = next((v for v in self.visible_versions(request, obj) if v.pk == version_id), None)
        if version is None:
            raise Http404(_("Diese Version gibt es nicht."))
        opts = self.model._meta
        history_url = admin_url(self.admin_site, self.model, "history", quote(obj.pk))
        can_restore = self.has_change_permission(request, obj)
        if request.method == "POST":
            if not can_restore:
                raise PermissionDenied
            return self.restore_view(request, obj, version, history_url)
        try:
            differences = self.differences(request, obj, version)
        except RevertError:
            messages.error(
                request,
                _(
                    "Diese Version lässt sich nicht mehr lesen; sie stammt aus einer älteren "
                    "Fassung des Portals."
                ),
            )
            return HttpResponseRedirect(history_url)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Version vom %(date)s") % {"date": when(version.revision.date_created)},
            "subtitle": str(obj),
            "object": obj,
            "opts": opts,
            "module_name": capfirst(opts.verbose_name_plural),
            "version": version,
            "version_user": version.revision.user,
            "version_comment": version.revision.get_comment(),
            "differences": differences,
            "unchanged": not any(differences.values()),
            "history_url": history_url,
            "can_restore": can_restore,
            "confirm": request.GET.get("bestaetigen") == "1",
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, VERSION_TEMPLATE, context)

    def restore_view(self, request, obj, version, history_url):
        try:
            with transaction.atomic():
                # obj is in the user's scope; locked from here to the end, so no save slips
                # in between (PostgreSQL; SQLite locks the database for the transaction).
                locked = self.model._default_manager.select_for_update().get(pk=obj.pk)
                comment = self.restore(request, locked, version)
        except ValidationError as error:
            messages.error(
                request,
                _("Die Version lässt sich nicht wiederherstellen: %(reason)s")
                % {"reason": " ".join(error.messages)},
            )
            return HttpResponseRedirect(request.path)
        except (RevertError, IntegrityError, ObjectDoesNotExist, DatabaseError):
            messages.error(
                request,
                _(
                    "Die Version lässt sich nicht wiederherstellen, weil sich inzwischen "
                    "Verknüpftes geändert hat. Es wurde nichts geändert."
                ),
            )
            return HttpResponseRedirect(request.path)
        messages.success(request, comment + ".")
        return HttpResponseRedirect(history_url)
