"""Writing the job index: alias over timestamped indexes, rebuild, real-time sync, check.

The application reads and writes through the alias ``{prefix}-jobs``. A rebuild creates
``{prefix}-jobs-YYYYmmddHHMMSS``, bulk-loads it from the database, swaps the alias in one
``update_aliases`` call, catches up with jobs changed meanwhile and deletes the old index.
Only ``Job.objects.visible()`` is ever indexed.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field

from django.utils import timezone
from elasticsearch import NotFoundError
from elasticsearch.helpers import bulk, scan, streaming_bulk

from jobs.models import Job, JobRequirement

from . import engine
from .documents import (
    REQUIREMENT_FIELDS,
    ROW_FIELDS,
    STORED_TEXT,
    JobDocument,
    fingerprint,
    source_for,
    source_json,
)

logger = logging.getLogger(__name__)

CHUNK_SIZE = 2000
BULK_THREADS = 2
BULK_ANSWER = "errors,items.*.status,items.*._id,items.*.error"
# Below this many jobs documents are built in the loading process itself.
MIN_JOBS_FOR_PROCESSES = 5 * CHUNK_SIZE


def alias_name() -> str:
    return f"{engine.index_prefix()}-jobs"


def index_settings() -> dict:
    return {"number_of_shards": 1, "number_of_replicas": 0}


def create_index(name: str) -> None:
    body = {"settings": index_settings(), "mappings": JobDocument._doc_type.mapping.to_dict()}
    engine.get_client().indices.create(index=name, **body)


def _new_index_name() -> str:
    client = engine.get_client()
    base = f"{alias_name()}-{timezone.now():%Y%m%d%H%M%S}"
    name, n = base, 1
    while client.indices.exists(index=name):
        n += 1
        name = f"{base}-{n}"
    return name


def indexable_jobs():
    return Job.objects.visible().with_public_relations().order_by("pk")


def _actions(jobs: Iterable[Job], index: str):
    for job in jobs:
        yield {"_op_type": "index", "_index": index, "_id": job.pk, "_source": source_for(job)}


def row_chunks(jobs, *, stored_text: bool = False):
    """(row, requirements) lists for a large queryset, in pk order, ``CHUNK_SIZE`` at a time:
    plain ``.values()`` rows (no model instances) and one requirements query per chunk.
    ``stored_text``: with each job's analysed text from its JobText row (``STORED_TEXT``)."""
    jobs = jobs.order_by("pk").values(*ROW_FIELDS, *(STORED_TEXT if stored_text else ()))
    last = 0
    while True:
        chunk = list(jobs.filter(pk__gt=last)[:CHUNK_SIZE])
        if not chunk:
            return
        requirements: dict[int, list[tuple]] = {row["id"]: [] for row in chunk}
        for job_id, *requirement in JobRequirement.objects.filter(
            job_id__in=requirements
        ).values_list("job_id", *REQUIREMENT_FIELDS):
            requirements[job_id].append(tuple(requirement))
        yield [(row, requirements[row["id"]]) for row in chunk]
        last = chunk[-1]["id"]


def _index_actions(chunk, index: str) -> list[dict]:
    """Index actions for a chunk of rows, each ``_source`` serialised (once) by ``source_json``."""
    return [
        {"_op_type": "index", "_index": index, "_id": row["id"], "_source": source_json(row, reqs)}
        for row, reqs in chunk
    ]


def build_processes(total: int) -> int:
    """Worker processes that build documents for a load of ``total`` jobs: one per core
    beyond two (this process reads and sends; Elasticsearch and PostgreSQL need one), none
    for small loads (forking costs more than it saves) or without ``fork``. Measured on 2
    cores shared with Elasticsearch: a worker there adds ~30% CPU and no throughput."""
    if total < MIN_JOBS_FOR_PROCESSES or "fork" not in multiprocessing.get_all_start_methods():
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(0, (cores or 1) - 2)


