"""Filings in every state, and files that are (or pretend to be) PDF, JPEG and PNG."""

import factory
from django.contrib.auth.models import Permission, User
from django.core.files.uploadedfile import SimpleUploadedFile

from marketplace.sellers.identifiers import USCC_ALPHABET, uscc_check_character
from marketplace.sellers.models import Cluster, Enterprise, EnterpriseDocument

PDF_BYTES = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
JPEG_BYTES = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"
PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02"

VALID_USCC = "91441702314946805P"  # DOMAIN.md section 7, synthetic


def pdf(name="licence.pdf", content=PDF_BYTES):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def make_uscc(serial, region="441702"):
    """A valid synthetic USCC (authority 9, enterprise) with a different organisation code."""
    organisation = "".join(USCC_ALPHABET[(serial // 31**i) % 31] for i in range(9))[::-1]
    body = f"91{region}{organisation}"
    return body + uscc_check_character(body)


PASSWORD = "a-long-test-password"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.com")

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return model_class.objects.create_user(*args, password=PASSWORD, **kwargs)


def reviewer(**kwargs):
    user = UserFactory(**kwargs)
    user.user_permissions.add(Permission.objects.get(
        content_type__app_label="sellers", codename="review_enterprise"))
    return User.objects.get(pk=user.pk)  # a fresh object: no stale permission cache


class EnterpriseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Enterprise
        skip_postgeneration_save = True

    legal_name_zh = factory.Sequence(lambda n: f"阳江市第{n}刀具有限公司")
    name_en = factory.Sequence(lambda n: f"Yangjiang Cutlery {n}")
    uscc = factory.Sequence(lambda n: make_uscc(1000 + n))
    address_line = "1 Industrial Road"
    district = "441702"
    contact_name = "Li Wei"
    contact_phone = "+86 662 0000000"
    contact_email = factory.Sequence(lambda n: f"contact{n}@cutlery.example")
    slug = factory.Sequence(lambda n: f"yangjiang-cutlery-{n}")
    status = Enterprise.Status.DRAFT
    applicant = factory.SubFactory(UserFactory)
    language = "en"

    @factory.post_generation
    def members(enterprise, create, extracted, **kwargs):
        if not create:
            return
        enterprise.users.add(enterprise.applicant, *(extracted or []))
        enterprise.clusters.add(Cluster.objects.get(code=Cluster.KNIVES_SCISSORS))


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EnterpriseDocument

    enterprise = factory.SubFactory(EnterpriseFactory)
    kind = EnterpriseDocument.Kind.BUSINESS_LICENCE
    number = factory.Sequence(lambda n: f"No. {n}")
    file = factory.LazyFunction(pdf)
