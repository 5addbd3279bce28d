"""Every application URL for: anonymous, the owner, another candidate, a member of the
applied-to organisation, a member of another organisation, and a moderator."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

LOGIN = "login"  # A redirect to the sign-in page.
WHO = ["anonymous", "owner", "other_candidate", "member", "other_member", "moderator"]

# url name, method, which object's pk, expected per WHO (in order).
MATRIX = [
    ("applications:my_applications", "get", None, [LOGIN, 200, 200, 403, 403, 403]),
    ("applications:my_application", "get", "application", [LOGIN, 200, 404, 403, 403, 403]),
    ("applications:withdraw", "get", "application", [LOGIN, 200, 404, 403, 403, 403]),
    ("applications:withdraw", "post", "application", [LOGIN, 302, 404, 403, 403, 403]),
    ("applications:saved_jobs", "get", None, [LOGIN, 200, 200, 403, 403, 403]),
    ("applications:save_job", "post", "job", [LOGIN, 302, 302, 403, 403, 403]),
    ("privacy:data_export", "get", None, [LOGIN, 200, 200, 403, 403, 403]),
    ("privacy:data_export", "post", None, [LOGIN, 200, 200, 403, 403, 403]),
    ("privacy:account_delete", "get", None, [LOGIN, 200, 200, 403, 403, 403]),
    ("applications:apply", "get", "job", [LOGIN, 302, 200, 403, 403, 403]),
    ("applications:applicants", "get", "job", [LOGIN, 404, 404, 200, 404, 404]),
    ("applications:applicants_csv", "get", "job", [LOGIN, 404, 404, 200, 404, 404]),
    ("applications:application_detail", "get", "application", [LOGIN, 404, 404, 200, 404, 404]),
    ("applications:application_move", "post", "application", [LOGIN, 404, 404, 302, 404, 404]),
    ("applications:application_note", "post", "application", [LOGIN, 404, 404, 302, 404, 404]),
    ("applications:resume_download", "get", "resume", [LOGIN, 200, 404, 200, 404, 404]),
]
CASES = [
    pytest.param(name, method, target, who, expected, id=f"{name}-{method}-{who}")
    for name, method, target, results in MATRIX
    for who, expected in zip(WHO, results, strict=True)
]
POST_DATA = {
    "applications:application_move": {"status": "reviewing"},
    "applications:application_note": {"text": "Looks good"},
    "applications:withdraw": {"confirm": "on"},
}


@pytest.mark.parametrize(("name", "method", "target", "who", "expected"), CASES)
def test_application_url_permissions(
    client, users, application, job, name, method, target, who, expected
):
    objects = {"application": application, "job": job, "resume": application.resume}
    kwargs = {"pk": objects[target].pk} if target else {}
    url = reverse(name, kwargs=kwargs)
    user = users[who]
    if user is not None:
        client.force_login(user)
    response = getattr(client, method)(url, POST_DATA.get(name, {}))
    if expected == LOGIN:
        assert response.status_code == 302
        assert response.url.startswith(reverse("account_login"))
    else:
        assert response.status_code == expected


def test_other_candidate_sees_only_their_own_applications(client, other_candidate, application):
    client.force_login(other_candidate)
    page = client.get(reverse("applications:my_applications")).content.decode()
    assert application.job.title not in page
