# The browser and page fixtures are shared by every browser test: tests/browser_fixtures.py.
