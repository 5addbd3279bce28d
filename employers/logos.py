"""Organisation logos: refused when too big to decode safely, stored small and clean."""

from io import BytesIO
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

LOGO_MAX_SIDE = 4000
LOGO_STORED_SIDE = 512
# Pillow refuses to open anything past twice this many pixels (DecompressionBombError) in
# every part of the process, Wagtail's images included; logos stop at 4,000 × 4,000 below.
Image.MAX_IMAGE_PIXELS = 2 * LOGO_MAX_SIDE * LOGO_MAX_SIDE

TOO_MANY_PIXELS = _("The logo is too large: at most 4,000 × 4,000 pixels, please.")
TOO_MANY_PIXELS_SIZED = _(
    "The logo is %(width)s × %(height)s pixels; at most 4,000 × 4,000 pixels, please."
)


def _readable(upload):
    if hasattr(upload, "temporary_file_path"):
        return upload.temporary_file_path()
    upload.seek(0)
    return upload


def validate_logo_dimensions(upload) -> None:
    """Read only the image header and refuse more than 4,000 pixels a side."""
    try:
        with Image.open(_readable(upload)) as image:
            width, height = image.size
    except Image.DecompressionBombError as exc:
        raise ValidationError(TOO_MANY_PIXELS, code="logo_too_many_pixels") from exc
    except Exception:  # not an image: the ImageField says so in its own words
        return
    finally:
        if hasattr(upload, "seek"):
            upload.seek(0)
    if width > LOGO_MAX_SIDE or height > LOGO_MAX_SIDE:
        raise ValidationError(
            TOO_MANY_PIXELS_SIZED,
            code="logo_too_many_pixels",
            params={"width": f"{width:,}", "height": f"{height:,}"},
        )


def normalised_logo(upload) -> SimpleUploadedFile:
    """The logo re-encoded as PNG, at most 512 pixels a side, with no metadata (EXIF, GPS,
    text chunks): nothing of the uploaded file's bytes is stored."""
    with Image.open(_readable(upload)) as image:
        image.seek(0)  # an animated GIF or WebP keeps its first frame
        picture = ImageOps.exif_transpose(image)
        has_alpha = picture.mode in {"RGBA", "LA", "PA"} or "transparency" in picture.info
        picture = picture.convert("RGBA" if has_alpha else "RGB")
        picture.thumbnail((LOGO_STORED_SIDE, LOGO_STORED_SIDE), Image.Resampling.LANCZOS)
        out = BytesIO()
        picture.save(out, format="PNG", optimize=True)
    stem = Path(getattr(upload, "name", "") or "logo").stem[:80] or "logo"
    return SimpleUploadedFile(f"{stem}.png", out.getvalue(), content_type="image/png")
