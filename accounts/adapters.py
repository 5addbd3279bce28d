from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation

from . import mail


class AccountAdapter(DefaultAccountAdapter):
    """Send people to their role's starting page after they sign in or verify; allauth's
    emails (confirmation, password reset, …) go through ``accounts.mail`` like every other."""

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Queue the email after commit, named "RxTech Careers", its links on ``SITE_URL``."""
        request = self.request or allauth_context.request
        origin = request.build_absolute_uri("/") if request is not None else None
        context = {"email": email, **context}
        if origin:
            # allauth builds its links from the request's host; emails link to SITE_URL.
            context = {
                key: mail.absolute_url(value[len(origin) :])
                if isinstance(value, str) and value.startswith(origin)
                else value
                for key, value in context.items()
            }
        mail.mail_send_templated(template_prefix=template_prefix, context=context, to=[email])

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
