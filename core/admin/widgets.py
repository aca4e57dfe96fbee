"""Inputs of the admin beyond Django's own."""

from django import forms


class ColorInput(forms.TextInput):
    """The browser's own colour picker, with the colour's code written beside it."""

    input_type = "color"
    template_name = "admin/widgets/color.html"

    class Media:
        js = ["js/color-code.js"]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"].pop("maxlength", None)  # not an attribute of this input
        return context

    def format_value(self, value):
        # A colour input holds the code in lower case (HTML's "valid simple colour").
        return value.lower() if value else value


class ColorField(forms.CharField):
    """A colour as #RRGGBB, in capitals however the browser sends it, so an unchanged
    colour does not count as a change."""

    widget = ColorInput

    def to_python(self, value):
        return super().to_python(value).upper()
