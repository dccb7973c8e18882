from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("sellers", "0002_create_clusters"),
    ]

    operations = [
        migrations.AddField(
            model_name="enterprise",
            name="listings_verified",
            field=models.BooleanField(default=False, help_text="Set by platform admins once the seller has earned trust. Listings of other sellers wait for review; all are screened for prohibited goods.", verbose_name="listings go live without review"),
        ),
        migrations.AlterField(
            model_name="enterprisedecision",
            name="decision",
            field=models.CharField(choices=[("approved", "Approved"), ("rejected", "Rejected"), ("suspended", "Suspended"), ("reinstated", "Reinstated"), ("verified", "Listings go live without review"), ("unverified", "Listings wait for review")], max_length=16, verbose_name="decision"),
        ),
    ]
