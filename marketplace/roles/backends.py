"""Authentication backends whose permission sets are cached across requests.

Every storefront page asks whether the visitor may open the seller dashboard (the header
offers "Sell with us" otherwise); Django answers by reading the user's and the groups'
permissions, two queries per request. The set is kept in the cache (Redis in production,
shared by every process) for a few minutes, under a version that any change of
permissions, groups or memberships moves on, so a granted or withdrawn permission counts
at the next request.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend as DjangoModelBackend
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from oscar.apps.customer.auth_backends import EmailBackend as OscarEmailBackend

from marketplace.core.cache_versions import CacheVersion

TTL_SECONDS = 300
PERMISSIONS = CacheVersion("auth:permissions-version")
forget_permissions = PERMISSIONS.bump


class CachedPermissions:
    def get_all_permissions(self, user_obj, obj=None):
        if obj is not None or not user_obj.is_active or user_obj.is_anonymous:
            return super().get_all_permissions(user_obj, obj)
        if hasattr(user_obj, "_perm_cache"):
            return user_obj._perm_cache
        key = f"auth:permissions:{PERMISSIONS.current()}:{user_obj.pk}:{int(user_obj.is_superuser)}"
        permissions = cache.get(key)
        if permissions is None:
            permissions = super().get_all_permissions(user_obj, obj)
            cache.set(key, permissions, TTL_SECONDS)
        user_obj._perm_cache = permissions
        return permissions


class EmailBackend(CachedPermissions, OscarEmailBackend):
    pass


class ModelBackend(CachedPermissions, DjangoModelBackend):
    pass


def connect_signals():
    user_model = get_user_model()
    for through in (user_model.user_permissions.through, user_model.groups.through,
                    Group.permissions.through):
        m2m_changed.connect(forget_permissions, sender=through,
                            dispatch_uid=f"roles.forget_permissions.{through.__name__}")
    for model in (Group, Permission):
        for signal in (post_save, post_delete):
            signal.connect(forget_permissions, sender=model,
                           dispatch_uid=f"roles.forget_permissions.{signal}.{model.__name__}")
