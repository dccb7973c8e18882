from wagtail import hooks

from .publish_guard import refuse_incomplete_publish
from .review_guard import refuse_direct_publish_on_create, refuse_direct_publish_on_edit

# Before wagtail-localize's own before_edit_page hook, which would publish the translation.
hooks.register("before_edit_page", refuse_incomplete_publish, order=-10)

hooks.register("before_create_page", refuse_direct_publish_on_create)
hooks.register("before_edit_page", refuse_direct_publish_on_edit, order=-10)
