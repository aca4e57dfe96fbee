"""Names for inputs that stand in a table without a label of their own.

A tabular inline and a list's editable column show each field's name once, in the column
heading; a screen reader that tabs from input to input hears nothing. Each input there
gets its column's name and its row as an aria-label.
"""

from django.contrib.admin.widgets import RelatedFieldWidgetWrapper
from django.forms.models import BaseInlineFormSet, BaseModelFormSet
from django.utils.translation import gettext as _


class ColumnLabelsMixin:
    """For a formset whose forms are rows of a table."""

    def add_fields(self, form, index):
        super().add_fields(form, index)
        for field in form.fields.values():
            widget = field.widget
            if isinstance(widget, RelatedFieldWidgetWrapper):
                widget = widget.widget  # the select itself, which the wrapper renders
            if widget.is_hidden or not field.label:
                continue
            label = str(field.label)
            if index is not None:  # not the empty row that "add another" copies
                label = _("%(column)s, Zeile %(row)s") % {"column": label, "row": index + 1}
            widget.attrs.setdefault("aria-label", label)


class InlineFormSet(ColumnLabelsMixin, BaseInlineFormSet):
    pass


class ChangeListFormSet(ColumnLabelsMixin, BaseModelFormSet):
    pass


class EditableListMixin:
    """A ModelAdmin whose list_editable inputs are named (see the module)."""

    def get_changelist_formset(self, request, **kwargs):
        kwargs.setdefault("formset", ChangeListFormSet)
        return super().get_changelist_formset(request, **kwargs)
