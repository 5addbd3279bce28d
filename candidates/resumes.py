"""Résumé files: decide the type from the bytes, refuse zip bombs, extract the text.

A file's name and the browser's content type are ignored: a PDF starts with ``%PDF-``; a DOCX
is a zip holding ``[Content_Types].xml`` and ``word/document.xml``. A DOCX's central directory
is checked (entry count, total uncompressed size, compression ratio) before anything reads an
entry, and the zip reader stops at each entry's declared size, so a lying header cannot inflate
past the limits either.
"""

from __future__ import annotations

import io
import logging
import uuid
import zipfile
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

MAX_BYTES = 5 * 1024 * 1024
DOCX_MAX_UNCOMPRESSED = 20 * 1024 * 1024
DOCX_MAX_ENTRIES = 1000
DOCX_MAX_RATIO = 100  # Text XML compresses ~10:1; a bomb compresses 1000:1 and more.
PDF_MAX_PAGES = 50
TEXT_CAP = 100_000  # Characters kept for talent search.

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
EXTENSIONS = {PDF: ".pdf", DOCX: ".docx"}


@dataclass(frozen=True)
class ResumeFile:
    """A checked upload, ready to store."""

    content: bytes
    content_type: str
    original_name: str
    text: str

    @property
    def extension(self) -> str:
        return EXTENSIONS[self.content_type]


def inspect(upload) -> ResumeFile:
    """Check an uploaded file and extract its text; ValidationError with a clear message."""
    size = getattr(upload, "size", None)
    if size is not None and size > MAX_BYTES:
        raise _too_large(size)
    upload.seek(0)
    content = upload.read(MAX_BYTES + 1)
    if len(content) > MAX_BYTES:
        raise _too_large(len(content))
    if not content:
        raise ValidationError(_("The file is empty."), code="empty")
    name = (getattr(upload, "name", "") or "resume").rsplit("/", 1)[-1][:200]
    if content.startswith(b"%PDF-"):
        return ResumeFile(content, PDF, name, _pdf_text(content))
    if content.startswith(b"PK\x03\x04"):
        return ResumeFile(content, DOCX, name, _docx_text(content))
    raise ValidationError(
        _("Upload a PDF or a Word (DOCX) file. This file is neither, whatever its name says."),
        code="wrong_type",
    )


def store(resume_file: ResumeFile) -> str:
    """Save the bytes under a random name in the private storage; returns that name."""
    name = f"resumes/{uuid.uuid4().hex}{resume_file.extension}"
    return storages["private"].save(name, ContentFile(resume_file.content))


def _too_large(size: int) -> ValidationError:
    return ValidationError(
        _("The file is %(size).1f MB; the limit is 5 MB."),
        code="too_large",
        params={"size": size / (1024 * 1024)},
    )


def _pdf_text(content: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(content))
        parts: list[str] = []
        length = 0
        for page in reader.pages[:PDF_MAX_PAGES]:
            text = page.extract_text() or ""
            parts.append(text)
            length += len(text)
            if length >= TEXT_CAP:
                break
    except (PyPdfError, ValueError, KeyError, TypeError, RecursionError) as exc:
        logger.info("Unreadable PDF refused: %s", exc)
        raise ValidationError(
            _("We could not read this PDF. Save it again as a PDF and upload it once more."),
            code="unreadable",
        ) from exc
    return "\n".join(parts)[:TEXT_CAP]


def check_docx_archive(archive: zipfile.ZipFile) -> None:
    """Refuse zip bombs and non-Word zips using only the central directory."""
    entries = archive.infolist()
    if len(entries) > DOCX_MAX_ENTRIES:
        raise ValidationError(
            _("This Word file has too many parts to be a résumé."), code="too_many_entries"
        )
    total = sum(entry.file_size for entry in entries)
    if total > DOCX_MAX_UNCOMPRESSED:
        raise ValidationError(
            _("This Word file unpacks to more than 20 MB; please upload a smaller file."),
            code="too_large_uncompressed",
        )
    for entry in entries:
        if entry.file_size > 1024 * 1024 and entry.file_size > DOCX_MAX_RATIO * max(
            entry.compress_size, 1
        ):
            raise ValidationError(
                _("This Word file is compressed in a way résumés never are; it was refused."),
                code="suspicious_compression",
            )
    names = {entry.filename for entry in entries}
    if not {"[Content_Types].xml", "word/document.xml"} <= names:
        raise ValidationError(
            _("Upload a PDF or a Word (DOCX) file. This zip is not a Word document."),
            code="wrong_type",
        )


def _docx_text(content: bytes) -> str:
    import docx

    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            check_docx_archive(archive)
        document = docx.Document(io.BytesIO(content))
    except ValidationError:
        raise
    except Exception as exc:  # python-docx raises a zoo of types on malformed files.
        logger.info("Unreadable DOCX refused: %s", exc)
        raise ValidationError(
            _("We could not read this Word file. Save it again as DOCX and upload it once more."),
            code="unreadable",
        ) from exc
    parts: list[str] = []
    length = 0
    for paragraph in document.paragraphs:
        parts.append(paragraph.text)
        length += len(paragraph.text) + 1
        if length >= TEXT_CAP:
            break
    return "\n".join(parts)[:TEXT_CAP]
