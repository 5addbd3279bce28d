"""The employer pages under /es/ are in Spanish: asserted inside the page's own elements (by
id, class or role), never on words the header or footer also carry."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from accounts.factories import EmployerUserFactory, ModeratorFactory
from employers.factories import (
    InvitationFactory,
    OwnerMembershipFactory,
    PendingOrganisationFactory,
    RecruiterMembershipFactory,
)
from tests.html import find, find_all, has_class, parse, text, texts

pytestmark = pytest.mark.django_db


def at(language: str, name: str, *args) -> str:
    with translation.override(language):
        return reverse(name, args=args)


def es(name: str, *args) -> str:
    return at("es", name, *args)


def get_ok(client, url: str):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    assert parse(response).get("lang") == "es"
    return response


@pytest.fixture
def organisation(db):
    return PendingOrganisationFactory(name="Botica del Valle")


@pytest.fixture
def owner(organisation):
    return OwnerMembershipFactory(
        organisation=organisation,
        user__email="duena@botica.example",
        user__full_name="Ana Dueña",
        user__language="es",
    ).user


@pytest.fixture
def recruiter(organisation, owner):
    return RecruiterMembershipFactory(
        organisation=organisation,
        user__email="reclutador@botica.example",
        user__full_name="Luis Reclutador",
        user__language="es",
    ).user


def test_the_dashboard_is_spanish(client, owner, organisation):
    client.force_login(owner)
    url = es("employers:dashboard")
    assert url.startswith("/es/")
    response = get_ok(client, url)
    assert text(find(response, '//*[@id="verification-status"]')).startswith(
        "Nuestro personal está revisando sus identificadores."
    )
    assert texts(find_all(response, '//*[@id="dashboard-actions"]/a')) == [
        "Editar organización",
        "Miembros",
        "Página pública",
    ]
    assert text(find(response, f"//h1//span[{has_class('badge')}]")) == "Pendiente de revisión"
    assert text(find(response, '//h2[@id="members-heading"]')) == "Miembros"
    assert "Propietario" in text(find(response, '//section[@aria-labelledby="members-heading"]'))
    assert text(find(response, "//title")).startswith("Panel · Botica del Valle")

    # The same page at its English address stays English: the words follow the URL.
    english = client.get(at("en", "employers:dashboard"))
    assert texts(find_all(english, '//*[@id="dashboard-actions"]/a'))[0] == "Edit organisation"


def test_a_rejected_dashboard_tells_the_owner_what_to_do_in_spanish(client, owner, organisation):
    organisation.verification = "rejected"
    organisation.rejection_reason = "El NPI es de otra farmacia."
    organisation.save()
    client.force_login(owner)
    status = text(find(get_ok(client, es("employers:dashboard")), '//*[@id="verification-status"]'))
    assert "No pudimos verificar esta organización." in status
    assert "Corrija los datos para que se revise de nuevo." in status


def test_the_members_page_is_spanish(client, owner, recruiter, organisation):
    InvitationFactory(organisation=organisation, email="nueva@botica.example", invited_by=owner)
    client.force_login(owner)
    response = get_ok(client, es("employers:members", organisation.slug))
    table = find(response, '//table[@id="members-table"]')
    assert text(find(table, ".//caption")) == "Miembros y sus funciones"
    assert texts(find_all(table, ".//thead/tr/th"))[:3] == [
        "Nombre",
        "Correo electrónico",
        "Función",
    ]
    assert {cell.get("data-label") for cell in find_all(table, ".//tbody//td[@data-label]")} == {
        "Nombre",
        "Correo electrónico",
        "Función",
    }
    assert "Reclutador" in texts(find_all(table, './/td[@data-label="Función"]'))
    remove = find_all(table, f".//a[{has_class('button--danger')}]")
    assert text(remove[-1]) == "Quitar a reclutador@botica.example"
    assert text(find(response, '//h2[@id="invite-heading"]')) == "Invitar a un reclutador"
    assert text(find(response, '//button[@id="invite-submit"]')) == "Enviar invitación"
    invite_form = find(response, '//section[@aria-labelledby="invite-heading"]')
    assert "Correo electrónico" in text(find(invite_form, ".//label"))
    pending = find(response, '//section[@aria-labelledby="pending-heading"]')
    assert text(find(pending, ".//h2")) == "Invitaciones abiertas"
    assert re.search(r"— vence el \d{1,2} [a-z]{3} \d{4}", text(pending))  # "9 dic 2026"
    assert text(find(pending, ".//button")) == "Retirar la invitación a nueva@botica.example"


def test_a_recruiter_reads_why_they_cannot_invite_in_spanish(client, recruiter, organisation):
    client.force_login(recruiter)
    response = get_ok(client, es("employers:members", organisation.slug))
    assert text(find(response, '//*[@id="members-owner-note"]')) == (
        "Solo los propietarios invitan y quitan miembros."
    )


def test_the_remove_confirmation_is_spanish(client, owner, recruiter, organisation):
    client.force_login(owner)
    membership = recruiter.memberships.get()
    response = get_ok(client, es("employers:member_remove", organisation.slug, membership.pk))
    assert text(find(response, "//h1")) == ("¿Quitar a Luis Reclutador de Botica del Valle?")
    assert "dejará de ver los empleos, los solicitantes y el panel de Botica del Valle" in text(
        find(response, '//*[@id="remove-consequences"]')
    )
    assert text(find(response, '//button[@id="remove-submit"]')) == (
        "Quitar a reclutador@botica.example"
    )
    assert text(find(response, '//a[@id="remove-cancel"]')) == "Cancelar"
    own = owner.memberships.get()
    leaving = get_ok(client, es("employers:member_remove", organisation.slug, own.pk))
    assert text(find(leaving, "//h1")) == "¿Salir de Botica del Valle?"


def test_the_organisation_forms_are_spanish(client, owner, organisation):
    client.force_login(owner)
    edit = get_ok(client, es("employers:edit", organisation.slug))
    assert text(find(edit, "//h1")) == "Editar Botica del Valle"
    assert text(find(edit, '//button[@id="organisation-submit"]')) == "Guardar cambios"

    newcomer = EmployerUserFactory(language="es")
    client.force_login(newcomer)
    create = get_ok(client, es("employers:create"))
    assert text(find(create, "//h1")) == "Cree su organización"
    assert text(find(create, '//*[@id="organisation-form-note"]')).startswith(
        "Usted será su propietario."
    )
    assert text(find(create, '//button[@id="organisation-submit"]')) == "Crear organización"


def test_the_public_organisation_page_is_spanish(client, owner, organisation):
    client.force_login(owner)  # unverified: only members see it
    response = get_ok(client, es("employers:organisation", organisation.slug))
    assert text(find(response, '//*[@id="organisation-visibility"]')).startswith(
        "Solo los miembros y los moderadores pueden ver esta página"
    )
    facts = texts(find_all(response, '//dl[@id="organisation-facts"]/dt'))
    assert facts[:2] == ["Sede", "Sitio web"]
    assert text(find(response, '//h2[@id="about-heading"]')) == "Acerca de Botica del Valle"
    description = find(response, '//meta[@name="description"]').get("content")
    assert description == "Empleos de técnico de farmacia en Botica del Valle."


def test_the_invitation_pages_are_spanish(client, owner, organisation):
    invitation = InvitationFactory(
        organisation=organisation, email="nueva@botica.example", invited_by=owner
    )
    response = get_ok(client, es("employers:invitation_accept", invitation.token))
    assert text(find(response, "//h1")) == "Únase a Botica del Valle"
    terms = text(find(response, '//*[@id="invitation-terms"]'))
    assert terms.startswith("Le invitan a reclutar para Botica del Valle como reclutador.")
    assert "vence el" in terms
    assert text(find(response, '//*[@id="invitation-next-step"]')) == (
        "Para aceptar, inicie sesión o cree una cuenta de empleador con nueva@botica.example."
    )

    invitee = EmployerUserFactory(email="nueva@botica.example", language="es")
    client.force_login(invitee)
    response = get_ok(client, es("employers:invitation_accept", invitation.token))
    assert text(find(response, '//form[@id="invitation-accept-form"]//button')) == (
        "Aceptar y unirse"
    )

    expired = InvitationFactory(
        organisation=organisation,
        email="tarde@botica.example",
        expires_at=timezone.now() - timedelta(minutes=1),
    )
    response = client.get(es("employers:invitation_accept", expired.token))
    assert response.status_code == 410 and parse(response).get("lang") == "es"
    assert text(find(response, "//h1")) == "Esta invitación no se puede usar"
    assert text(find(response, '//*[@id="invitation-problem"]')).startswith(
        "Esta invitación venció."
    )


def test_the_employers_start_page_is_spanish(client):
    response = get_ok(client, es("employers:start"))
    assert text(find(response, '//h1[@id="employers-start-heading"]')) == (
        "Contrate técnicos de farmacia"
    )
    assert len(find_all(response, '//ul[@id="employers-start-points"]/li')) == 3
    assert text(find(response, '//a[@id="employers-start-signup"]')) == (
        "Crear una cuenta de empleador"
    )


def test_the_verification_queue_is_spanish(client, owner, organisation):
    moderator = ModeratorFactory(language="es")
    client.force_login(moderator)
    response = get_ok(client, es("employers:moderation"))
    card = find(response, f'//article[@aria-labelledby="org-{organisation.pk}"]')
    assert [text(b) for b in find_all(card, ".//button")] == [
        "Verificar Botica del Valle",
        "Rechazar Botica del Valle",
    ]
    assert "Sede" in texts(find_all(card, ".//dt"))
    assert text(find(card, f'.//label[@for="reason-{organisation.pk}"]')) == (
        "Motivo del rechazo (se envía por correo al propietario)"
    )
    assert text(find(response, '//*[@id="changes-empty"]')) == "No hay cambios pendientes."
    assert text(find(response, '//*[@id="rejected-empty"]')) == "No hay organizaciones rechazadas."
