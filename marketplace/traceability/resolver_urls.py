from django.urls import re_path

from . import views

app_name = "gs1"

# GS1 Digital Link: /01/<GTIN>/10/<lot>, plus what the standard allows after it (a serial,
# query attributes). Only paths starting with the AI 01 segment are taken here: this list is
# mounted at the site root, before the language-prefixed pages.
urlpatterns = [
    re_path(r"^01/(?P<rest>.*)$", views.resolve, name="resolve"),
]
