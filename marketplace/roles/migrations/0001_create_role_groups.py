"""Create the marketplace's roles as groups with their permissions.

The role data is copied here rather than imported from marketplace.roles.definitions:
a migration records what was done at one point in history, so replaying it on a new
database must give the same groups whatever the definitions say by then. Changing a
role means adding a migration; tests/roles compares the database with the
definitions, so a forgotten migration fails a test.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations
from django.db.models import Q

ROLES = {
    "Buyers": {},
    "Sellers": {
        "permissions": [
            "partner.dashboard_access",
            "catalogue.add_product", "catalogue.change_product", "catalogue.view_product",
            "catalogue.add_productimage", "catalogue.change_productimage",
            "catalogue.view_productimage",
            "catalogue.add_productattributevalue", "catalogue.change_productattributevalue",
            "catalogue.view_productattributevalue",
            "partner.add_stockrecord", "partner.change_stockrecord", "partner.view_stockrecord",
            "order.view_order", "order.view_line",
        ],
    },
    "Content editors": {
        "permissions": ["wagtailadmin.access_admin"],
        "page_permissions": ["add_page", "change_page", "publish_page"],
        "collection_permissions": [
            "wagtailimages.add_image", "wagtailimages.change_image", "wagtailimages.choose_image",
            "wagtaildocs.add_document", "wagtaildocs.change_document",
            "wagtaildocs.choose_document",
        ],
    },
    "Compliance officers": {
        "permissions": [
            "catalogue.view_product", "catalogue.change_product",
            "partner.view_partner", "partner.view_stockrecord",
            "order.view_order", "order.view_line",
        ],
    },
    "Platform admins": {
        "permissions": ["partner.dashboard_access", "wagtailadmin.access_admin"],
        "all_permissions_of_apps": [
            "catalogue", "partner", "order", "customer", "currency", "offer", "voucher",
        ],
        "page_permissions": [
            "add_page", "bulk_delete_page", "change_page",
            "lock_page", "publish_page", "unlock_page",
        ],
        "collection_permissions": [
            "wagtailimages.add_image", "wagtailimages.change_image", "wagtailimages.choose_image",
            "wagtaildocs.add_document", "wagtaildocs.change_document",
            "wagtaildocs.choose_document",
            "wagtailimages.delete_image", "wagtaildocs.delete_document",
        ],
    },
}


def create_missing_permissions(apps):
    # Django creates permissions in post_migrate, after every migration has run, so on a
    # new database none exist yet. create_permissions skips app configs without a models
    # module, which the migration registry's stubs never have: lend them one for the call.
    for app_config in apps.get_app_configs():
        models_module = getattr(app_config, "models_module", None)
        app_config.models_module = models_module or True
        try:
            create_permissions(app_config, apps=apps, verbosity=0)
        finally:
            app_config.models_module = models_module


def permissions_named(apps, dotted_names):
    """The Permission rows for "app_label.codename" names; a name without a row is a bug."""
    Permission = apps.get_model("auth", "Permission")
    if not dotted_names:
        return []
    wanted = Q()
    for dotted in dotted_names:
        app_label, codename = dotted.split(".", 1)
        wanted |= Q(content_type__app_label=app_label, codename=codename)
    found = list(Permission.objects.filter(wanted).select_related("content_type"))
    missing = set(dotted_names) - {f"{p.content_type.app_label}.{p.codename}" for p in found}
    if missing:
        raise LookupError(f"Permissions not found: {', '.join(sorted(missing))}")
    return found


def grant_and_revoke(grants):
    """RunPython functions that add {group name: ["app_label.codename", ...]} and take them back.

    Later role migrations freeze their own grants and share this, so each stays data only.
    """

    def grant(apps, schema_editor):
        Group = apps.get_model("auth", "Group")
        create_missing_permissions(apps)
        for name, permissions in grants.items():
            group, _created = Group.objects.get_or_create(name=name)
            group.permissions.add(*permissions_named(apps, permissions))

    def revoke(apps, schema_editor):
        Group = apps.get_model("auth", "Group")
        for name, permissions in grants.items():
            group = Group.objects.filter(name=name).first()
            if group is not None:
                group.permissions.remove(*permissions_named(apps, permissions))

    return grant, revoke


def grant_page_permissions(apps, group, codenames):
    Page = apps.get_model("wagtailcore", "Page")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    root = Page.objects.get(depth=1)
    for codename in codenames:
        permission = Permission.objects.get(
            content_type__app_label="wagtailcore", content_type__model="page", codename=codename
        )
        GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)


def grant_collection_permissions(apps, group, dotted_names):
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.get(depth=1)
    for permission in permissions_named(apps, dotted_names):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=permission
        )


def create_role_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    create_missing_permissions(apps)
    for name, role in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions_named(apps, role.get("permissions", [])))
        whole_apps = role.get("all_permissions_of_apps")
        if whole_apps:
            group.permissions.add(
                *Permission.objects.filter(content_type__app_label__in=whole_apps)
            )
        grant_page_permissions(apps, group, role.get("page_permissions", []))
        grant_collection_permissions(apps, group, role.get("collection_permissions", []))


def delete_role_groups(apps, schema_editor):
    # Page and collection permissions of a group go with it (on_delete=CASCADE).
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    # The latest migration of every app whose permissions are granted: their models must
    # be complete in the migration state for create_permissions to see them.
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("catalogue", "0033_translated_fields"),
        ("partner", "0007_partneraddress_code"),
        ("order", "0021_billingaddress_code_shippingaddress_code"),
        ("customer", "0008_assign_permissions_to_staff"),
        ("currency", "0001_initial"),
        ("offer", "0013_range_excluded_categories"),
        ("voucher", "0010_auto_20210224_0712"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_role_groups, delete_role_groups)]