def _chunked_actions(jobs, index: str, processes: int = 0):
    """Index actions, ``CHUNK_SIZE`` at a time, in pk order; built by ``processes`` forked
    workers while this process reads the next rows (none: built here)."""
    # The text job_text.rebuild/sync analysed already (search_check compares every document
    # with a fresh analysis, so a stale row would show as a stale document).
    chunks = row_chunks(jobs, stored_text=True)
    if not processes:
        for chunk in chunks:
            yield _index_actions(chunk, index)
        return
    # Forked before any sending thread exists; the workers only build (no database, no
    # network), so the connections they inherit are never used there.
    fork = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(processes, mp_context=fork) as pool:
        ahead: deque = deque()
        for chunk in chunks:
            ahead.append(pool.submit(_index_actions, chunk, index))
            if len(ahead) > processes:
                yield ahead.popleft().result()
        while ahead:
            yield ahead.popleft().result()


@dataclass
class LoadReport:
    indexed: int = 0
    errors: list[dict] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        return self.indexed / self.seconds if self.seconds else 0.0


def bulk_load(
    index: str,
    jobs=None,
    *,
    progress: Callable[[int, int], None] | None = None,
    processes: int | None = None,
) -> LoadReport:
    """Stream ``jobs`` (default: every visible job) into ``index``; collect per-item errors.

    ``processes``: document-building worker processes (default: ``build_processes``).
    """
    jobs = Job.objects.visible() if jobs is None else jobs
    total = jobs.count()
    processes = build_processes(total) if processes is None else processes
    report = LoadReport()
    started = time.monotonic()
    client = engine.get_client().options(request_timeout=120)

    # Rows are read here, in this thread (the ORM's connection), documents built here or by
    # worker processes; chunks are sent by a small pool of threads so Elasticsearch indexes
    # one chunk while the next is being built.
    def send(actions):
        return list(
            streaming_bulk(
                client,
                actions,
                chunk_size=CHUNK_SIZE,
                raise_on_error=False,
                raise_on_exception=False,
                max_retries=0,
                # Each item's status, id and error only: the full answer was ~300 bytes
                # an item for this process to decode.
                filter_path=BULK_ANSWER,
            )
        )

    def collect(future):
        for ok, item in future.result():
            if ok:
                report.indexed += 1
            else:
                report.errors.append(item)
        if progress:
            progress(report.indexed + len(report.errors), total)

    in_flight: deque = deque()
    with ThreadPoolExecutor(BULK_THREADS) as pool:
        for chunk in _chunked_actions(jobs, index, processes):
            in_flight.append(pool.submit(send, chunk))
            if len(in_flight) > BULK_THREADS:
                collect(in_flight.popleft())
        while in_flight:
            collect(in_flight.popleft())
    report.seconds = time.monotonic() - started
    return report


@dataclass
class RebuildReport:
    index: str
    load: LoadReport
    caught_up: int
    deleted: list[str]
    seconds: float


def rebuild(
    *, progress: Callable[[int, int], None] | None = None, processes: int | None = None
) -> RebuildReport:
    """Build a fresh index, swap the alias atomically, catch up, delete the old index."""
    started_at = timezone.now()
    started = time.monotonic()
    client = engine.get_client().options(request_timeout=120)
    alias = alias_name()
    name = _new_index_name()
    create_index(name)
    # No refreshes while loading; one at the end.
    loading = {"refresh_interval": "-1", "translog": {"durability": "async"}}
    client.indices.put_settings(index=name, settings=loading)
    load = bulk_load(name, progress=progress, processes=processes)
    serving = {"refresh_interval": None, "translog": {"durability": None}}
    client.indices.put_settings(index=name, settings=serving)
    client.indices.refresh(index=name)
    old = _indexes_behind(alias)
    actions = [{"remove": {"index": index, "alias": alias}} for index in old]
    actions.append({"add": {"index": name, "alias": alias, "is_write_index": True}})
    client.indices.update_aliases(actions=actions)
    # Writes made during the load went to the old index: replay them onto the new one.
    changed = set(
        Job.objects.filter(updated_at__gte=started_at).values_list("pk", flat=True)
    ) | set(
        Job.objects.filter(organisation__updated_at__gte=started_at).values_list("pk", flat=True)
    )
    changed |= set(Job.objects.filter(needs_index_sync=True).values_list("pk", flat=True))
    if changed:
        sync_jobs(sorted(changed), refresh=True)
    Job.objects.filter(needs_index_sync=True, updated_at__lt=started_at).update(
        needs_index_sync=False
    )
    for index in old:
        client.indices.delete(index=index, ignore_unavailable=True)
    return RebuildReport(name, load, len(changed), old, time.monotonic() - started)


