from django.contrib.auth.decorators import login_required
from django.shortcuts import render


@login_required
def start(request):
    """Placeholder landing page for job seekers until the profile pages exist."""
    return render(request, "candidates/start.html")
