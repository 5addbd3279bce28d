"""Alert pages: sign up (guests and signed-in users), confirm, manage, unsubscribe."""

from __future__ import annotations

from allauth.core import ratelimit
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.http import QueryDict
from django.middleware.csrf import CsrfViewMiddleware
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from . import services, tokens
from .forms import AlertEditForm, AlertForm, ReasonForm
from .models import Alert, AlertDelivery
from .params import canonical, describe

RATE_LIMIT_ACTION = "alert_signup"
ONE_CLICK = "One-Click"


@require_http_methods(["GET", "POST"])
def alert_new(request):
    if request.method == "POST":
        if not ratelimit.consume(request, action=RATE_LIMIT_ACTION):
            return ratelimit.respond_429(request)
        form = AlertForm(request.POST, user=request.user)
        if form.is_valid():
            data = form.cleaned_data
            outcome = services.alert_subscribe(
                params=form.params,
                frequency=data["frequency"],
                name=data["name"],
                user=form.user,
                email=data.get("email", ""),
            )
            if form.user is not None:
                if outcome.created:
                    messages.success(request, _("Alert saved. We'll email you new jobs."))
                else:
                    messages.info(request, _("You already have an alert for this search."))
                return redirect("alerts:detail", outcome.alert.pk)
            context = {"outcome": outcome, "confirm_days": tokens.CONFIRM_MAX_AGE.days}
            return render(request, "alerts/check_email.html", context, status=201)
    else:
        form = AlertForm(initial={"query": request.GET.urlencode()}, user=request.user)
    query = form.data.get("query") if form.is_bound else form.initial["query"]
    return render(
        request,
        "alerts/alert_new.html",
        {"form": form, "summary": describe(canonical(QueryDict(query or "")))},
    )


@login_required
def alert_list(request):
    alerts = Alert.objects.filter(user=request.user).prefetch_related(
        Prefetch("deliveries", queryset=AlertDelivery.objects.order_by("-sent_at"))
    )
    return render(request, "alerts/alert_list.html", {"alerts": alerts})


def _own(request, pk) -> Alert:
    return get_object_or_404(Alert, pk=pk, user=request.user)


@login_required
@require_http_methods(["GET", "POST"])
def alert_detail(request, pk):
    alert = _own(request, pk)
    if request.method == "POST":
        form = AlertEditForm(request.POST, instance=alert)
        if form.is_valid():
            if "paused" in form.changed_data:
                alert.paused_reason = (
                    Alert.PausedReason.OWNER if alert.paused else Alert.PausedReason.NONE
                )
            form.save()
            messages.success(request, _("Alert updated."))
            return redirect("alerts:detail", alert.pk)
    else:
        form = AlertEditForm(instance=alert)
    last = alert.deliveries.prefetch_related("jobs__job__organisation").first()
    return render(
        request,
        "alerts/alert_detail.html",
        {
            "alert": alert,
            "form": form,
            "last_delivery": last,
            "search_url": services.search_url(alert),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def alert_delete(request, pk):
    alert = _own(request, pk)
    if request.method == "POST":
        alert.delete()
        messages.success(request, _("Alert deleted."))
        return redirect("alerts:list")
    return render(request, "alerts/alert_delete.html", {"alert": alert})


def _bad_token(request, reason: str):
    return render(request, "alerts/bad_token.html", {"reason": reason}, status=400)


@require_http_methods(["GET", "POST"])
def alert_confirm(request, token):
    try:
        pk, key = tokens.confirm_alert_id(token)
    except tokens.BadToken as exc:
        return _bad_token(request, str(exc))
    alert = services.alert_from_token(pk, key)
    if alert is None:
        return _bad_token(request, "gone")
    if request.method == "POST":
        services.alert_confirm(alert)
        return render(request, "alerts/confirmed.html", {"alert": alert, "token": token})
    return render(request, "alerts/confirm.html", {"alert": alert})


@csrf_exempt
@require_http_methods(["GET", "POST"])
def alert_unsubscribe(request, token):
    """GET: a page with the button. POST: leave. CSRF is waived only for the RFC 8058
    one-click POST a mail client sends (body ``List-Unsubscribe=One-Click``) with a valid
    token; the page's own form is CSRF-checked as usual."""
    try:
        pk, key = tokens.unsubscribe_alert_id(token)
    except tokens.BadToken:
        return _bad_token(request, "forged")
    one_click = request.method == "POST" and request.POST.get("List-Unsubscribe") == ONE_CLICK
    if request.method == "POST" and not one_click:
        rejected = CsrfViewMiddleware(lambda r: None).process_view(request, None, (), {})
        if rejected is not None:
            return rejected
    alert = services.alert_from_token(pk, key)
    if request.method == "GET":
        if alert is None:
            return render(request, "alerts/goodbye.html", {"token": token, "form": ReasonForm()})
        return render(request, "alerts/unsubscribe.html", {"alert": alert})
    if alert is not None:
        services.alert_unsubscribe(alert)
    if one_click:
        return render(request, "alerts/goodbye.html", {"token": token, "one_click": True})
    return render(request, "alerts/goodbye.html", {"token": token, "form": ReasonForm()})


@require_POST
def alert_goodbye(request, token):
    try:
        tokens.unsubscribe_alert_id(token)
    except tokens.BadToken:
        return _bad_token(request, "forged")
    form = ReasonForm(request.POST)
    if form.is_valid():
        services.reason_record(form.cleaned_data["reason"])
        return render(request, "alerts/goodbye.html", {"thanks": True})
    return render(request, "alerts/goodbye.html", {"token": token, "form": form}, status=400)