def _indexes_behind(alias: str) -> list[str]:
    client = engine.get_client()
    try:
        return sorted(client.indices.get_alias(name=alias))
    except NotFoundError:
        return []


def alias_exists() -> bool:
    return bool(engine.get_client().indices.exists_alias(name=alias_name()))


def sync_jobs(job_ids: Iterable[int], *, refresh: bool = False) -> None:
    """Index the visible ones among ``job_ids`` and delete the others from the index.

    Raises the client's transport errors; callers decide what to do (see tasks.py). When the
    alias does not exist yet nothing is written: the next rebuild will include them.
    """
    ids = sorted(set(job_ids))
    if not ids:
        return
    alias = alias_name()
    visible = list(indexable_jobs().filter(pk__in=ids))
    actions = list(_actions(visible, alias))
    shown = {job.pk for job in visible}
    actions += [{"_op_type": "delete", "_index": alias, "_id": pk} for pk in ids if pk not in shown]
    _ok, errors = bulk(
        engine.get_client(),
        actions,
        raise_on_error=False,
        raise_on_exception=True,
        max_retries=0,
        require_alias=True,
        refresh=refresh,
    )
    real = [e for e in errors if not _is_harmless(e)]
    if real:
        logger.error("Index update failed for %d job(s): %s", len(real), real[:3])
        Job.objects.filter(pk__in=[_item_id(e) for e in real]).update(needs_index_sync=True)


def _item_id(error: dict) -> int:
    op = next(iter(error.values()))
    return int(op["_id"])


def _is_harmless(error: dict) -> bool:
    ((op_type, op),) = error.items()
    # Deleting what is not there, or writing before the first rebuild created the alias.
    if op_type == "delete" and op.get("status") == 404:
        return True
    reason = (op.get("error") or {}).get("type", "")
    return reason in {"index_not_found_exception"}


def refresh() -> None:
    engine.get_client().indices.refresh(index=alias_name())


@dataclass
class CheckReport:
    missing: list[int]
    stale: list[int]
    extra: list[int]

    @property
    def ok(self) -> bool:
        return not (self.missing or self.stale or self.extra)


def check() -> CheckReport:
    """Compare the index with ``Job.objects.visible()`` (missing, stale and extra ids)."""
    expected = {
        row["id"]: fingerprint(row, reqs)
        for chunk in row_chunks(Job.objects.visible())
        for row, reqs in chunk
    }
    indexed = {
        int(hit["_id"]): hit["_source"].get("fingerprint")
        for hit in scan(
            engine.get_client().options(request_timeout=60),
            index=alias_name(),
            query={"query": {"match_all": {}}},
            _source=["fingerprint"],
            size=2000,
        )
    }
    return CheckReport(
        missing=sorted(set(expected) - set(indexed)),
        stale=sorted(pk for pk in expected.keys() & indexed.keys() if expected[pk] != indexed[pk]),
        extra=sorted(set(indexed) - set(expected)),
    )


def fix(report: CheckReport) -> None:
    sync_jobs([*report.missing, *report.stale, *report.extra], refresh=True)
    Job.objects.filter(pk__in=[*report.missing, *report.stale]).update(needs_index_sync=False)
