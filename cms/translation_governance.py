"""A page's translation is governed like the page it translates.

Workflows and group page permissions are assigned per page in Wagtail, so a translated section
would otherwise escape the counsellors' review and their edit rights. When a page is copied into
another language (simple_translation's "Translate", or the demo seed), the copy gets the
source's own workflow assignment and group permissions; its descendants inherit them as usual.
"""

from wagtail.models import GroupPagePermission, Page, WorkflowPage
from wagtail.signals import copy_for_translation_done


def govern_like_source(sender, source_obj, target_obj, **kwargs) -> None:
    if not isinstance(source_obj, Page) or not isinstance(target_obj, Page):
        return
    assigned = WorkflowPage.objects.filter(page=source_obj).select_related("workflow").first()
    if assigned is not None:
        WorkflowPage.objects.get_or_create(
            page=target_obj, defaults={"workflow": assigned.workflow}
        )
    for grant in GroupPagePermission.objects.filter(page=source_obj):
        GroupPagePermission.objects.get_or_create(
            group_id=grant.group_id, page=target_obj, permission_id=grant.permission_id
        )


def connect() -> None:
    copy_for_translation_done.connect(govern_like_source, dispatch_uid="cms.govern_like_source")
