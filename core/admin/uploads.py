"""Pictures are processed before the admin opens its write transaction.

The admin saves inside one transaction; on SQLite that transaction holds the database's
write lock from its start. Checking, cleaning and rendering a large photo takes
seconds, so it happens first, outside the transaction (core.images.prepare remembers
the result on the upload, and the form and the model reuse it).
"""

import contextlib

from django.core.exceptions import ValidationError

from core import images


class PreparedUploadsMixin:
    #: Names of the image file fields of the model.
    image_fields = ("file",)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST":
            for name in self.image_fields:
                for upload in request.FILES.getlist(name):
                    with contextlib.suppress(ValidationError):  # the form says what is wrong
                        images.prepare(upload)
        return super().changeform_view(request, object_id, form_url, extra_context)
