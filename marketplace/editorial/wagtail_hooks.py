from wagtail import hooks

from .publish_guard import refuse_incomplete_publish

# Before wagtail-localize's own before_edit_page hook, which would publish the translation.
hooks.register("before_edit_page", refuse_incomplete_publish, order=-10)
