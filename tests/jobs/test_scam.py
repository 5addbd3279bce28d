import pytest

from jobs.scam import scam_signals

FEE = "Asks applicants to pay money or a fee"
EQUIPMENT = "Asks applicants to buy equipment"
CHECK = "Asks applicants to deposit a check"
BANK = "Asks for bank or Social Security details up front"
CHAT = "Gives a chat app as the contact"
MONEY_APP = "Mentions a money-transfer app"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A one-time training fee of $150 is due before your first shift.", [FEE]),
        ("Applicants must pay a fee for the background check.", [FEE]),
        ("Please wire us funds to reserve your spot.", [FEE]),
        ("You will purchase your own laptop from our vendor.", [EQUIPMENT]),
        ("We send a cashier's check; deposit it and buy the kit.", [CHECK]),
        ("Deposit the check by mobile deposit and send the rest back.", [CHECK]),
        ("Send your SSN and bank account details to get started.", [BANK]),
        ("Email your routing number for payroll setup before interview.", [BANK]),
        ("Contact our HR manager on Telegram for an interview.", [CHAT]),
        ("WhatsApp: +1 555 0100 for details.", [CHAT]),
        ("Interview via Google Chat only.", [CHAT]),
        ("Pay the starter kit fee by Zelle.", [FEE, MONEY_APP]),
    ],
)
def test_scam_signals_found(text, expected):
    assert scam_signals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We pay for your certification and your renewal CE.",
        "There is no training fee: we will never ask you to pay anything.",
        "We reimburse the PTCB exam fee after 90 days.",  # "exam fee" paid by employer
        "Direct deposit available; weekly pay.",
        "Signal detection and drug safety reporting experience a plus.",
        "A background check and drug screen are required after an offer.",
        "Count, measure and label prescriptions; check stock levels daily.",
        "Equipment is provided by the company, including a laptop.",
        "",
    ],
)
def test_no_false_positives(text):
    assert scam_signals(text) == []


def test_each_reason_reported_once():
    assert scam_signals("training fee. application fee. processing fee.") == [FEE]
