"""The field/id scheme and the error summary (docs/forms.md), on small forms."""

from django import forms
from django.template import Context, Template

from tests.html import find, find_all, parse, text


class _Form(forms.Form):
    zip_code = forms.CharField(label="ZIP code", help_text="Five digits.", max_length=5)
    visibility = forms.ChoiceField(
        label="Who can see you", choices=[("a", "A"), ("b", "B")], widget=forms.RadioSelect
    )
    states = forms.MultipleChoiceField(
        label="States",
        choices=[("TX", "Texas")],
        widget=forms.CheckboxSelectMultiple,
        help_text="Any you like.",
        required=False,
    )

    def clean(self):
        raise forms.ValidationError("Something is wrong with the whole form.")


def render(form):
    return parse(Template('{% include "includes/form.html" %}').render(Context({"form": form})))


def test_help_and_errors_have_the_ids_djangos_aria_describedby_names():
    page = render(_Form({"zip_code": "123456", "states": ["ZZ"]}))
    zip_input = find(page, '//input[@name="zip_code"]')
    assert zip_input.get("aria-describedby") == "id_zip_code_helptext id_zip_code_error"
    assert text(find(page, '//*[@id="id_zip_code_helptext"]')) == "Five digits."
    assert "at most 5" in text(find(page, '//*[@id="id_zip_code_error"]'))
    # A group: the fieldset carries the description, the inputs do not.
    states = find(page, '//fieldset[@id="id_states"]')
    assert states.get("aria-describedby") == "id_states_helptext id_states_error"
    assert find_all(page, '//input[@name="states"][@aria-describedby]') == []
    assert find(page, '//fieldset[@id="id_visibility"]').get("aria-describedby") == (
        "id_visibility_error"
    )


def test_the_summary_links_every_error_to_its_field_and_the_form_errors_to_their_block():
    page = render(_Form({"zip_code": "123456", "states": ["ZZ"]}))
    summary = find(page, "//*[@data-error-summary]")
    assert summary.get("tabindex") == "-1"
    assert text(find(summary, ".//h2")) == "There is a problem"
    links = [(a.get("href"), text(a)) for a in find_all(summary, ".//a")]
    assert links[0] == ("#form-errors", "Something is wrong with the whole form.")
    assert links[1][0] == "#id_zip_code" and links[1][1].startswith("ZIP code: ")
    assert links[2] == ("#id_visibility_0", "Who can see you: This field is required.")
    assert links[3][0] == "#id_states_0"
    assert find(page, '//*[@id="form-errors"]').get("tabindex") == "-1"
    assert find(page, '//script[contains(@src, "js/error_summary.js")]').get("defer") is not None


def test_no_summary_and_no_script_without_errors():
    page = render(_Form())
    assert find_all(page, "//*[@data-error-summary]") == []
    assert find_all(page, "//script") == []
    assert find(page, '//input[@name="zip_code"]').get("aria-describedby") == (
        "id_zip_code_helptext"
    )


class _Row(forms.Form):
    text = forms.CharField(label="Question")


def test_a_formsets_errors_join_the_summary_under_their_prefixed_ids():
    formset_class = forms.formset_factory(_Row, extra=0, min_num=1, validate_min=True)
    data = {"q-TOTAL_FORMS": "1", "q-INITIAL_FORMS": "0", "q-0-text": ""}
    formset = formset_class(data, prefix="q")
    html = Template(
        '{% load form_errors %}{% error_summary formset %}{% include "includes/formset.html" %}'
    ).render(Context({"formset": formset, "legend": "Questions", "item": "Question"}))
    page = parse(html)
    assert [a.get("href") for a in find_all(page, "//*[@data-error-summary]//a")] == [
        "#q-nonform-errors",
        "#id_q-0-text",
    ]
    assert "at least 1" in text(find(page, '//*[@id="q-nonform-errors"]'))
    assert find(page, '//input[@name="q-0-text"]').get("aria-describedby") == "id_q-0-text_error"
    assert find_all(page, '//*[@id="id_q-0-text_error"]')
