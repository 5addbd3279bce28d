"""The page shown when an application action is refused (with the right status code)."""

from django.shortcuts import render


def refused_page(request, message, status, *, job=None):
    return render(
        request,
        "applications/refused.html",
        {"message": message, "job": job},
        status=status,
    )
