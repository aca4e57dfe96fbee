"""Files leave storage with the rows that held them.

A signal, not `delete()`: the admin's bulk delete and the cascade from a deleted
alliance delete rows without calling `delete()` on each. Replacing a file is handled
in `save()` (Image, Document).
"""

from django.db.models.signals import post_delete
from django.dispatch import receiver

from .models import Document, Image, delete_files_after_commit


@receiver(post_delete, sender=Image)
@receiver(post_delete, sender=Document)
def delete_stored_files(sender, instance, **kwargs):
    delete_files_after_commit(instance.file.storage, instance.stored_files())
