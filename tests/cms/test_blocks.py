"""The shared blocks: required values, the live-jobs block's validation and rendering."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StreamValue

from cms.blocks import BaseStreamBlock, HeadingBlock, LiveJobsBlock
from jobs.models import Job

pytestmark = pytest.mark.django_db


def errors_of(excinfo) -> str:
    return str(excinfo.value.as_json_data())


def test_heading_without_text_is_refused():
    with pytest.raises(ValidationError) as excinfo:
        HeadingBlock().clean({"text": "", "level": "h2"})
    assert "text" in excinfo.value.as_json_data()["blockErrors"]


def test_quote_without_text_is_refused_inside_the_stream():
    stream = BaseStreamBlock()
    value = stream.to_python([{"type": "quote", "value": {"text": "", "attribution": "A"}}])
    with pytest.raises(ValidationError):
        stream.clean(value)


def test_faq_needs_at_least_one_question():
    stream = BaseStreamBlock()
    value = stream.to_python([{"type": "faq", "value": {"heading": "FAQ", "items": []}}])
    with pytest.raises(ValidationError):
        stream.clean(value)


def test_stream_has_no_raw_html_block():
    from wagtail.blocks import RawHTMLBlock

    assert not any(isinstance(b, RawHTMLBlock) for b in BaseStreamBlock().child_blocks.values())


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("state", ["ZZ"], "Unknown state 'ZZ'"),
        ("setting", ["spaceship"], "Unknown setting 'spaceship'"),
        ("requires", ["ptcb-wizard"], "Unknown requires 'ptcb-wizard'"),
    ],
)
def test_live_jobs_rejects_unknown_values_with_a_clear_message(field, value, message):
    block = LiveJobsBlock()
    raw = {"heading": "Open jobs", "state": [], "setting": [], "requires": []} | {field: value}
    with pytest.raises(ValidationError) as excinfo:
        block.clean(block.to_python(raw))
    assert message in errors_of(excinfo)
    assert field in excinfo.value.as_json_data()["blockErrors"]


def test_live_jobs_accepts_known_values():
    block = LiveJobsBlock()
    raw = {
        "heading": "Open jobs",
        "state": ["TX"],
        "setting": ["hospital-health-system"],
        "requires": ["national-certification"],
    }
    cleaned = block.clean(block.to_python(raw))
    assert cleaned["state"] == ["TX"]


def test_live_jobs_renders_only_matching_visible_jobs(make_job):
    wanted = [make_job("Hospital Tech"), make_job("IV Tech")]
    make_job("Closed", status=Job.Status.CLOSED)
    make_job("Draft", status=Job.Status.DRAFT)
    make_job("Pending", status=Job.Status.PENDING_REVIEW)
    make_job("Expired", expires_in=-timedelta(days=1))
    make_job("Reported", hidden_by_reports=True)
    make_job("Retail", setting="community-retail")
    make_job("California", state="CA")

    block = LiveJobsBlock()
    value = block.to_python(
        {
            "heading": "Texas hospital jobs",
            "state": ["TX"],
            "setting": ["hospital-health-system"],
            "requires": [],
        }
    )
    html = block.render(value)

    for job in wanted:
        assert job.title in html
    for title in ("Closed", "Draft", "Pending", "Expired", "Reported", "Retail", "California"):
        assert title not in html
    assert "2 open jobs match" in html
    assert "/jobs/?state=TX&amp;setting=hospital-health-system" in html


def test_live_jobs_filters_by_required_credential(make_job):
    certified = make_job("Certified")
    certified.requirements.create(code="national-certification")
    make_job("No cert")
    block = LiveJobsBlock()
    html = block.render(
        block.to_python(
            {
                "heading": "Certified",
                "state": [],
                "setting": [],
                "requires": ["national-certification"],
            }
        )
    )
    assert "Certified" in html
    assert "No cert" not in html


def test_table_cells_are_escaped():
    stream = BaseStreamBlock()
    value = StreamValue(
        stream,
        [("table", {"data": [["<script>x</script>", "b"]], "first_row_is_table_header": False})],
    )
    html = value.render_as_block()
    assert "<script>x</script>" not in html
    assert "&lt;script&gt;" in html
