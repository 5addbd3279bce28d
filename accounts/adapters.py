from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.conf import settings
from django.db.models import Q
from django.urls import reverse, translate_url
from django.utils import translation

from . import mail
from .models import User


class AccountAdapter(DefaultAccountAdapter):
    """Send people to their role's starting page after they sign in or verify; allauth's
    emails (confirmation, password reset, …) go through ``accounts.mail`` like every other."""

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Queue the email after commit, named "RxTech Careers", its links on ``SITE_URL``,
        in the reader's language: the account's for an address we know, else the page's."""
        request = self.request or allauth_context.request
        origin = request.build_absolute_uri("/") if request is not None else None
        language = reader_language(email)
        context = {"email": email, **context}
        if origin:
            # allauth builds its links from the request's host in the page's language; emails
            # link to SITE_URL, to the page in the language the email is written in.
            context = {
                key: mail.absolute_url(path_in(value[len(origin) - 1 :], language))
                if isinstance(value, str) and value.startswith(origin)
                else value
                for key, value in context.items()
            }
        mail.mail_send_templated(
            template_prefix=template_prefix, context=context, to=[email], language=language
        )

    def save_user(self, request, user, form, commit=True):
        """A new account keeps the language the person signed up in."""
        language = translation.get_language() or settings.LANGUAGE_CODE
        user.language = translation.get_supported_language_variant(language)
        return super().save_user(request, user, form, commit=commit)

    def get_login_redirect_url(self, request):
        """Their role's starting page, in the language they chose for their account."""
        return translate_url(reverse("accounts:home"), request.user.language)

    def get_email_verification_redirect_url(self, email_address):
        return reverse("accounts:home")


def reader_language(email: str) -> str:
    """The language of the account that ``email`` belongs to (its sign-in address or another
    of its addresses); for an address with no account (a sign-up, a reset asked for an unknown
    address), the language of the page the request came from."""
    account_language = (
        User.objects.filter(Q(email__iexact=email) | Q(emailaddress__email__iexact=email))
        .values_list("language", flat=True)
        .first()
    )
    return account_language or translation.get_language() or settings.LANGUAGE_CODE


def path_in(path: str, language: str) -> str:
    """``path`` (``/es/accounts/…/?next=…``) as the same page in ``language``; unchanged when
    it is no page of ours in two languages."""
    # The path's own language must be active to resolve it (i18n_patterns reads the prefix).
    with translation.override(translation.get_language_from_path(path) or settings.LANGUAGE_CODE):
        return translate_url(path, language)
