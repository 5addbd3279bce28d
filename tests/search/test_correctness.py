"""Elasticsearch and the database fallback against a plain-Python evaluation of the rules."""

from datetime import timedelta

import pytest
from django.utils import timezone

from candidates.factories import (
    CandidateProfileFactory,
    NhaCphtFactory,
    PtcbCphtFactory,
    StateCredentialFactory,
    TraineeCredentialFactory,
)
from search.service import job_search

from . import oracle
from .data import HAVE_SETS, make_jobs

PARAM_SETS = [
    {},
    {"state": ["TX"]},
    {"state": ["TX", "CA"]},
    {"state": ["FL"]},
    {"setting": ["hospital-health-system"]},
    {"setting": ["community-retail", "long-term-care", "specialty"]},
    {"type": ["full-time"]},
    {"type": ["part-time", "per-diem"]},
    {"shift": ["night"]},
    {"shift": ["weekend", "evening"]},
    {"requires": ["none"]},
    {"requires": ["national-certification"]},
    {"requires": ["state-credential"]},
    {"requires": ["ptcb-cspt", "ptcb-tpv"]},
    {"min_pay": "20"},
    {"min_pay": "25.5"},
    {"posted": "7"},
    {"posted": "1"},
    {"remote": "1"},
    {"remote": "1", "state": ["OH"]},
    {"have": ["ptcb-cpht", "state-registration-TX"]},
    {"have": ["state-trainee-TX"], "state": ["TX"]},
    {"zip": "78701", "radius": "100"},
    {"zip": "10001", "radius": "250", "type": ["full-time"]},
    {"state": ["TX", "OH"], "setting": ["community-retail", "hospital-health-system"]},
    {"state": ["CA"], "requires": ["national-certification"], "min_pay": "18"},
    {"type": ["full-time"], "shift": ["day"], "posted": "14", "have": ["nha-cpht"]},
    {"q": "sterile"},
    {"q": "Sterile technician", "state": ["TX", "CA", "NY"]},
]
STRUCTURED = [p for p in PARAM_SETS if "q" not in p]


def search_ids(params, **kwargs):
    result = job_search(params, per_page=500, **kwargs)
    assert result.is_valid, result.errors
    return result


def assert_same(engine_name, params, got, expected):
    assert got == expected, (
        f"{engine_name} {params}: unexpected {sorted(got - expected)[:10]}, "
        f"missing {sorted(expected - got)[:10]}"
    )


@pytest.mark.django_db
def test_fallback_matches_python_for_each_filter_and_combination(settings):
    settings.ELASTICSEARCH_URL = ""
    jobs = make_jobs(120)
    for params in STRUCTURED:
        result = search_ids(params)
        assert result.engine == "database"
        assert_same(
            "database", params, {j.pk for j in result.jobs}, oracle.expected_ids(jobs, params)
        )
        assert result.total == len(result.jobs)


@pytest.mark.django_db
def test_fallback_facets_count_every_other_filter(settings):
    settings.ELASTICSEARCH_URL = ""
    jobs = make_jobs(120)
    params = {"state": ["TX", "CA"], "type": ["full-time"], "min_pay": "18"}
    result = search_ids(params)
    for param in ("state", "setting", "type", "shift", "requires", "min_pay"):
        for option in result.facets[param]:
            others = {k: v for k, v in params.items() if k != param}
            expected = oracle.facet_count(jobs, others, param, option["value"])
            assert option["count"] == expected, (param, option)


@pytest.mark.elasticsearch
@pytest.mark.django_db
def test_elasticsearch_matches_python_and_the_fallback(es_index, settings):
    jobs = make_jobs(200)
    es_index.rebuild()
    for params in PARAM_SETS:
        result = search_ids(params)
        assert result.engine == "elasticsearch"
        got = {j.pk for j in result.jobs}
        expected = oracle.expected_ids(jobs, params)
        if params.get("radius"):
            # Elasticsearch's arc distance and our haversine may disagree within a few yards.
            place = oracle.zip_lookup(params["zip"])
            borderline = {
                j.pk
                for j in jobs
                if j.latitude is not None
                and abs(
                    oracle.miles(place.latitude, place.longitude, j.latitude, j.longitude)
                    - float(params["radius"])
                )
                < 0.5
            }
            got, expected = got - borderline, expected - borderline
        assert_same("elasticsearch", params, got, expected)
        assert result.total == len(result.jobs)
        if "q" not in params and not params.get("radius"):
            with settings_url(settings, ""):
                fallback = {j.pk for j in search_ids(params).jobs}
            assert_same("fallback vs elasticsearch", params, fallback, got)


