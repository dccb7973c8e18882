"""The marketplace's roles: who may do what, as data.

Each role becomes a Django group. Permissions are written "app_label.codename"
so they read the same way as `user.has_perm(...)`. Wagtail keeps two kinds of
permission off the group itself: page permissions hang on a page of the tree
(GroupPagePermission) and image/document permissions on a collection
(GroupCollectionPermission); both are granted on the root, so they cover
everything below it.

Migration 0001 applied a frozen copy of these definitions; a change here needs
a new migration in marketplace/roles/migrations/, and tests/roles compares the
database with this module so the two cannot drift apart unnoticed.
"""

from dataclasses import dataclass

BUYERS = "Buyers"
SELLERS = "Sellers"
CONTENT_EDITORS = "Content editors"
CONTENT_REVIEWERS = "Content reviewers"
COMPLIANCE_OFFICERS = "Compliance officers"
PLATFORM_ADMINS = "Platform admins"
IP_MODERATORS = "IP moderators"


@dataclass(frozen=True)
class Role:
    name: str
    #: "app_label.codename" granted to the group directly.
    permissions: tuple[str, ...] = ()
    #: App labels whose every model permission the group holds.
    all_permissions_of_apps: tuple[str, ...] = ()
    #: Wagtail page permission codenames ("add_page", ...) on the root page.
    page_permissions: tuple[str, ...] = ()
    #: "app_label.codename" of image/document permissions on the root collection.
    collection_permissions: tuple[str, ...] = ()


def _crud(app_label, model, actions=("add", "change", "view")):
    return tuple(f"{app_label}.{action}_{model}" for action in actions)


DASHBOARD_ACCESS = "partner.dashboard_access"
WAGTAIL_ADMIN_ACCESS = "wagtailadmin.access_admin"

# Wagtail's own "Editors" group may add, change and choose images and documents
# anywhere; content editors get the same.
EDITOR_COLLECTION_PERMISSIONS = (
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
)

ROLES = (
    # Buyers browse, ask for quotes and order through the shop's front end, which
    # needs an account but no model permission.
    Role(name=BUYERS),
    Role(
        name=SELLERS,
        permissions=(
            DASHBOARD_ACCESS,
            *_crud("catalogue", "product"),
            *_crud("catalogue", "productimage"),
            *_crud("catalogue", "productattributevalue"),
            *_crud("partner", "stockrecord"),
            *_crud("partner", "pricetier"),
            *_crud("partner", "incotermoffer"),
            "order.view_order",
            "order.view_line",
        ),
    ),
    Role(
        name=CONTENT_EDITORS,
        # Translating a page means submitting it to wagtail-localize (roles 0007).
        permissions=(WAGTAIL_ADMIN_ACCESS, "wagtail_localize.submit_translation"),
        page_permissions=("add_page", "change_page", "publish_page"),
        collection_permissions=EDITOR_COLLECTION_PERMISSIONS,
    ),
    Role(
        name=COMPLIANCE_OFFICERS,
        permissions=(
            "catalogue.view_product",
            # Unpublishing a non-compliant listing is a change of Product.is_public.
            "catalogue.change_product",
            "partner.view_partner",
            "partner.view_stockrecord",
            "order.view_order",
            "order.view_line",
            # The listing review queue, its decision log and the prohibited HS code list.
            "moderation.review_listing",
            "moderation.view_listingdecision",
            *_crud("moderation", "prohibitedhscode"),
            # Risk alerts, stop-sale, recalls and watch lists (marketplace/risk), and the
            # batches and trace facts they act on.
            "risk.manage_alerts",
            "risk.recall_batches",
            "risk.manage_watch_lists",
            "risk.view_alert",
            "risk.view_recall",
            "risk.view_watchlist",
            "traceability.view_batch",
            "traceability.view_batchallocation",
        ),
    ),
    Role(
        name=PLATFORM_ADMINS,
        permissions=(DASHBOARD_ACCESS, WAGTAIL_ADMIN_ACCESS),
        all_permissions_of_apps=(
            "catalogue", "partner", "order", "customer", "currency", "offer", "voucher", "sellers",
            "moderation", "ip_complaints", "risk", "returns", "traceability", "seller_rating",
            "listing_holds",
        ),
        page_permissions=(
            "add_page", "bulk_delete_page", "change_page",
            "lock_page", "publish_page", "unlock_page",
        ),
        collection_permissions=(
            *EDITOR_COLLECTION_PERMISSIONS,
            "wagtailimages.delete_image",
            "wagtaildocs.delete_document",
        ),
    ),
)

ROLES = (
    *ROLES,
    # Intellectual-property moderators work the notice-and-takedown queue at
    # /dashboard/ip-complaints/. They do not decide on manufacturer filings: a seller
    # suspended by the strike rule is suspended through the rule's own account
    # (marketplace.ip_complaints.services._sellers_actor).
    Role(
        name=IP_MODERATORS,
        permissions=(
            "ip_complaints.moderate_complaint",
            "ip_complaints.view_complaint",
            "ip_complaints.view_listingcase",
            "ip_complaints.view_evidence",
            "ip_complaints.view_caseevent",
            "ip_complaints.view_strike",
            "ip_complaints.view_suspension",
            "catalogue.view_product",
            "partner.view_partner",
            "partner.view_stockrecord",
        ),
    ),
)

ROLES = (
    *ROLES,
    # Content reviewers approve or reject pages in the "News review" workflow (roles 0007);
    # Wagtail publishes an approved page as its reviewer, hence change and publish.
    Role(name=CONTENT_REVIEWERS, permissions=(WAGTAIL_ADMIN_ACCESS,),
         page_permissions=("change_page", "publish_page")),
)

ROLE_NAMES = tuple(role.name for role in ROLES)
