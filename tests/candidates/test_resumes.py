"""Résumé checks: the type comes from the bytes; zip bombs are refused before unzipping."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError

from candidates import resumes
from tests.files import docx_bytes, pdf_bytes, upload, zip_bomb_docx


def test_pdf_by_magic_bytes_whatever_the_name():
    checked = resumes.inspect(upload("resume.docx", pdf_bytes(), "text/html"))
    assert checked.content_type == resumes.PDF
    assert checked.extension == ".pdf"


def test_docx_text_is_extracted():
    checked = resumes.inspect(upload("cv.pdf", docx_bytes("IV room, CSPT"), "application/pdf"))
    assert checked.content_type == resumes.DOCX
    assert "IV room, CSPT" in checked.text


def test_text_is_capped(monkeypatch):
    monkeypatch.setattr(resumes, "TEXT_CAP", 10)
    assert len(resumes.inspect(upload("cv.docx", docx_bytes("x" * 500))).text) == 10


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"%PDF-1.4\n" + b"0" * (6 * 1024 * 1024), "too_large"),
        (b"<html><script>alert(1)</script></html>", "wrong_type"),
        (b"MZ\x90\x00" + b"\x00" * 100, "wrong_type"),
        (b"", "empty"),
        (b"%PDF-1.7 this is not really a pdf", "unreadable"),
        (zip_bomb_docx(), "too_large_uncompressed"),
    ],
    ids=["6mb", "html", "exe", "empty", "fake-pdf", "zip-bomb"],
)
def test_refused(content, code):
    with pytest.raises(ValidationError) as refused:
        resumes.inspect(upload("resume.pdf", content))
    assert refused.value.code == code


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_too_many_entries_refused():
    entries = {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"}
    entries.update({f"word/media/{n}.xml": b"x" for n in range(1001)})
    with pytest.raises(ValidationError) as refused:
        resumes.inspect(upload("cv.docx", _zip(entries)))
    assert refused.value.code == "too_many_entries"


def test_high_compression_ratio_refused_even_under_the_total_limit():
    bomb = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\0" * (15 << 20)})
    with pytest.raises(ValidationError) as refused:
        resumes.inspect(upload("cv.docx", bomb))
    assert refused.value.code == "suspicious_compression"


def test_plain_zip_is_not_a_word_file():
    with pytest.raises(ValidationError) as refused:
        resumes.inspect(upload("cv.docx", _zip({"notes.txt": b"hello"})))
    assert refused.value.code == "wrong_type"


def test_bomb_is_refused_without_reading_entries(monkeypatch):
    def explode(*args, **kwargs):
        raise AssertionError("an entry was read")

    bomb = upload("cv.docx", zip_bomb_docx())
    monkeypatch.setattr(zipfile.ZipFile, "open", explode)
    with pytest.raises(ValidationError):
        resumes.inspect(bomb)


@pytest.mark.django_db
def test_stored_under_a_random_name_in_private_storage(tmp_path):
    name = resumes.store(resumes.inspect(upload("Jane Doe CV.pdf", pdf_bytes())))
    assert "Jane" not in name
    assert name.startswith("resumes/") and name.endswith(".pdf")
    assert (tmp_path / "private" / name).exists()