class settings_url:
    def __init__(self, settings, url):
        self.settings, self.url = settings, url

    def __enter__(self):
        self.saved = self.settings.ELASTICSEARCH_URL
        self.settings.ELASTICSEARCH_URL = self.url

    def __exit__(self, *exc):
        self.settings.ELASTICSEARCH_URL = self.saved


@pytest.mark.elasticsearch
@pytest.mark.django_db
def test_elasticsearch_facets_and_sorts(es_index, settings):
    jobs = make_jobs(200)
    es_index.rebuild()
    for params in [
        {"state": ["TX", "CA"], "type": ["full-time"], "min_pay": "18"},
        {"setting": ["hospital-health-system"], "requires": ["national-certification"]},
        {"have": ["ptcb-cpht"], "shift": ["day", "night"]},
    ]:
        result = search_ids(params)
        with settings_url(settings, ""):
            fallback = search_ids(params)
        for param in ("state", "setting", "type", "shift", "requires", "min_pay"):
            others = {k: v for k, v in params.items() if k != param}
            for option in result.facets[param]:
                expected = oracle.facet_count(jobs, others, param, option["value"])
                assert option["count"] == expected, (params, param, option)
            assert result.facets[param] == fallback.facets[param], (params, param)

    visible = [j for j in jobs if j.is_visible]
    newest = sorted(visible, key=lambda j: (j.published_at, j.pk), reverse=True)
    assert [j.pk for j in search_ids({"sort": "newest"}).jobs] == [j.pk for j in newest]
    paid = sorted(
        (j for j in visible if oracle.pay_top(j) is not None),
        key=lambda j: (oracle.pay_top(j), j.published_at, j.pk),
        reverse=True,
    )
    es_paid = [j.pk for j in search_ids({"sort": "pay"}).jobs][: len(paid)]
    assert [float(oracle.pay_top(Job)) for Job in paid] == [
        float(oracle.pay_top(next(j for j in visible if j.pk == pk))) for pk in es_paid
    ]
    near = search_ids({"zip": "78701", "radius": "300", "sort": "distance"})
    distances = [near.distances[j.pk] for j in near.jobs]
    assert distances == sorted(distances) and distances
    # Pages partition the result list.
    page1 = job_search({"sort": "newest"}, per_page=20)
    page2 = job_search({"sort": "newest", "page": "2"}, per_page=20)
    assert [j.pk for j in page1.jobs + page2.jobs] == [j.pk for j in newest[:40]]


@pytest.mark.elasticsearch
@pytest.mark.django_db
def test_have_and_eligible_agree_with_the_eligibility_rule(es_index, settings):
    jobs = make_jobs(160, seed=11)
    es_index.rebuild()
    today = timezone.localdate()
    for codes in HAVE_SETS:
        params = {"have": codes} if codes else {"have": ["ptcb-tpv"]}
        held = oracle.eligibility.held_from_have_codes(params["have"])
        expected = {j.pk for j in jobs if j.is_visible and oracle.eligible(j, held, today)}
        assert_same("elasticsearch have", codes, {j.pk for j in search_ids(params).jobs}, expected)
        with settings_url(settings, ""):
            fallback = {j.pk for j in search_ids(params).jobs}
        assert_same("database have", codes, fallback, expected)

    # eligible=1: the signed-in candidate's own credentials, expiry and status included.
    candidates = []
    profile = CandidateProfileFactory()
    PtcbCphtFactory(profile=profile)
    StateCredentialFactory(profile=profile, state="TX")
    candidates.append(profile)
    profile = CandidateProfileFactory()
    NhaCphtFactory(profile=profile, expires_on=today - timedelta(days=1))
    TraineeCredentialFactory(profile=profile, state="TX")
    candidates.append(profile)
    profile = CandidateProfileFactory()
    PtcbCphtFactory(profile=profile, status="pending")
    StateCredentialFactory(profile=profile, state="CA", state_type="license")
    candidates.append(profile)
    for profile in candidates:
        held = profile.held_credentials()
        expected = {j.pk for j in jobs if j.is_visible and oracle.eligible(j, held, today)}
        got = {j.pk for j in search_ids({"eligible": "1"}, user=profile.user).jobs}
        assert_same("elasticsearch eligible=1", held, got, expected)
        with settings_url(settings, ""):
            fallback = {j.pk for j in search_ids({"eligible": "1"}, user=profile.user).jobs}
        assert_same("database eligible=1", held, fallback, expected)
