"""A manufacturer files their company through the site: draft, submit, follow the decision."""

import pytest
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext

from marketplace.sellers import services
from marketplace.sellers.forms import DocumentFormSet, EnterpriseForm
from marketplace.sellers.models import Enterprise, EnterpriseDecision

from .factories import VALID_USCC, EnterpriseFactory, UserFactory, pdf

pytestmark = pytest.mark.django_db

APPLY = "/en/sellers/apply/"
STATUS = "/en/sellers/application/"


def licence(**fields):
    return {"kind": "business_licence", "number": "91441702314946805P", "file": pdf(), **fields}


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.mark.parametrize("url", [APPLY, STATUS])
def test_anonymous_visitors_are_sent_to_log_in_and_back(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == f"/en/accounts/login/?next={url}"


def test_the_filing_form_shows_in_the_shop_layout(client, applicant):
    response = client.get(APPLY)
    assert response.status_code == 200
    page = response.content.decode()
    assert 'name="uscc"' in page and 'name="documents-0-file"' in page
    assert 'enctype="multipart/form-data"' in page
    assert "navbar" in page  # the shared header of oscar/layout.html


def test_saving_a_draft_keeps_the_filing_with_its_documents(client, applicant, filing_data):
    response = client.post(APPLY, filing_data(documents=[licence()]))

    assert response.status_code == 302 and response["Location"] == APPLY
    enterprise = Enterprise.objects.get()
    assert enterprise.status == Enterprise.Status.DRAFT
    assert enterprise.applicant == applicant
    assert list(enterprise.users.all()) == [applicant]
    assert enterprise.slug == "yangjiang-eighteen-knives"
    assert enterprise.customs_code == "4417960ABC"
    assert enterprise.language == "en"
    assert set(enterprise.clusters.values_list("code", flat=True)) == {
        "knives_scissors", "kitchenware"}
    assert enterprise.documents.get().kind == "business_licence"
    assert "Your filing is saved as a draft." in messages_of(response)


def test_a_draft_can_be_changed_and_then_submitted(client, applicant, filing_data):
    client.post(APPLY, filing_data(documents=[licence()]))
    enterprise = Enterprise.objects.get()
    document = enterprise.documents.get()

    response = client.post(APPLY, filing_data(**{
        "name_en": "Eighteen Knives Co.",
        "action": "submit",
        "documents-TOTAL_FORMS": "1",
        "documents-INITIAL_FORMS": "1",
        "documents-0-id": str(document.pk),
        "documents-0-enterprise": str(enterprise.pk),
        "documents-0-kind": "business_licence",
        "documents-0-number": "91441702314946805P",
    }))

    assert response.status_code == 302 and response["Location"] == STATUS
    enterprise.refresh_from_db()
    assert enterprise.status == Enterprise.Status.SUBMITTED
    assert enterprise.submitted_at is not None
    assert enterprise.name_en == "Eighteen Knives Co."
    assert enterprise.slug == "yangjiang-eighteen-knives"  # addresses do not move
    page = client.get(STATUS).content.decode()
    assert "Submitted, awaiting review" in page


def test_submitting_without_a_business_licence_keeps_a_draft(client, applicant, filing_data):
    response = client.post(APPLY, filing_data(
        documents=[{"kind": "product_certificate", "title": "LFGB", "file": pdf("lfgb.pdf")}],
        action="submit",
    ))

    assert response["Location"] == APPLY
    assert Enterprise.objects.get().status == Enterprise.Status.DRAFT
    assert any("business licence" in message for message in messages_of(response))


def test_a_uscc_registered_by_another_company_is_refused(client, applicant, filing_data):
    EnterpriseFactory(uscc=VALID_USCC)

    response = client.post(APPLY, filing_data(documents=[licence()], action="submit"))

    assert response.status_code == 200
    assert "An enterprise with this USCC is already registered." in response.content.decode()
    assert Enterprise.objects.count() == 1


def test_a_uscc_is_found_however_it_was_typed(client, applicant, filing_data):
    EnterpriseFactory(uscc=VALID_USCC)
    response = client.post(APPLY, filing_data(uscc="91 441702 314946805p"))
    assert "An enterprise with this USCC is already registered." in response.content.decode()


def test_wrong_codes_and_files_are_explained_and_nothing_is_saved(client, applicant, filing_data):
    response = client.post(APPLY, filing_data(
        uscc="91441702314946805Q", customs_code="12345",
        documents=[licence(file=pdf(content=b"plain text pretending"))],
    ))

    page = response.content.decode()
    assert response.status_code == 200
    assert "its last character does not match the others" in page
    assert "exactly 10 characters" in page
    assert "content is not PDF" in page
    assert not Enterprise.objects.exists()


def test_field_errors_are_shown_in_the_page_language(client, applicant, filing_data):
    with translation.override("zh-hans"):
        required = gettext("This field is required.")  # Oscar's catalog words it 必需字段
    assert required != "This field is required."

    response = client.post("/zh-hans/sellers/apply/", filing_data(legal_name_zh=""))

    assert required in response.content.decode()


def test_a_submitted_filing_cannot_be_edited(client, applicant, filing_data):
    EnterpriseFactory(applicant=applicant, status=Enterprise.Status.SUBMITTED)

    assert client.get(APPLY)["Location"] == STATUS
    response = client.post(APPLY, filing_data(name_en="Changed"))
    assert response["Location"] == STATUS
    assert not Enterprise.objects.filter(name_en="Changed").exists()


def test_the_status_page_shows_the_reason_of_a_rejection_and_the_filing_can_be_resubmitted(
    client, applicant, filing_data
):
    enterprise = EnterpriseFactory(applicant=applicant, status=Enterprise.Status.REJECTED)
    EnterpriseDecision.objects.create(
        enterprise=enterprise, decision="rejected", reason="The licence scan is unreadable.")

    page = client.get(STATUS).content.decode()
    assert "Rejected" in page and "The licence scan is unreadable." in page
    assert "The licence scan is unreadable." in client.get(APPLY).content.decode()

    response = client.post(APPLY, filing_data(
        uscc=enterprise.uscc, documents=[licence(file=pdf("sharper-scan.pdf"))], action="submit"))
    assert response["Location"] == STATUS
    enterprise.refresh_from_db()
    assert enterprise.status == Enterprise.Status.SUBMITTED


def test_a_user_without_a_filing_is_invited_to_start_one(client, applicant):
    page = client.get(STATUS).content.decode()
    assert "You have not filed your company yet." in page
    assert 'href="/en/sellers/apply/"' in page


def test_the_filing_of_one_user_is_not_shown_to_another(client, filing_data):
    EnterpriseFactory(name_en="Someone Else's Works")
    client.force_login(UserFactory())
    assert "Someone Else" not in client.get(STATUS).content.decode()
    assert "Someone Else" not in client.get(APPLY).content.decode()


def test_a_uscc_taken_between_validation_and_saving_becomes_the_form_error(filing_data):
    form = EnterpriseForm(filing_data(), instance=Enterprise())
    documents = DocumentFormSet(filing_data(), instance=form.instance, prefix="documents")
    assert form.is_valid() and documents.is_valid()
    EnterpriseFactory(uscc=VALID_USCC)  # another applicant was quicker

    with pytest.raises(ValidationError) as refused:
        services.save_filing(applicant=UserFactory(), form=form, documents=documents)

    assert refused.value.message_dict == {
        "uscc": ["An enterprise with this USCC is already registered."]}
    assert Enterprise.objects.count() == 1
