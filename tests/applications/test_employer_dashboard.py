"""Issue 14, employer screens: the dashboard puts jobs with new applicants first and shows
views → applications; the pipeline counts applications across all jobs; the match in the
employer's voice."""

from datetime import date, timedelta

import pytest
from django.core import mail
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from applications.models import Application
from applications.services import application_move, application_submit
from candidates.factories import CandidateProfileFactory, PtcbCphtFactory
from candidates.resumes import inspect
from candidates.services import resume_add
from jobs.factories import PublishedJobFactory
from pharmacy import match_text
from pharmacy.eligibility import (
    CredentialStatus,
    Held,
    Level,
    Requirement,
    Verdict,
    evaluate,
)
from pharmacy.match_text import Voice
from tests.files import pdf_upload
from tests.html import find, find_all, section, text

pytestmark = pytest.mark.django_db


def resume_for(user):
    return resume_add(profile=user.candidate_profile, resume_file=inspect(pdf_upload()))


def apply(job, *, name="Applicant", candidate=None, **extra):
    candidate = candidate or CandidateProfileFactory(user__full_name=name).user
    return application_submit(job=job, candidate=candidate, resume=resume_for(candidate), **extra)


def render(organisation):
    template = Template(
        '<meta charset="utf-8">{% include "applications/includes/dashboard_jobs.html" %}'
    )
    return template.render(
        Context({"organisation": organisation, "request": RequestFactory().get("/")})
    )


@pytest.fixture
def three_jobs(organisation, member):
    """Created oldest first: only the middle one has an applicant nobody has looked at."""
    quiet = PublishedJobFactory(organisation=organisation, title="Quiet job", view_count=40)
    busy = PublishedJobFactory(organisation=organisation, title="Busy job", view_count=120)
    seen = PublishedJobFactory(organisation=organisation, title="Seen job", view_count=9)
    for _ in range(2):
        apply(busy)
    reviewed = apply(seen)
    application_move(application=reviewed, to="reviewing", by=member)
    return quiet, busy, seen


def test_dashboard_puts_jobs_with_new_applicants_first(organisation, three_jobs):
    html = render(organisation)
    panel = section(html, "new-applicants-heading")
    assert [text(a) for a in find_all(panel, ".//li/a")] == ["Busy job"]
    assert "2 new" in text(panel)
    rows = find_all(html, "//table[@class='table-stack']/tbody/tr")
    assert [text(find(row, "./td[1]/a")) for row in rows][0] == "Busy job"


def test_dashboard_shows_views_then_applications(organisation, three_jobs):
    html = render(organisation)
    funnels = {
        text(find(row, "./td[1]/a")): text(find(row, ".//span[@class='funnel']"))
        for row in find_all(html, "//table[@class='table-stack']/tbody/tr")
    }
    assert funnels["Busy job"] == "120 views → 2 applications for Busy job"
    assert funnels["Quiet job"] == "40 views → 0 applications"


def test_dashboard_chart_is_a_bar_list_that_reads_as_text(organisation, three_jobs):
    html = render(organisation)
    chart = find(html, "//figure[contains(@class, 'applications-chart')]")
    assert find_all(chart, ".//svg") == []
    bars = [
        (text(find(row, ".//a")), text(find(row, ".//span[@class='bar-list__value']")))
        for row in find_all(chart, ".//li")
    ]
    assert bars == [("Busy job", "2"), ("Seen job", "1")]
    assert "3 applications in the last 30 days" in text(chart)
    widths = [bar.get("class") for bar in find_all(chart, ".//span[contains(@class, '__bar ')]")]
    assert widths == ["bar-list__bar w-100", "bar-list__bar w-50"]


def test_dashboard_query_count_stays_flat(organisation, django_assert_max_num_queries):
    for job in PublishedJobFactory.create_batch(3, organisation=organisation):
        apply(job)
    with django_assert_max_num_queries(2):
        render(organisation)
    for job in PublishedJobFactory.create_batch(10, organisation=organisation):
        apply(job)
    with django_assert_max_num_queries(2):
        render(organisation)


# The pipeline ---------------------------------------------------------------------------------


def pipeline_url(organisation):
    return reverse("applications:pipeline", args=[organisation.slug])


