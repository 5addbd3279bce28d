from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.http import urlencode

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
