"""The platform's own parties in customs messages, and where it declares, from settings.

    MARKETPLACE_CUSTOMS_PLATFORM = {"code": "<10-char customs code or 18-char USCC>", "name": "<registered name>"}
    MARKETPLACE_CUSTOMS_AGENT = {...}       # the declarant (agent) for sellers without a customs code
    MARKETPLACE_CUSTOMS_LOGISTICS = {...}   # the logistics firm named on waybills and lists
    MARKETPLACE_CUSTOMS_PAYMENT = {...}     # the payment firm of import payment vouchers (CEB411)
    MARKETPLACE_CUSTOMS_OFFICE = "6711"     # customsCode: the declaring office (JGS/T 18)
    MARKETPLACE_CUSTOMS_PORT = "6711"       # portCode: the exit/entry office
    MARKETPLACE_CUSTOMS_ASSURE = {...}      # assureCode of import lists (tax guarantor)

Every default below is DEMO (DOMAIN.md): syntactically valid codes and invented names, so
that a development machine can build and validate messages. Production must set its own
registered codes; `is_demo()` lets pages say when the defaults are still in use.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings

#: DEMO: a platform company registered in Jiangcheng district, Yangjiang (USCC-shaped).
DEMO_PLATFORM = {"code": "4417960AAA", "name": "阳江跨境电商平台有限公司（演示）"}
DEMO_AGENT = {"code": "4417980BBB", "name": "阳江报关代理有限公司（演示）"}
DEMO_LOGISTICS = {"code": "4417960CCC", "name": "阳江国际物流有限公司（演示）"}
DEMO_PAYMENT = {"code": "4417960DDD", "name": "阳江跨境支付有限公司（演示）"}
DEMO_ASSURE = {"code": "4417960AAA", "name": "阳江跨境电商平台有限公司（演示）"}
#: DEMO [U]: Yangjiang customs (阳江海关, under the Zhanjiang district); check the JGS/T 18 table.
DEMO_OFFICE = "6711"
DEMO_PORT = "6711"


@dataclass(frozen=True)
class Party:
    """A firm as customs messages name it: its code (customs code or USCC) and name."""

    code: str
    name: str

    def __bool__(self) -> bool:
        return bool(self.code and self.name)


def _party(setting: str, default: dict) -> Party:
    value = getattr(settings, setting, None)
    if value is None:
        value = default
    value = value or {}
    return Party(code=str(value.get("code", "")).strip(), name=str(value.get("name", "")).strip())


def platform() -> Party:
    return _party("MARKETPLACE_CUSTOMS_PLATFORM", DEMO_PLATFORM)


def agent() -> Party:
    """The declaring agent; an empty party ({} in settings) when sellers must declare themselves."""
    return _party("MARKETPLACE_CUSTOMS_AGENT", DEMO_AGENT)


def logistics() -> Party:
    return _party("MARKETPLACE_CUSTOMS_LOGISTICS", DEMO_LOGISTICS)


def payment() -> Party:
    return _party("MARKETPLACE_CUSTOMS_PAYMENT", DEMO_PAYMENT)


def assurer() -> Party:
    return _party("MARKETPLACE_CUSTOMS_ASSURE", DEMO_ASSURE)


def customs_office() -> str:
    return str(getattr(settings, "MARKETPLACE_CUSTOMS_OFFICE", None) or DEMO_OFFICE)


def port() -> str:
    return str(getattr(settings, "MARKETPLACE_CUSTOMS_PORT", None) or DEMO_PORT)


def is_demo() -> bool:
    """Whether a default (invented) party or office is in use."""
    return any(getattr(settings, name, None) is None for name in (
        "MARKETPLACE_CUSTOMS_PLATFORM", "MARKETPLACE_CUSTOMS_LOGISTICS", "MARKETPLACE_CUSTOMS_OFFICE"))


def seller_party(enterprise) -> Party:
    """The seller as ebc/owner: its customs code when it has one, else its USCC."""
    return Party(code=enterprise.customs_code or enterprise.uscc, name=enterprise.legal_name_zh)


def declarant(enterprise) -> Party:
    """Who declares the seller's list: the seller itself when registered with customs,
    else the platform's agent."""
    if enterprise.customs_code:
        return Party(code=enterprise.customs_code, name=enterprise.legal_name_zh)
    return agent()


def base_transfer():
    """Who transmits the messages (CEB BaseTransfer): the platform's E-port client, whose
    DXP id is the envelope's sender (MARKETPLACE_CEB_SENDER_ID, one setting for both)."""
    from marketplace.ceb.documents import BaseTransfer
    from marketplace.ceb.envelope import default_sender_id

    transmitter = platform()
    return BaseTransfer(cop_code=transmitter.code[:18], cop_name=transmitter.name[:100],
                        dxp_id=default_sender_id()[:30])
