import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def test_healthz_reports_database_and_search(client, settings):
    settings.ELASTICSEARCH_URL = ""
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "search": "not configured"}


def test_healthz_reports_unreachable_search(client, settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:1"
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["search"] == "unavailable"


def test_healthz_is_503_when_the_database_is_down(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise connection.Database.OperationalError("down")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["database"] == "unavailable"


def test_home_page_has_keyword_and_state_search(client):
    page = client.get("/").content.decode()
    assert 'action="/jobs/"' in page
    assert 'name="q"' in page
    assert 'name="state"' in page
    assert '<option value="TX">Texas</option>' in page


def run_manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def production_env(tmp_path):
    keep = {k: v for k, v in os.environ.items() if k in {"PATH", "HOME", "LANG", "VIRTUAL_ENV"}}
    return {
        **keep,
        "DEBUG": "0",
        "SECRET_KEY": "x" * 20 + "production-secret-key-for-the-deploy-check-0123456789",
        "ALLOWED_HOSTS": "careers.example.com",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "RXTECH_DATA_DIR": str(tmp_path),
    }


def test_check_deploy_passes_with_production_settings(tmp_path):
    result = run_manage(
        "check", "--deploy", "--fail-level", "WARNING", env=production_env(tmp_path)
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_deploy_fails_with_development_settings(tmp_path):
    env = production_env(tmp_path)
    env["DEBUG"] = "1"
    del env["SECRET_KEY"]
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode != 0


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    env = production_env(tmp_path)
    del env["SECRET_KEY"]
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_every_page_has_one_set_of_social_tags(client):
    for url in ["/", "/employers/", "/accounts/login/"]:
        page = client.get(url).content.decode()
        assert page.count('property="og:title"') == 1, url
        assert page.count('name="twitter:card"') == 1, url
