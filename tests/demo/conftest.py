import io
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from tests.demo.helpers import LOADED_AT


@pytest.fixture(scope="module")
def demo(module_transaction):
    """The demo content, loaded once for the module at LOADED_AT, with the clock kept there.

    For tests that only read it: what a test changes is undone after it all the same.
    `output` is what the command printed, `media` the folder with its uploads."""
    output = io.StringIO()
    with module_transaction() as media, pytest.MonkeyPatch.context() as patch:
        patch.setattr(timezone, "now", lambda: LOADED_AT)
        with override_settings(DEBUG=True):  # load_demo refuses to run without it
            call_command("load_demo", stdout=output)
        yield SimpleNamespace(output=output.getvalue(), media=media)
