"""English at today's URLs, Spanish under /es/, and the person's choice kept for their email."""

import pytest
from django.core import mail
from django.test import TestCase
from django.urls import reverse

from accounts.factories import JobSeekerFactory
from accounts.mail import mail_send_to_people
from accounts.models import User
from tests.html import parse

from .test_signup import PASSWORD

pytestmark = pytest.mark.django_db


def test_english_keeps_its_urls_and_spanish_lives_under_es(client):
    english = client.get("/jobs/", HTTP_ACCEPT_LANGUAGE="es")
    assert english.status_code == 200
    assert parse(english).get("lang") == "en"

    spanish = client.get("/es/jobs/")
    assert spanish.status_code == 200
    assert parse(spanish).get("lang") == "es"


def test_our_own_words_come_out_in_spanish_under_es(client):
    page = parse(client.get("/es/accounts/signup/"))
    legends = [legend.text_content().strip() for legend in page.xpath("//legend")]
    assert any(legend.startswith("¿Qué le trae por aquí?") for legend in legends), legends
    assert not any("What brings you here?" in legend for legend in legends)


def test_every_page_names_its_versions_in_each_language(client, settings):
    settings.SITE_URL = "https://rxtech.example"
    head = parse(client.get("/es/jobs/")).xpath("//link[@rel='alternate'][@hreflang]")
    assert {link.get("hreflang"): link.get("href") for link in head} == {
        "en": "https://rxtech.example/jobs/",
        "es": "https://rxtech.example/es/jobs/",
        "x-default": "https://rxtech.example/jobs/",
    }


@pytest.mark.parametrize(("path", "other"), [("/jobs/?state=TX", "es"), ("/es/jobs/", "en")])
def test_the_header_switches_to_the_same_page_in_the_other_language(client, path, other):
    (switcher,) = parse(client.get(path)).xpath(
        "//header//nav[contains(@class, 'language-switcher')]"
    )
    (form,) = switcher.xpath(".//form")
    assert form.get("method") == "post"
    assert form.xpath(".//input[@name='next']")[0].get("value") == path
    (button,) = form.xpath(".//button[@name='language']")
    assert (button.get("value"), button.get("lang")) == (other, other)
    assert button.text == {"es": "Español", "en": "English"}[other]
    assert not switcher.xpath(".//*[@aria-current]")  # the bar names only the other language


def test_the_switcher_offers_the_same_page_in_the_other_language(client):
    (switcher,) = parse(client.get("/jobs/?state=TX")).xpath(
        "//footer//*[contains(@class, 'language-switcher')]"
    )
    (form,) = switcher.xpath(".//form")
    assert form.get("method") == "post"
    assert form.xpath(".//input[@name='next']")[0].get("value") == "/jobs/?state=TX"
    assert form.xpath(".//button[@name='language']")[0].get("value") == "es"
    assert switcher.xpath(".//*[@aria-current]")[0].text == "English"


@pytest.mark.parametrize(
    ("language", "path", "landing"),
    [
        ("es", "/jobs/?state=TX", "/es/jobs/?state=TX"),
        ("en", "/es/jobs/?state=TX", "/jobs/?state=TX"),
        ("en", "/es/guides/", "/guides/"),
    ],
)
def test_switching_lands_on_the_same_page_in_the_chosen_language(client, language, path, landing):
    response = client.post(reverse("language_set"), {"language": language, "next": path})
    assert response["Location"] == landing


def test_switching_keeps_the_choice_on_the_account_and_in_a_cookie(client):
    user = JobSeekerFactory(language="en")
    client.force_login(user)
    response = client.post(reverse("language_set"), {"language": "es", "next": "/jobs/"})
    assert response.status_code == 302
    assert response["Location"] == "/es/jobs/"
    assert response.cookies["django_language"].value == "es"
    user.refresh_from_db()
    assert user.language == "es"


def test_switching_refuses_a_get_and_an_unknown_language(client):
    user = JobSeekerFactory(language="en")
    client.force_login(user)
    assert client.get(reverse("language_set"), {"language": "es"}).status_code == 405
    client.post(reverse("language_set"), {"language": "xx", "next": "/jobs/"})
    user.refresh_from_db()
    assert user.language == "en"


def test_switching_never_redirects_off_the_site(client):
    response = client.post(
        reverse("language_set"), {"language": "es", "next": "https://evil.example/"}
    )
    assert response.status_code == 302
    assert "evil.example" not in response["Location"]


def test_signing_up_in_spanish_keeps_spanish_for_the_account(client):
    data = {
        "email": "nueva@example.com",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "role": "job_seeker",
        "full_name": "Rosa Técnica",
    }
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post("/es/accounts/signup/", data)
    assert response.status_code == 302
    assert User.objects.get(email="nueva@example.com").language == "es"


def test_signing_in_lands_in_the_accounts_language(client):
    user = JobSeekerFactory(language="es")
    user.set_password(PASSWORD)
    user.save()
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"].startswith("/es/")


def test_mail_to_people_goes_one_message_per_language(django_capture_on_commit_callbacks):
    english = JobSeekerFactory(language="en")
    spanish = JobSeekerFactory(language="es")
    other_spanish = JobSeekerFactory(language="es")
    with django_capture_on_commit_callbacks(execute=True):
        mail_send_to_people(
            template_prefix="candidates/email/credential_reminder",
            context={"user": english, "credential": None, "days": 30},
            people=[english, spanish, other_spanish],
        )
    recipients = {frozenset(message.to) for message in mail.outbox}
    assert recipients == {
        frozenset([spanish.email, other_spanish.email]),
        frozenset([english.email]),
    }
