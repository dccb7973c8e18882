import pytest

from .factories import VALID_USCC, UserFactory


@pytest.fixture
def applicant(client):
    user = UserFactory()
    client.force_login(user)
    return user


@pytest.fixture
def filing_data():
    """What a manufacturer types into the filing form; documents are added per test."""

    def build(documents=(), **fields):
        data = {
            "legal_name_zh": "阳江市十八子刀具有限公司",
            "name_en": "Yangjiang Eighteen Knives",
            "uscc": VALID_USCC,
            "customs_code": "4417960abc",
            "clusters": ["knives_scissors", "kitchenware"],
            "district": "441702",
            "address_line": "18 Industrial Road, Jiangcheng",
            "established_year": "1998",
            "contact_name": "Li Wei",
            "contact_phone": "+86 662 3300000",
            "contact_email": "export@eighteen.example",
            "website": "",
            "description_zh": "厨房刀具制造商。",
            "description_en": "Maker of kitchen knives.",
            "documents-TOTAL_FORMS": str(max(len(documents), 1)),
            "documents-INITIAL_FORMS": "0",
            "documents-MIN_NUM_FORMS": "0",
            "documents-MAX_NUM_FORMS": "1000",
            "action": "save",
        }
        for index, document in enumerate(documents):
            data.update({f"documents-{index}-{key}": value for key, value in document.items()})
        data.update(fields)
        return data

    return build
