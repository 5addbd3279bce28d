"""A person's data rights: export everything we hold about them, or delete their account.

Both are built only from the parts that apps register in ``accounts.personal_data``.
"""

from __future__ import annotations

import io
import json
import zipfile

from django.db import transaction
from django.utils import timezone

from accounts.personal_data import parts


def personal_data_export(*, user) -> bytes:
    """A zip of ``data.json`` (one key per registered part) and the files the parts add."""
    files: dict[str, bytes] = {}
    data = {"exported_at": timezone.now().isoformat()}
    for part in parts():
        data[part.name] = part.export(user, files)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, content in files.items():
            archive.writestr(path, content)
        archive.writestr("data.json", json.dumps(data, indent=2, default=str))
    return buffer.getvalue()


def account_delete(*, user) -> None:
    """Erase every part, highest app first (their rows point at lower apps' rows), then the
    user, in one transaction: a failure anywhere leaves everything as it was."""
    with transaction.atomic():
        for part in reversed(parts()):
            if part.erase is not None:
                part.erase(user)
        user.delete()
