import django.core.validators
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('order', '0021_billingaddress_code_shippingaddress_code'),
        ('order_lifecycle', '0001_initial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='StatusChangeDetail',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('role', models.CharField(choices=[('buyer', 'Buyer'), ('seller', 'Seller'), ('staff', 'Marketplace staff'), ('system', 'System')], default='system', max_length=16, verbose_name='role')),
                ('carrier', models.CharField(blank=True, max_length=64, verbose_name='carrier')),
                ('tracking_number', models.CharField(blank=True, max_length=64, validators=[django.core.validators.RegexValidator('^[A-Za-z0-9](?:[A-Za-z0-9 ./-]*[A-Za-z0-9])?$', 'Enter the tracking number as the carrier gives it: letters and digits, perhaps separated by spaces, hyphens, dots or slashes.', code='tracking_number')], verbose_name='tracking number')),
                ('note', models.TextField(blank=True, max_length=500, validators=[django.core.validators.MaxLengthValidator(500)], verbose_name='note')),
                ('changed_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='changed by')),
                ('status_change', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='detail', to='order.orderstatuschange', verbose_name='status change')),
            ],
            options={
                'verbose_name': 'status change detail',
                'verbose_name_plural': 'status change details',
            },
        ),
    ]
