from django.urls import path

from . import views

app_name = "seo"

urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots"),
    path("sitemap.xml", views.sitemap_index, name="sitemap-index"),
    path("sitemaps/<str:language>/site.xml", views.sitemap_site, name="sitemap-site"),
    path("sitemaps/<str:language>/<kind>-<int:number>.xml", views.sitemap_paged,
         name="sitemap-paged"),
]
