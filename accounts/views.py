from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.views.decorators.http import require_POST

from .page_versions import page_url_in

ROLE_START = {
    "job_seeker": "candidates:start",
    "employer": "employers:start",
}


@login_required
def home(request):
    """Where a signed-in person lands: their role's starting page."""
    user = request.user
    if user.is_staff and not user.role:
        return redirect("wagtailadmin_home")
    try:
        return redirect(reverse(ROLE_START[user.role]))
    except (KeyError, NoReverseMatch):
        return render(request, "accounts/choose_role.html")


def admin_login_redirect(request):
    """Send Wagtail admin sign-ins through allauth's login."""
    next_url = request.GET.get(REDIRECT_FIELD_NAME, reverse("wagtailadmin_home"))
    return redirect(f"{reverse('account_login')}?{urlencode({REDIRECT_FIELD_NAME: next_url})}")


@require_POST
def language_set(request):
    """Switch language: the same page in the chosen one, the choice kept in a cookie and, for a
    signed-in person, on their account so their emails follow it."""
    language = request.POST.get("language", "")
    next_url = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    if language not in dict(settings.LANGUAGES):
        return redirect(next_url)
    # The page's own language is in its path (/es/…), not in this URL's.
    target = page_url_in(request, next_url, language)
    if target is None:
        # The page's own language is in its path (/es/…), not in this URL's.
        with translation.override(translation.get_language_from_path(next_url) or "en"):
            target = translate_url(next_url, language)
    response = redirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        httponly=True,
    )
    user = request.user
    if user.is_authenticated and user.language != language:
        user.language = language
        user.save(update_fields=["language"])
    return response
