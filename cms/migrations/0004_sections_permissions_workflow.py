"""The /guides/ and /states/ sections, who may edit them, and the counsellors' review workflow.

- Career counsellors: Wagtail admin access; add/change (never publish) pages under the two
  sections only; add/change/choose images in the root collection; add/change state rules.
- Moderators: add/change/publish/lock/unlock on the whole tree (Wagtail's own initial data
  grants the same on the root; this makes it explicit and survives edits to that data).
- Workflow "Counsellor review": one group-approval task for Moderators, on both sections.
"""

from django.db import migrations
from django.utils import timezone

COUNSELLORS = "Career counsellors"
MODERATORS = "Moderators"
WORKFLOW = "Counsellor review"
TASK = "Moderator approval of counsellor pages"
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEPLEN = 4

SECTIONS = [
    # (slug, model, title, intro)
    (
        "guides",
        "guideindexpage",
        "Career guides",
        "Practical guides for pharmacy technicians: certification, state rules and careers.",
    ),
    (
        "states",
        "staterequirementsindexpage",
        "State requirements",
        "What each state asks of pharmacy technicians, with the source and the date we checked.",
    ),
]


def _permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def _page_permission(apps, codename):
    names = {
        "add_page": "Can add page",
        "change_page": "Can change page",
        "publish_page": "Publish any page",
        "lock_page": "Lock/unlock pages you've locked",
        "unlock_page": "Unlock any page",
    }
    return _permission(apps, "wagtailcore", "page", codename, names[codename])


def _next_child_path(Page, parent):
    last = (
        Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    number = int(last[-STEPLEN:], 36) + 1 if last else 1
    suffix = ""
    while number:
        number, digit = divmod(number, 36)
        suffix = ALPHABET[digit] + suffix
    return parent.path + suffix.rjust(STEPLEN, "0")


def _section(apps, home, slug, model, title, intro):
    Page = apps.get_model("wagtailcore.Page")
    ContentType = apps.get_model("contenttypes.ContentType")
    Model = apps.get_model("cms", model)
    existing = Page.objects.filter(path__startswith=home.path, depth=home.depth + 1, slug=slug)
    if existing.exists():
        return existing.get()
    now = timezone.now()
    content_type, _ = ContentType.objects.get_or_create(app_label="cms", model=model)
    page = Model.objects.create(
        title=title,
        draft_title=title,
        slug=slug,
        intro=intro,
        content_type=content_type,
        path=_next_child_path(Page, home),
        depth=home.depth + 1,
        numchild=0,
        url_path=f"{home.url_path}{slug}/",
        live=True,
        has_unpublished_changes=False,
        first_published_at=now,
        last_published_at=now,
        locale_id=home.locale_id,
    )
    Page.objects.filter(pk=home.pk).update(numchild=home.numchild + 1)
    home.numchild += 1
    return Page.objects.get(pk=page.pk)


def forwards(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    ContentType = apps.get_model("contenttypes.ContentType")

    counsellors, _ = Group.objects.get_or_create(name=COUNSELLORS)
    moderators, _ = Group.objects.get_or_create(name=MODERATORS)
    site = Site.objects.filter(is_default_site=True).first()
    home = Page.objects.get(pk=site.root_page_id) if site else Page.objects.get(depth=2)
    sections = [_section(apps, home, *section) for section in SECTIONS]

    access_admin = _permission(apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")
    # State rules moved to pharmacy (its 0001); databases that ran this before the move get
    # their content type renamed by cms 0005, so both end with permissions on pharmacy's.
    rule_permissions = [
        _permission(apps, "pharmacy", "staterule", "add_staterule", "Can add state rule"),
        _permission(apps, "pharmacy", "staterule", "change_staterule", "Can change state rule"),
    ]
    for group in (counsellors, moderators):
        group.permissions.add(access_admin, *rule_permissions)

    for section in sections:
        for codename in ("add_page", "change_page"):
            GroupPagePermission.objects.get_or_create(
                group=counsellors, page=section, permission=_page_permission(apps, codename)
            )
    root_page = Page.objects.get(depth=1)
    for codename in ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"):
        GroupPagePermission.objects.get_or_create(
            group=moderators, page=root_page, permission=_page_permission(apps, codename)
        )

    root_collection = Collection.objects.get(depth=1)
    for codename, name in (
        ("add_image", "Can add image"),
        ("change_image", "Can change image"),
        ("choose_image", "Can choose image"),
    ):
        GroupCollectionPermission.objects.get_or_create(
            group=counsellors,
            collection=root_collection,
            permission=_permission(apps, "wagtailimages", "image", codename, name),
        )

    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK, content_type=task_type, active=True)
    task.groups.set([moderators])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for section in sections:
        WorkflowPage.objects.update_or_create(page=section, defaults={"workflow": workflow})


def backwards(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore.Workflow")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    counsellors = Group.objects.filter(name=COUNSELLORS).first()
    if counsellors:
        GroupPagePermission.objects.filter(group=counsellors).delete()
        GroupCollectionPermission.objects.filter(group=counsellors).delete()
        counsellors.permissions.clear()
    Workflow.objects.filter(name=WORKFLOW).delete()
    GroupApprovalTask.objects.filter(name=TASK).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0003_guides_states_home"),
        ("accounts", "0002_groups"),
        ("candidates", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
