"""scripts/services never changes the permissions of a folder it did not create."""

import os
import shutil
import socket
import stat
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "services"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_script_parses_and_has_no_chmod_outside_its_cache():
    subprocess.run(["bash", "-n", str(SCRIPT)], check=True)
    text = SCRIPT.read_text()
    assert "setfacl" not in text
    assert "/var/cache/rxtech" in text


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("runuser"), reason="needs root")
@pytest.mark.skipif(not list(Path("/usr/lib/postgresql").glob("*/bin/initdb")), reason="no pg")
def test_a_closed_home_directory_is_left_closed(tmp_path):
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    os.chmod(home, 0o700)
    tmp_path.chmod(0o755)
    env = {
        **os.environ,
        "RXTECH_CACHE": str(home / "cache"),
        "RXTECH_PG_PORT": str(free_port()),
        "RXTECH_ES_PORT": str(free_port()),
    }
    result = subprocess.run(
        [str(SCRIPT), "start", "pg"], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0
    assert "does not change the permissions" in result.stderr
    assert stat.S_IMODE(home.stat().st_mode) == 0o700


def test_as_root_the_default_cache_is_outside_home():
    code = (
        f'source <(sed -n "/^if \\[\\[ -z \\${{RXTECH_CACHE/,/^fi/p" {SCRIPT}); echo $RXTECH_CACHE'
    )
    env = {k: v for k, v in os.environ.items() if k != "RXTECH_CACHE"}
    out = subprocess.run(["bash", "-c", code], env=env, capture_output=True, text=True).stdout
    expected = "/var/cache/rxtech" if os.geteuid() == 0 else f"{Path.home()}/.cache/rxtech"
    assert out.strip() == expected
