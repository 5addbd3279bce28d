from django.shortcuts import render


def start(request):
    """The employers' landing page; a placeholder until the organisation pages exist."""
    return render(request, "employers/start.html")
