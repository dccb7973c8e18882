"""A urlconf with no language-prefixed patterns (see views.PLAIN_URLCONF): set on the request
of a 404 answer of the resolver so LocaleMiddleware and CommonMiddleware leave it as it is."""

urlpatterns = []
