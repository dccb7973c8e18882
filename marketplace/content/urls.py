"""Wagtail's front-end URLs, its page view replaced by the one with kept routing (routing.py)."""

from django.urls import re_path
from wagtail import urls as wagtail_urls

from .routing import serve

urlpatterns = [
    re_path(wagtail_urls.serve_pattern, serve, name="wagtail_serve")
    if getattr(pattern, "name", None) == "wagtail_serve" else pattern
    for pattern in wagtail_urls.urlpatterns
]
