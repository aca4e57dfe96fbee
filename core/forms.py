"""How every form of the site renders (settings.FORM_RENDERER)."""

from django import forms
from django.forms.renderers import TemplatesSetting
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe


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


def _attributes(attrs):
    # As django/forms/widgets/attrs.html: True alone, False left out.
    return format_html_join(
        "",
        "{}",
        (
            (format_html(" {}", name) if value is True else format_html(' {}="{}"', name, value),)
            for name, value in attrs.items()
            if value is not False
        ),
    )


class Select(forms.Select):
    """Django's Select, built here instead of with a template per option (the same HTML as
    django/forms/widgets/select.html and select_option.html, which templates/ does not
    override): the filter forms of the network's lists offer 16 Länder each, at some 60
    function calls per option through the templates."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        parts = [format_html('<select name="{}"{}>', widget["name"], _attributes(widget["attrs"]))]
        for group_name, options, _index in widget["optgroups"]:
            if group_name:
                parts.append(format_html('<optgroup label="{}">', group_name))
            parts.extend(
                format_html(
                    '<option value="{}"{}>{}</option>',
                    str(option["value"]),
                    _attributes(option["attrs"]),
                    option["label"],
                )
                for option in options
            )
            if group_name:
                parts.append(mark_safe("</optgroup>"))
        parts.append(mark_safe("</select>"))
        return mark_safe("".join(parts))  # noqa: S308 (each part escaped by format_html)
