from django.db import migrations, models

# The full-text table is written in the database's own terms, so Django does not model it.
SQLITE_FTS = (
    "CREATE VIRTUAL TABLE product_search_fts USING fts5("
    "title, terms, description, tokenize = 'unicode61 remove_diacritics 2')"
)
POSTGRES_FTS = (
    "CREATE TABLE product_search_fts ("
    "product_id integer PRIMARY KEY, title text NOT NULL DEFAULT '', vector tsvector NOT NULL)",
    "CREATE INDEX product_search_fts_vector ON product_search_fts USING gin (vector)",
)


def create_full_text_table(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    statements = {"sqlite": (SQLITE_FTS,), "postgresql": POSTGRES_FTS}.get(vendor)
    if statements is None:
        raise RuntimeError(f"The database search backend does not support {vendor}.")
    for statement in statements:
        schema_editor.execute(statement)


def drop_full_text_table(apps, schema_editor):
    schema_editor.execute("DROP TABLE IF EXISTS product_search_fts")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
    ]

    operations = [
        migrations.CreateModel(
            name='SearchChange',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('product_id', models.IntegerField(verbose_name='product id')),
                ('batch', models.CharField(max_length=32, verbose_name='batch')),
            ],
            options={
                'verbose_name': 'search index change',
                'verbose_name_plural': 'search index changes',
            },
        ),
        migrations.CreateModel(
            name='SearchDocument',
            fields=[
                ('product_id', models.IntegerField(primary_key=True, serialize=False, verbose_name='product id')),
                ('price', models.DecimalField(decimal_places=2, max_digits=14, null=True, verbose_name='price at the MOQ (base currency)')),
                ('moq', models.PositiveIntegerField(null=True, verbose_name='minimum order quantity')),
                ('date_created', models.DateTimeField(null=True, verbose_name='listed')),
                ('rating', models.FloatField(null=True, verbose_name='rating')),
                ('facets', models.TextField(blank=True, verbose_name='facet values')),
                ('titles', models.JSONField(default=dict, verbose_name='titles')),
            ],
            options={
                'verbose_name': 'search document',
                'verbose_name_plural': 'search documents',
            },
        ),
        migrations.RunPython(create_full_text_table, drop_full_text_table),
    ]
