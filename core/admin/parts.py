"""A long change form in parts that each fit on a screen, chosen by ``?teil=``, no JavaScript.

A ModelAdmin lists its ``form_parts``; the change form then shows one part at a time (the
first when none is asked for) with a navigation of all parts above it, and saving returns
to the same part. Only the part's fields are in the form, so saving it leaves the fields
of the other parts as they are stored. The add form is the whole form, as before.

The concurrency fingerprint (``concurrency``) still covers the whole object, whatever the
part: the save writes every column of the row, so a change to another part made since the
form was opened must stop it too.
"""

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.admin.options import IS_POPUP_VAR
from django.contrib.admin.utils import flatten_fieldsets
from django.http import HttpResponseRedirect
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from .concurrency import VERSION_FIELD
from .links import admin_url

PART_PARAMETER = "teil"


@dataclass(frozen=True)
class FormPart:
    """One screen of a change form: some fieldsets and some inline rows."""

    slug: str
    title: str
    fieldsets: tuple = ()
    inlines: tuple = ()

    @property
    def fields(self):
        return set(flatten_fieldsets(self.fieldsets))


def fieldsets_of(parts):
    """The whole form: the fieldsets of every part, in order."""
    return [fieldset for part in parts for fieldset in part.fieldsets]


def inlines_of(parts):
    return [inline for part in parts for inline in part.inlines]


def _lines(fieldset_options):
    for line in fieldset_options.get("fields", ()):
        yield line, set(line) if isinstance(line, list | tuple) else {line}


class FormPartsMixin:
    """For a ModelAdmin whose change form comes in ``form_parts`` (see the module)."""

    form_parts = ()

    def get_form_parts(self, request, obj):
        """The parts this user has anything to edit in (network editors' own parts stay
        hidden from coordinators). Worked out once per request: Django asks for the
        fieldsets and inlines several times while it builds and renders one form."""
        known = request.__dict__.setdefault("_form_parts", {})
        key = (self.opts.label, obj.pk)
        if key not in known:
            shown = set(flatten_fieldsets(super().get_fieldsets(request, obj))) - {VERSION_FIELD}
            inlines = {type(inline) for inline in super().get_inline_instances(request, obj)}
            known[key] = [
                part
                for part in self.form_parts
                if part.fields & shown or inlines.intersection(part.inlines)
            ]
        return known[key]

    def get_form_part(self, request, obj):
        """The part shown: the one asked for, else the first; None on the add form and on
        every page but the change form (the history compares and restores the whole object)."""
        if obj is None or obj.pk is None or not self.form_parts:
            return None
        match = getattr(request, "resolver_match", None)
        if (
            match is not None
            and match.url_name != f"{self.opts.app_label}_{self.opts.model_name}_change"
        ):
            return None
        parts = self.get_form_parts(request, obj)
        if not parts:
            return None
        asked = request.GET.get(PART_PARAMETER)
        return next((part for part in parts if part.slug == asked), parts[0])

    def get_part_url(self, obj, part):
        return f"{self.get_change_url(obj)}?{urlencode({PART_PARAMETER: part.slug})}"

    def get_change_url(self, obj):
        return admin_url(self.admin_site, self.model, "change", obj.pk)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        part = self.get_form_part(request, obj)
        if part is None:
            return fieldsets
        kept = []
        for name, options in fieldsets:
            fields = [line for line, names in _lines(options) if names <= part.fields]
            if fields:
                classes = [c for c in options.get("classes", ()) if c != "collapse"]
                kept.append((name, {**options, "fields": fields, "classes": classes}))
        if obj is not None and VERSION_FIELD in flatten_fieldsets(fieldsets):
            # The hidden fingerprint goes with the part's first fieldset, or alone.
            if kept:
                name, options = kept[0]
                kept[0] = (name, {**options, "fields": [*options["fields"], VERSION_FIELD]})
            else:
                kept = [(None, {"fields": [VERSION_FIELD]})]
        return kept

    def get_inline_instances(self, request, obj=None):
        instances = super().get_inline_instances(request, obj)
        part = self.get_form_part(request, obj)
        if part is None:
            return instances
        kept = [inline for inline in instances if type(inline) in part.inlines]
        for inline in kept:
            # The part is there for these rows: they are never folded away.
            inline.classes = [c for c in inline.classes or () if c != "collapse"]
        return kept

    def get_prepopulated_fields(self, request, obj=None):
        prepopulated = super().get_prepopulated_fields(request, obj)
        if self.get_form_part(request, obj) is None:
            return prepopulated
        shown = set(flatten_fieldsets(self.get_fieldsets(request, obj)))
        return {
            field: sources
            for field, sources in prepopulated.items()
            if field in shown and set(sources) <= shown
        }

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        part = self.get_form_part(request, obj)
        if part is not None:
            context.update(
                form_part=part,
                form_parts=[
                    {"part": other, "url": self.get_part_url(obj, other), "current": other == part}
                    for other in self.get_form_parts(request, obj)
                ],
                title=_("%(title)s: %(part)s") % {"title": context["title"], "part": part.title},
                # "Sichern" returns to the part; the other buttons would do the same.
                show_save_and_continue=False,
                show_save_and_add_another=False,
            )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def response_change(self, request, obj):
        part = self.get_form_part(request, obj)
        if part is None or IS_POPUP_VAR in request.POST or "_saveasnew" in request.POST:
            return super().response_change(request, obj)
        message = format_html(
            _("„{part}“ von „{obj}“ ist gespeichert."), part=part.title, obj=str(obj)
        )
        self.message_user(request, message, messages.SUCCESS)
        return HttpResponseRedirect(self.get_part_url(obj, part))
