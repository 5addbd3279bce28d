import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.test import TestCase
from django.urls import reverse

from accounts.factories import JobSeekerFactory
from accounts.models import User

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-technician-password-42"


def signup(client, email="new@example.com", role="job_seeker", **extra):
    data = {
        "email": email,
        "password1": PASSWORD,
        "password2": PASSWORD,
        "role": role,
        "full_name": "Casey Tech",
        **extra,
    }
    # The confirmation email is queued for after the commit (as django_capture_on_commit_callbacks).
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(reverse("account_signup"), data)


def confirmation_url(message):
    return re.search(r"https?://[^/\s]+(/accounts/confirm-email/[^\s]+/)", message.body).group(1)


@pytest.mark.parametrize(
    ("role", "landing"),
    [("job_seeker", "/candidate/start/"), ("employer", "/employers/")],
)
def test_signup_stores_role_and_verification_lands_on_role_page(client, role, landing):
    response = signup(client, role=role)
    assert response.status_code == 302
    user = User.objects.get(email="new@example.com")
    assert user.role == role
    assert not EmailAddress.objects.get(user=user).verified

    # Mandatory verification: no session until the link is followed.
    assert client.get(reverse("accounts:home")).status_code == 302
    assert len(mail.outbox) == 1
    url = confirmation_url(mail.outbox[0])
    assert client.get(url).status_code == 200
    response = client.post(url)
    assert EmailAddress.objects.get(user=user).verified
    # Signed in by the confirmation, and sent on to the role's starting page.
    assert response.url == reverse("accounts:home")
    assert client.get(response.url).url == landing


def test_signup_requires_a_role(client):
    response = signup(client, role="")
    assert response.status_code == 200
    assert "This field is required" in response.content.decode()
    assert not User.objects.exists()


def test_signup_rejects_staff_role(client):
    response = signup(client, role="staff")
    assert response.status_code == 200
    assert not User.objects.exists()


def test_signing_up_twice_with_one_email_creates_nothing(client):
    JobSeekerFactory(email="taken@example.com")
    response = signup(client, email="taken@example.com")
    # Enumeration prevention: the same answer as a fresh sign-up, and a notice to the owner.
    assert response.status_code == 302
    assert User.objects.filter(email__iexact="taken@example.com").count() == 1
    assert EmailAddress.objects.filter(email__iexact="taken@example.com").count() == 1
    assert len(mail.outbox) == 1
    assert "taken@example.com" in mail.outbox[0].to


def test_honeypot_filled_in_creates_no_account(client):
    signup(client, email="bot@example.com", website="http://spam.example")
    assert not User.objects.filter(email="bot@example.com").exists()


def test_forged_verification_link_is_refused(client):
    signup(client)
    user = User.objects.get(email="new@example.com")
    url = confirmation_url(mail.outbox[0])
    forged = url.rstrip("/")[:-4] + "abcd/"
    response = client.get(forged)
    assert "expired or is invalid" in response.content.decode()
    response = client.post(forged)
    assert response.status_code in {200, 404}
    assert not EmailAddress.objects.get(user=user).verified


def test_expired_verification_link_is_refused(client, settings):
    settings.ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS = 0
    signup(client)
    user = User.objects.get(email="new@example.com")
    url = confirmation_url(mail.outbox[0])
    client.post(url)
    assert not EmailAddress.objects.get(user=user).verified
