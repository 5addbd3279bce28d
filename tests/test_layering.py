"""Apps stand in floors and import only downward; no two apps import each other.

Templates too: a template under ``templates/<app>/`` includes or extends only its own or a
lower app's templates, and ``{% load %}``s only its own or a lower app's tag libraries.
Floors: docs in ../shared/CONVENTIONS.md. Migrations and tests are left out.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

FLOORS = {
    "accounts": 0,
    "pharmacy": 0,
    "candidates": 1,
    "employers": 1,
    "jobs": 2,
    "applications": 3,
    "search": 4,
    "alerts": 5,
    "privacy": 6,
    "cms": 6,
    "config": 7,
}
ROOT = Path(__file__).resolve().parent.parent
SKIPPED_DIRS = {"migrations", "tests", "__pycache__"}

TEMPLATE_REFERENCE = re.compile(r"{%\s*(?:include|extends)\s+[\"']([\w-]+)/")
LOAD = re.compile(r"{%\s*load\s+(.+?)\s*%}")


@dataclass(frozen=True)
class Import:
    where: str  # path:line
    source: str  # the importing app
    target: str  # the imported app

    def __str__(self):
        return f"{self.where}: {self.source} imports {self.target}"


def apps_in(root: Path) -> dict[str, int]:
    return {app: floor for app, floor in FLOORS.items() if (root / app).is_dir()}


def python_files(root: Path, app: str):
    for path in sorted((root / app).rglob("*.py")):
        if not SKIPPED_DIRS & set(path.relative_to(root).parts):
            yield path


def module_of(root: Path, path: Path) -> list[str]:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return parts[:-1] if parts[-1] == "__init__" else parts


def imported_modules(root: Path, path: Path):
    """(line, dotted module) for every import in the file, relative ones resolved."""
    tree = ast.parse(path.read_text(), filename=str(path))
    package = module_of(root, path)
    if path.name != "__init__.py":
        package = package[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            yield node.lineno, module


def app_imports(root: Path) -> list[Import]:
    apps = apps_in(root)
    found = []
    for app in apps:
        for path in python_files(root, app):
            for line, module in imported_modules(root, path):
                target = module.split(".")[0]
                if target in apps and target != app:
                    found.append(Import(f"{path.relative_to(root)}:{line}", app, target))
    return found


def upward_imports(root: Path) -> list[str]:
    apps = apps_in(root)
    return [str(i) for i in app_imports(root) if apps[i.target] > apps[i.source]]


def mutual_imports(root: Path) -> list[str]:
    edges = {(i.source, i.target) for i in app_imports(root)}
    return sorted(f"{a} and {b} import each other" for a, b in edges if (b, a) in edges and a < b)


def tag_libraries(root: Path, apps) -> dict[str, str]:
    return {
        path.stem: app
        for app in apps
        for path in (root / app / "templatetags").glob("*.py")
        if path.name != "__init__.py"
    }


def template_files(root: Path, apps):
    """(owner app, path) for templates/<app>/… and <app>/templates/…"""
    for app in apps:
        for folder in (root / "templates" / app, root / app / "templates"):
            for path in sorted(folder.rglob("*")) if folder.is_dir() else ():
                if path.is_file():
                    yield app, path


def upward_template_references(root: Path) -> list[str]:
    apps = apps_in(root)
    libraries = tag_libraries(root, apps)
    found = []
    for owner, path in template_files(root, apps):
        name = path.relative_to(root)
        for n, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
            for other in TEMPLATE_REFERENCE.findall(line):
                if other in apps and apps[other] > apps[owner]:
                    found.append(f"{name}:{n}: {owner} template uses a template of {other}/")
            for load in LOAD.findall(line):
                words = load.split()
                # {% load a b %} loads libraries a and b; {% load x y from lib %} loads lib.
                for library in [words[-1]] if "from" in words else words:
                    app = libraries.get(library)
                    if app and apps[app] > apps[owner]:
                        found.append(f"{name}:{n}: {owner} template loads {library} from {app}/")
    return found


# --- The project -----------------------------------------------------------------------------


def test_apps_import_only_downward():
    assert upward_imports(ROOT) == []


def test_no_two_apps_import_each_other():
    assert mutual_imports(ROOT) == []


def test_templates_use_only_their_own_or_lower_apps():
    assert upward_template_references(ROOT) == []


# --- The checks themselves catch what they name ----------------------------------------------


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


@pytest.mark.parametrize(
    "source",
    [
        "from search.documents import JobDocument\n",
        "import search.documents\n",
        "import search\n",
        "def later():\n    from search import indexing\n",
    ],
)
def test_an_upward_import_is_found(tmp_path, source):
    root = write(tmp_path, {"jobs/__init__.py": "", "jobs/models.py": source, "search/x.py": ""})
    assert upward_imports(root) == [f"jobs/models.py:{source.count(chr(10))}: jobs imports search"]


def test_relative_imports_resolve_inside_their_app(tmp_path):
    root = write(
        tmp_path,
        {
            "jobs/models/__init__.py": "from . import job\nfrom .job import Job\n",
            "jobs/models/job.py": "from .. import services\nfrom ..services import publish\n",
            "search/x.py": "",
        },
    )
    assert [module for _, module in imported_modules(root, root / "jobs/models/job.py")] == [
        "jobs",
        "jobs.services",
    ]
    assert [module for _, module in imported_modules(root, root / "jobs/models/__init__.py")] == [
        "jobs.models",
        "jobs.models.job",
    ]
    assert upward_imports(root) == []


def test_downward_imports_migrations_and_tests_are_allowed(tmp_path):
    root = write(
        tmp_path,
        {
            "search/indexing.py": "from jobs.models import Job\n",
            "jobs/migrations/0002_x.py": "import search\n",
            "jobs/tests/test_x.py": "import search\n",
        },
    )
    assert upward_imports(root) == []


def test_two_apps_on_one_floor_importing_each_other_are_found(tmp_path):
    root = write(
        tmp_path,
        {"candidates/a.py": "from employers import b\n", "employers/b.py": "import candidates.a\n"},
    )
    assert upward_imports(root) == []
    assert mutual_imports(root) == ["candidates and employers import each other"]


def test_a_template_using_a_higher_app_is_found(tmp_path):
    root = write(
        tmp_path,
        {
            "jobs/__init__.py": "",
            "applications/templatetags/applications_dashboard.py": "",
            "templates/jobs/job_detail.html": (
                '{% extends "base.html" %}\n'
                "{% load humanize applications_dashboard %}\n"
                '{% include "applications/includes/apply.html" with job=job %}\n'
                '{% include "jobs/includes/pay.html" %}\n'
                "{% load dashboard_jobs from applications_dashboard %}\n"
            ),
            "templates/applications/x.html": '{% include "jobs/includes/pay.html" %}\n',
        },
    )
    assert upward_template_references(root) == [
        "templates/jobs/job_detail.html:2: jobs template loads applications_dashboard from "
        "applications/",
        "templates/jobs/job_detail.html:3: jobs template uses a template of applications/",
        "templates/jobs/job_detail.html:5: jobs template loads applications_dashboard from "
        "applications/",
    ]
