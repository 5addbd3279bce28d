from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.urls import reverse

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

    def get_login_redirect_url(self, request):
        return reverse("accounts:home")

    def get_email_verification_redirect_url(self, email_address):
        return reverse("accounts:home")
