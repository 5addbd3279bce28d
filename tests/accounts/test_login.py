import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from accounts.factories import DEFAULT_PASSWORD, EmployerUserFactory, JobSeekerFactory, StaffFactory

pytestmark = pytest.mark.django_db


def login(client, email, password):
    return client.post(reverse("account_login"), {"login": email, "password": password})


def test_login_sends_each_role_to_its_page(client):
    seeker = JobSeekerFactory()
    response = login(client, seeker.email, DEFAULT_PASSWORD)
    assert response.status_code == 302
    assert client.get(reverse("accounts:home")).url == reverse("candidates:start")

    client.logout()
    employer = EmployerUserFactory()
    login(client, employer.email, DEFAULT_PASSWORD)
    assert client.get(reverse("accounts:home")).url == reverse("employers:start")


def test_unverified_email_cannot_sign_in(client):
    user = JobSeekerFactory(verified=False)
    login(client, user.email, DEFAULT_PASSWORD)
    assert "_auth_user_id" not in client.session


def test_wrong_password_many_times_is_rate_limited(client):
    user = JobSeekerFactory()
    for _ in range(5):
        response = login(client, user.email, "wrong-password")
        assert response.status_code == 200
        assert "_auth_user_id" not in client.session
    # Even the right password is refused while the limit holds.
    response = login(client, user.email, DEFAULT_PASSWORD)
    assert "Too many failed login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_rate_limits_use_the_shared_database_cache(settings):
    assert settings.CACHES["default"]["BACKEND"].endswith("DatabaseCache")


def test_password_reset_answers_the_same_for_unknown_and_known_email(
    client, django_capture_on_commit_callbacks
):
    user = JobSeekerFactory()
    with django_capture_on_commit_callbacks(execute=True):
        known = client.post(reverse("account_reset_password"), {"email": user.email})
        unknown = client.post(reverse("account_reset_password"), {"email": "nobody@example.com"})
    assert known.status_code == unknown.status_code == 302
    assert known.url == unknown.url
    # The known address gets a reset link, the unknown one a "no account" notice.
    assert {m.to[0] for m in mail.outbox} == {user.email, "nobody@example.com"}
    known_body = next(m.body for m in mail.outbox if m.to[0] == user.email)
    assert "/accounts/password/reset/key/" in known_body


def test_password_reset_rejects_a_malformed_email(client):
    response = client.post(reverse("account_reset_password"), {"email": "not-an-email"})
    assert response.status_code == 200
    assert "Enter a valid email address" in response.content.decode()
    assert not mail.outbox


def test_django_admin_login_goes_through_allauth(client):
    response = client.get("/django-admin/login/")
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    # A POST to the old form cannot sign anybody in either.
    staff = StaffFactory()
    client.post("/django-admin/login/", {"username": staff.email, "password": DEFAULT_PASSWORD})
    assert "_auth_user_id" not in client.session


def test_wagtail_admin_login_goes_through_allauth(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert "next=%2Fadmin%2Fpages%2F" in response.url
    staff = StaffFactory()
    client.post("/admin/login/", {"username": staff.email, "password": DEFAULT_PASSWORD})
    assert "_auth_user_id" not in client.session


def test_django_admin_refuses_non_staff(client):
    client.force_login(JobSeekerFactory())
    assert client.get("/django-admin/", follow=True).status_code == 403


def test_groups_exist_after_migrate():
    assert set(Group.objects.values_list("name", flat=True)) >= {
        "Career counsellors",
        "Moderators",
    }


def test_header_shows_who_is_signed_in(client):
    user = JobSeekerFactory()
    client.force_login(user)
    page = client.get(reverse("employers:start")).content.decode()
    assert user.email in page
    assert "Sign out" in page
    assert "Job seeker" in page
