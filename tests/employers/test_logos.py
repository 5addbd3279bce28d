"""Logos: refused past 4,000 × 4,000 pixels before decoding, stored small and clean, served."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, PngImagePlugin

from employers.models import Organisation

from .test_organisation_views import CREATE, valid_data

pytestmark = pytest.mark.django_db


def png(size, mode="RGB", **save) -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size).save(buffer, format="PNG", **save)
    return buffer.getvalue()


def upload(data, name="logo.png"):
    return SimpleUploadedFile(name, data, content_type="image/png")


def test_a_144_megapixel_png_is_refused_with_a_clear_error(client, employer_without_org):
    bomb = png((12_000, 12_000), mode="1")  # compresses to a few kB
    assert len(bomb) < 2 * 1024 * 1024
    client.force_login(employer_without_org)
    response = client.post(CREATE, valid_data(logo=upload(bomb)))
    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors["logo"])
    assert "at most 4,000 × 4,000 pixels" in errors
    assert Organisation.objects.count() == 0


def test_one_side_past_4000_pixels_is_refused_and_named(client, employer_without_org, monkeypatch):
    wide = png((4_001, 10))
    decoded = []
    monkeypatch.setattr(Image.Image, "load", lambda self: decoded.append(self) or None)
    client.force_login(employer_without_org)
    response = client.post(CREATE, valid_data(logo=upload(wide)))
    assert "4,001 × 10 pixels" in " ".join(response.context["form"].errors["logo"])
    assert decoded == []  # refused from the header alone


def test_a_logo_is_resized_re_encoded_and_stripped_of_metadata(client, employer_without_org):
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "secret@example.com")
    original = png((1_600, 800), pnginfo=info)
    client.force_login(employer_without_org)
    response = client.post(CREATE, valid_data(logo=upload(original, "Our Logo.png")))
    assert response.status_code == 302
    organisation = Organisation.objects.get()
    with organisation.logo.open("rb") as stored, Image.open(stored) as image:
        assert image.format == "PNG"
        assert image.size == (512, 256)
        assert "Author" not in image.info
        assert not image.getexif()
    assert organisation.logo.name.startswith("logos/") and organisation.logo.name.endswith(".png")


def test_a_jpeg_with_exif_is_stored_as_png_without_it(client, employer_without_org):
    exif = Image.Exif()
    exif[0x013B] = "Photographer Name"  # Artist
    buffer = io.BytesIO()
    Image.new("RGB", (300, 200), (200, 10, 10)).save(buffer, format="JPEG", exif=exif)
    client.force_login(employer_without_org)
    logo = SimpleUploadedFile("logo.jpg", buffer.getvalue(), content_type="image/jpeg")
    assert client.post(CREATE, valid_data(logo=logo)).status_code == 302
    with Organisation.objects.get().logo.open("rb") as stored, Image.open(stored) as image:
        assert image.format == "PNG" and image.size == (300, 200)
        assert not image.getexif()


def test_logos_are_served_with_debug_off(client, employer_without_org, settings):
    client.force_login(employer_without_org)
    client.post(CREATE, valid_data(logo=upload(png((64, 64)))))
    organisation = Organisation.objects.get()
    settings.DEBUG = False
    response = client.get(organisation.logo.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")
    assert "sandbox" in response["Content-Security-Policy"]
    assert client.get("/media/logos/../../private/x.pdf").status_code in {400, 404}
