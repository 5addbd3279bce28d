"""Run the Nu Html Checker (scripts/vnu) once over many pages and group its errors by page."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections import defaultdict
from pathlib import Path

CANARY = "canary (an invalid page)"
VNU = Path(__file__).resolve().parents[2] / "scripts" / "vnu"


def java_available() -> bool:
    return bool(shutil.which("java")) or any(Path("/usr/lib/jvm").glob("*/bin/java"))


def check(pages: dict[str, str], folder: Path) -> dict[str, list[str]]:
    """``label -> ["line N: message"]`` for every page with errors; one JVM for all pages."""
    files: dict[str, str] = {}
    # A page we know is invalid proves the checker read the files (a wrong path reports nothing).
    pages = {CANARY: "<!doctype html><title>canary</title><p hx-get=/>", **pages}
    for index, (label, html) in enumerate(pages.items()):
        path = folder / f"page-{index:03d}.html"
        path.write_text(html, encoding="utf-8")
        files[str(path.resolve())] = label
    result = subprocess.run(
        [str(VNU), "--errors-only", "--format", "json", "--stdout", *sorted(files)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if result.returncode not in (0, 1) or not result.stdout.strip():
        raise RuntimeError(f"scripts/vnu failed ({result.returncode}):\n{result.stderr[-3000:]}")
    errors: dict[str, list[str]] = defaultdict(list)
    for message in json.loads(result.stdout)["messages"]:
        url = message.get("url", "?")
        label = files.get(url.removeprefix("file:"), url)
        line = message.get("lastLine", "?")
        extract = " ".join(message.get("extract", "").split())
        errors[label].append(f"line {line}: {message['message']}  «{extract}»")
    if CANARY not in errors:
        raise RuntimeError(f"the checker did not report the canary page:\n{result.stdout[:3000]}")
    del errors[CANARY]
    return dict(errors)


def report(errors: dict[str, list[str]]) -> str:
    total = sum(len(messages) for messages in errors.values())
    lines = [f"{total} HTML errors on {len(errors)} pages:"]
    for label, messages in errors.items():
        lines.append(f"\n{label}: {len(messages)}")
        lines.extend(f"  {message}" for message in messages)
    return "\n".join(lines)
