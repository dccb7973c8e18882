from django import template
from wagtail.models import Locale, Page, Site

register = template.Library()


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """Live pages marked "show in menus" under the site's home page, in the active language.

    The shop's navigation lists them beside the catalogue, so CMS and shop pages share
    one menu.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    try:
        home = site.root_page.get_translation(Locale.get_active())
    except (Page.DoesNotExist, Locale.DoesNotExist):
        home = site.root_page
    return list(home.get_children().live().in_menu().specific())
