"""Uploaded files in S3-compatible object storage, configured by environment variables."""

import os
import subprocess
import sys
from pathlib import Path

import boto3
import pytest
from moto import mock_aws

from buendnisse.models import Image
from tests.factories import make_alliance, png_file

PROJECT = Path(__file__).resolve().parent.parent
BUCKET = "buendnisportal-medien"


def test_s3_bucket_setting_switches_media_to_object_storage(tmp_path):
    env = {
        **os.environ,
        "ENV_FILE": str(tmp_path / "none.env"),
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "SECRET_KEY": "x" * 50,
        "S3_BUCKET": BUCKET,
        "S3_ENDPOINT_URL": "https://s3.example.org",
        "S3_CUSTOM_DOMAIN": "medien.example.org",
    }
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "from django.core.files.storage import storages; s = storages['default']; "
        "print(type(s).__name__, settings.STORAGES['default']['OPTIONS']['bucket_name'],"
        " settings.SERVE_MEDIA, s.url('bilder/a.png'))"
    )

    result = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT, env=env, capture_output=True, text=True
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "S3Storage",
        BUCKET,
        "False",
        "https://medien.example.org/bilder/a.png",
    ]


@pytest.fixture
def s3(settings):
    with mock_aws():
        boto3.client("s3", region_name="eu-central-1").create_bucket(
            Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-central-1"}
        )
        settings.STORAGES = {
            **settings.STORAGES,
            "default": {
                "BACKEND": "storages.backends.s3.S3Storage",
                "OPTIONS": {
                    "bucket_name": BUCKET,
                    "region_name": "eu-central-1",
                    "access_key": "test",
                    "secret_key": "test",
                    "querystring_auth": False,
                    "file_overwrite": False,
                },
            },
        }
        yield boto3.client("s3", region_name="eu-central-1")


@pytest.mark.django_db
def test_image_upload_to_object_storage_stores_file_and_renditions(s3):
    image = Image(
        alliance=make_alliance(),
        title="Foto",
        alt_text="Blau",
        credit="© Test",
        file=png_file(name="foto.png", size=(1200, 600)),
    )

    image.save()

    keys = sorted(obj["Key"] for obj in s3.list_objects_v2(Bucket=BUCKET)["Contents"])
    assert keys == sorted([image.file.name] + [r["name"] for r in image.renditions])
    assert [r["width"] for r in image.renditions] == [160, 480, 960, 1200]
    assert image.file.url.startswith(f"https://{BUCKET}.s3.amazonaws.com/bilder/")
