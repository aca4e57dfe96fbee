"""How every form of the site renders (settings.FORM_RENDERER)."""

from django import forms
from django.forms.renderers import TemplatesSetting


class BoundField(forms.BoundField):
    def label_tag(self, contents=None, attrs=None, label_suffix=None, tag=None):
        # The label of a widget made of several inputs (date and time) points at none of them;
        # with an id, the widget names its group of inputs after it.
        id_ = self.field.widget.attrs.get("id") or self.auto_id
        if id_ and not self.id_for_label:
            attrs = {"id": f"{id_}_label", **(attrs or {})}
        return super().label_tag(contents, attrs, label_suffix, tag)


class FormRenderer(TemplatesSetting):
    """Widget templates come from TEMPLATES, so templates/ may override Django's."""

    bound_field_class = BoundField
