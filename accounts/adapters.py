from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse


class AccountAdapter(DefaultAccountAdapter):
    """Send people to their role's starting page after they sign in or verify."""

    def get_login_redirect_url(self, request):
        return reverse("accounts:home")

    def get_email_verification_redirect_url(self, email_address):
        return reverse("accounts:home")