def test_pipeline_counts_new_today_and_by_status(client, organisation, member, three_jobs):
    quiet, busy, seen = three_jobs
    yesterday = timezone.now() - timedelta(days=1)
    old = busy.applications.order_by("pk").first()
    Application.objects.filter(pk=old.pk).update(created_at=yesterday)
    client.force_login(member)
    page = client.get(pipeline_url(organisation))
    assert page.status_code == 200
    assert text(find(page, "//*[@id='new-today']")) == "2 new applicants today"
    totals = dict(text(li).split(": ") for li in find_all(section(page, "totals-heading"), ".//li"))
    assert totals["Submitted"] == "2" and totals["Reviewing"] == "1" and totals["Hired"] == "0"
    rows = find_all(page, "//tr[@class='pipeline-job']")
    assert [text(find(row, "./td[1]/a")) for row in rows] == ["Busy job", "Seen job", "Quiet job"]
    busy_row = rows[0]
    assert text(find(busy_row, "./td[@data-label='New today']")) == "1"
    link = find(busy_row, "./td[@data-label='Submitted']/a").get("href")
    assert link == reverse("applications:applicants", args=[busy.pk]) + "?status=submitted"


def test_pipeline_shows_only_the_organisations_own_jobs(client, organisation, member):
    PublishedJobFactory(title="Someone else's job")
    PublishedJobFactory(organisation=organisation, title="Our job")
    client.force_login(member)
    page = client.get(pipeline_url(organisation)).content.decode()
    assert "Our job" in page and "Someone else" not in page


@pytest.mark.parametrize(
    ("who", "expected"),
    [("anonymous", 302), ("other_candidate", 403), ("other_member", 404), ("moderator", 403)],
)
def test_pipeline_permissions(client, users, organisation, who, expected):
    if users[who] is not None:
        client.force_login(users[who])
    response = client.get(pipeline_url(organisation))
    assert response.status_code == expected
    if who == "anonymous":
        assert response.url.startswith(reverse("account_login"))


def test_pipeline_query_count_is_pinned(
    client, organisation, member, django_assert_max_num_queries
):
    client.force_login(member)
    for job in PublishedJobFactory.create_batch(2, organisation=organisation):
        apply(job)
    with django_assert_max_num_queries(6) as few:
        client.get(pipeline_url(organisation))
    for job in PublishedJobFactory.create_batch(12, organisation=organisation):
        apply(job)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(pipeline_url(organisation))


# The employer's voice -------------------------------------------------------------------------


def test_match_text_speaks_to_the_employer():
    today = date(2026, 12, 1)
    lapsed = Held("ptcb-cpht", CredentialStatus.ACTIVE, date(2026, 5, 31))
    match = evaluate([lapsed], [Requirement("ptcb-cpht", Level.REQUIRED)], [], today)
    (result,) = match.results
    assert match_text.explanation(result, voice=Voice.EMPLOYER) == (
        "Their PTCB CPhT expired on May 31, 2026"
    )
    assert match_text.explanation(result) == "Your PTCB CPhT expired on May 31, 2026"
    assert match_text.verdict_text(Verdict.ELIGIBLE, voice=Voice.EMPLOYER) == (
        "Meets all required credentials"
    )


def test_every_reason_has_a_sentence_in_every_voice():
    keys = {voice: set(match_text._PHRASES[voice]) for voice in Voice}
    assert keys[Voice.EMPLOYER] == keys[Voice.CANDIDATE]
    verdicts = {voice: set(match_text._VERDICTS[voice]) for voice in Voice}
    assert verdicts[Voice.EMPLOYER] == verdicts[Voice.CANDIDATE]


def test_application_page_speaks_of_them(client, member, job):
    profile = CandidateProfileFactory(user__full_name="Pat Lapsed")
    PtcbCphtFactory(profile=profile, expires_on=timezone.localdate() - timedelta(days=3))
    application = apply(job, candidate=profile.user)
    client.force_login(member)
    page = client.get(reverse("applications:application_detail", args=[application.pk]))
    match = text(section(page, "match-heading"))
    assert "Does not meet all required credentials" in match
    assert "Their PTCB CPhT expired on" in match
    assert "You " not in match and "Your " not in match
    assert "Does not meet all required credentials" in text(
        find(page, "//p[contains(@class, 'alert')]")
    )


def test_new_application_email_to_the_employer_speaks_of_them(
    member, job, candidate, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        apply(job, candidate=candidate)
    employer_mail = next(m for m in mail.outbox if m.to == [member.email])
    assert "Match: Meets all required credentials" in employer_mail.body


def test_a_long_cover_letter_is_marked_to_wrap(client, member, job, candidate):
    application = apply(job, candidate=candidate, cover_letter="x" * 5000)
    client.force_login(member)
    page = client.get(reverse("applications:application_detail", args=[application.pk]))
    assert find(page, "//p[@class='cover-letter']") is not None
