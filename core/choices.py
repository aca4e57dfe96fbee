"""get_FOO_display() without rebuilding the field's choices on every call."""

import functools

from django.utils.encoding import force_str
from django.utils.hashable import make_hashable


@functools.cache
def _labels(field):
    return dict(make_hashable(field.flatchoices))


class ChoiceLabels:
    """For models whose get_FOO_display() is called for each item of a list: Django's
    builds a dict of all the field's choices on every call (some 140 function calls for
    the 16 Länder); this builds it once per field. The labels stay lazy, so each call
    still gives them in the active language."""

    def _get_FIELD_display(self, field):
        value = getattr(self, field.attname)
        return force_str(_labels(field).get(make_hashable(value), value), strings_only=True)
