"""The perimeter: request inputs refused early, and the headers every response carries."""

import re

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpResponseBadRequest, JsonResponse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _

# C0 controls other than tab, LF and CR, plus DEL: no form of ours sends them, and a NUL makes
# PostgreSQL refuse the query (DataError, a 500) wherever the value reaches the database.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# Views that read control characters in their query string as spaces themselves (the search
# page: a pasted NUL in the keywords gives a page, not a 400; search.filters.as_query_dict).
TOLERANT_VIEWS = frozenset({"search:jobs"})
MESSAGE = _("Control characters are not allowed in the address.")


class RejectControlCharactersMiddleware:
    """Answer 400 to a request whose path or query string holds a control character (the
    query string of a TOLERANT_VIEWS view excepted)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if CONTROL_CHARACTERS.search(request.path):
            return refusal(request)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        # Here, not in __call__: which view answers is known only once the URL is resolved
        # (under /es/ it resolves after LocaleMiddleware has set the language).
        match = request.resolver_match
        if match is not None and match.view_name in TOLERANT_VIEWS:
            return None
        if any(
            CONTROL_CHARACTERS.search(key) or CONTROL_CHARACTERS.search(value)
            for key, values in request.GET.lists()
            for value in values
        ):
            return refusal(request)
        return None


def refusal(request):
    """The 400, in the language of the address (``/es/…`` Spanish): a path refused here has not
    reached LocaleMiddleware, so the language is read from the path as LocaleMiddleware does."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        message = str(MESSAGE)
    if request.path.startswith("/api/"):  # the API answers JSON, as its schema says
        response = JsonResponse({"detail": message, "errors": {}}, status=400)
    else:
        response = HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
    response.headers["Content-Language"] = language
    return response


class PermissionsPolicyMiddleware:
    """Send settings.PERMISSIONS_POLICY as the Permissions-Policy header."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(allowed)})"
            for feature, allowed in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response


class PrivateCacheMiddleware:
    """Pages for a signed-in user are theirs alone: `Cache-Control: private` unless the view
    already said something at least as strict (private or no-store)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # No session cookie means anonymous: answer without touching the session (which would
        # add `Vary: Cookie` to every public page).
        if settings.SESSION_COOKIE_NAME not in request.COOKIES:
            return response
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return response
        current = response.get("Cache-Control", "").lower()
        if "private" not in current and "no-store" not in current:
            patch_cache_control(response, private=True)
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with settings.CSP_PATH_REPLACE applied by path prefix: the
    Wagtail admin needs allowances the public site does not, and only it gets them."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if report_only or parts.config is not None:
            return parts
        for prefix, replace in settings.CSP_PATH_REPLACE.items():
            if request.path_info.startswith(prefix):
                parts.replace = {**replace, **(parts.replace or {})}
                break
        return parts
