"""Résumé downloads, only through the access rule."""

from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from candidates.models import Resume

from ..access import can_download_resume
from ..services import resume_download_record, resume_downloads_exhausted

# Résumés ----------------------------------------------------------------------------------------


def resume_download(request, pk):
    if not request.user.is_authenticated:
        return redirect(f"{reverse('account_login')}?next={request.path}")
    resume = get_object_or_404(Resume.objects.select_related("profile"), pk=pk)
    if not can_download_resume(request.user, resume):
        raise Http404("No such résumé.")
    if resume.profile.user_id != request.user.pk:
        if resume_downloads_exhausted(by=request.user):
            response = HttpResponse(_("Too many résumé downloads; try again later."), status=429)
            response["Retry-After"] = "3600"
            return response
        resume_download_record(resume=resume, by=request.user)
    response = FileResponse(
        resume.open(),
        as_attachment=True,
        filename=resume.original_name,
        content_type=resume.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
