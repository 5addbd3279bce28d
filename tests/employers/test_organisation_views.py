import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts.factories import EmployerUserFactory
from employers.factories import PendingOrganisationFactory
from employers.models import LOGO_MAX_BYTES, Membership, Organisation

from .conftest import png_bytes

pytestmark = pytest.mark.django_db
CREATE = reverse("employers:create")


def valid_data(**overrides):
    data = {
        "name": "Tar Heel Family Pharmacy",
        "hq_state": "NC",
        "npi": "1234567893",
        "ncpdp": "",
        "website": "https://tarheel.example",
        "practice_settings": ["community-retail", "long-term-care"],
        "about": "<p>Neighbourhood pharmacy.</p>",
    }
    data.update(overrides)
    return data


def test_start_page_is_public_and_routes_employers(client, employer_without_org, owner):
    assert client.get(reverse("employers:start")).status_code == 200
    client.force_login(employer_without_org)
    assert client.get(reverse("employers:start")).url == CREATE
    client.force_login(owner)
    assert client.get(reverse("employers:start")).url == reverse("employers:dashboard")


def test_create_organisation(client, employer_without_org):
    client.force_login(employer_without_org)
    assert client.get(CREATE).status_code == 200
    logo = SimpleUploadedFile("logo.png", png_bytes(), content_type="image/png")
    response = client.post(CREATE, valid_data(logo=logo))
    assert response.status_code == 302
    assert response.url == reverse("employers:dashboard")
    org = Organisation.objects.get(name="Tar Heel Family Pharmacy")
    assert org.slug == "tar-heel-family-pharmacy"
    assert org.verification == Organisation.Verification.PENDING
    assert org.practice_settings == ["community-retail", "long-term-care"]
    assert org.logo.name.startswith("logos/")
    assert org.memberships.get().user == employer_without_org
    assert org.memberships.get().role == Membership.Role.OWNER
    dashboard = client.get(reverse("employers:dashboard"))
    assert b"Pending review" in dashboard.content


def test_member_cannot_create_a_second_organisation(client, owner):
    client.force_login(owner)
    response = client.post(CREATE, valid_data())
    assert response.url == reverse("employers:dashboard")
    assert not Organisation.objects.filter(name="Tar Heel Family Pharmacy").exists()


@pytest.mark.parametrize(
    "overrides,field,message",
    [
        ({"npi": "", "ncpdp": ""}, None, "at least one identifier"),
        ({"npi": "1234567890"}, "npi", "check digit"),
        ({"npi": "", "ncpdp": "12345"}, "ncpdp", "7-digit"),
        ({"practice_settings": ["moon-base"]}, "practice_settings", "valid choice"),
        ({"name": ""}, "name", "required"),
    ],
)
def test_create_bad_input_shows_errors_and_saves_nothing(
    client, employer_without_org, overrides, field, message
):
    client.force_login(employer_without_org)
    response = client.post(CREATE, valid_data(**overrides))
    assert response.status_code == 200
    form = response.context["form"]
    errors = form.errors.get(field or "__all__")
    assert errors and message in " ".join(errors)
    assert Organisation.objects.count() == 0
    assert Membership.objects.count() == 0


def test_text_file_renamed_png_is_not_a_logo(client, employer_without_org):
    client.force_login(employer_without_org)
    fake = SimpleUploadedFile("logo.png", b"<html>not an image</html>", content_type="image/png")
    response = client.post(CREATE, valid_data(logo=fake))
    assert response.status_code == 200
    assert "valid image" in " ".join(response.context["form"].errors["logo"])
    assert Organisation.objects.count() == 0


def test_logo_over_2_mb_is_refused(client, employer_without_org):
    client.force_login(employer_without_org)
    big = png_bytes(size=(900, 900), noise=True)
    assert len(big) > LOGO_MAX_BYTES
    response = client.post(
        CREATE, valid_data(logo=SimpleUploadedFile("big.png", big, content_type="image/png"))
    )
    assert response.status_code == 200
    assert "limit is 2 MB" in " ".join(response.context["form"].errors["logo"])
    assert Organisation.objects.count() == 0


def test_svg_logo_is_refused(client, employer_without_org):
    client.force_login(employer_without_org)
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    response = client.post(
        CREATE, valid_data(logo=SimpleUploadedFile("l.svg", svg, content_type="image/svg+xml"))
    )
    assert "logo" in response.context["form"].errors
    assert Organisation.objects.count() == 0


def test_script_in_about_is_stripped(client, employer_without_org):
    client.force_login(employer_without_org)
    client.post(
        CREATE,
        valid_data(about='<p>Hi<script>alert("x")</script></p><a href="javascript:x()">y</a>'),
    )
    org = Organisation.objects.get()
    assert "script" not in org.about and "javascript" not in org.about
    assert org.about.startswith("<p>Hi</p>")


def test_owner_edits_identifiers_and_they_wait_for_review(client, organisation, owner):
    # Issue 11: was "goes back to review" (pending, new NPI public at once).
    client.force_login(owner)
    url = reverse("employers:edit", args=[organisation.slug])
    response = client.get(url)
    assert "npi" in response.context["form"].fields
    response = client.post(url, valid_data(name=organisation.name, npi="1245319599"))
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.npi != "1245319599"
    assert organisation.proposed_identity["npi"] == "1245319599"
    assert organisation.verification == Organisation.Verification.VERIFIED


def test_recruiter_edits_profile_but_not_identifiers(client, organisation, recruiter):
    client.force_login(recruiter)
    url = reverse("employers:edit", args=[organisation.slug])
    assert "npi" not in client.get(url).context["form"].fields
    client.post(url, valid_data(npi="1245319599", name="Renamed", about="<p>New about</p>"))
    organisation.refresh_from_db()
    assert organisation.about == "<p>New about</p>"
    assert organisation.name == "Lone Star Community Pharmacy"
    assert organisation.npi != "1245319599"
    assert organisation.is_verified


def test_public_page_shows_a_verified_organisation(client, organisation):
    organisation.about = "<p>We fill <strong>prescriptions</strong>.</p>"
    organisation.save()
    response = client.get(organisation.get_absolute_url())
    assert response.status_code == 200
    assert b"<strong>prescriptions</strong>" in response.content
    assert b"Community / retail pharmacy" in response.content
    assert b"noindex" not in response.content


def test_public_page_of_unverified_organisation_is_for_members_and_moderators(
    client, outsider, moderator
):
    pending = PendingOrganisationFactory(name="Bayou Corner Drugs")
    member = Membership.objects.create(organisation=pending, user=EmployerUserFactory())
    url = pending.get_absolute_url()
    assert client.get(url).status_code == 404
    client.force_login(outsider)
    assert client.get(url).status_code == 404
    client.force_login(member.user)
    assert client.get(url).status_code == 200
    client.force_login(moderator)
    response = client.get(url)
    assert response.status_code == 200 and b"noindex" in response.content
