from django.db import migrations

# Moderators verify and reject organisations from the Django admin too.
PERMISSIONS = {
    "view_organisation": ("organisation", "Can view organisation"),
    "change_organisation": ("organisation", "Can change organisation"),
    "view_membership": ("membership", "Can view membership"),
    "view_invitation": ("invitation", "Can view invitation"),
}


def grant(apps, schema_editor):
    # Permissions are normally created after migrate; make sure these exist already.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name="Moderators")
    for codename, (model, name) in PERMISSIONS.items():
        content_type, _created = ContentType.objects.get_or_create(
            app_label="employers", model=model
        )
        permission, _created = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="Moderators").first()
    if group:
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="employers", codename__in=PERMISSIONS
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("employers", "0002_organisation_verification_invitations"),
        ("accounts", "0002_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
