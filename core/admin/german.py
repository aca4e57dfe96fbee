"""What Django's admin would show a coordinator in English, in German."""

from django.apps import apps
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.admin.templatetags import admin_list
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

BOOLEAN_ICONS = {True: ("yes", "Ja"), False: ("no", "Nein"), None: ("unknown", "Unbekannt")}


def boolean_icon(value):
    """Django's tick or cross for a yes/no value, named "Ja"/"Nein" instead of True/False."""
    icon, text = BOOLEAN_ICONS[value]
    return format_html('<img src="{}" alt="{}">', static(f"admin/img/icon-{icon}.svg"), text)


def name_boolean_icons_in_german():
    # Django names the icons by the values themselves, untranslated; lists and read-only
    # fields import the function from here each time they draw one.
    admin_list._boolean_icon = boolean_icon


class LoginForm(AdminAuthenticationForm):
    # Django's German says "Staff-Account".
    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "invalid_login": _(
            "Benutzername oder Passwort stimmen nicht. Bitte achten Sie bei beiden auf "
            "Groß- und Kleinschreibung."
        ),
    }


class DeletionSummaryMixin:
    """The deletion page lists what is deleted with the object, without the rows of the tables
    Django makes for many-to-many fields: those have English names ("Project_partners object
    (1)") and are links between objects, not something a coordinator made."""

    def get_deleted_objects(self, objs, request):
        to_delete, model_count, perms_needed, protected = super().get_deleted_objects(objs, request)
        links = [model._meta for model in apps.get_models(include_auto_created=True)]
        links = [opts for opts in links if opts.auto_created]
        prefixes = tuple(f"{capfirst(opts.verbose_name)}: " for opts in links)
        plurals = {opts.verbose_name_plural for opts in links}
        model_count = {name: count for name, count in model_count.items() if name not in plurals}
        return _without(to_delete, prefixes), model_count, perms_needed, protected


def _without(items, prefixes):
    """The nested list of `items` without the entries starting with one of `prefixes`."""
    kept = []
    for item in items:
        if isinstance(item, list):
            if nested := _without(item, prefixes):
                kept.append(nested)
        elif not str(item).startswith(prefixes):
            kept.append(item)
    return kept
