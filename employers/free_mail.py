"""Free-mail domains: a sign-up from one is flagged for a closer look, never blocked."""

FREE_MAIL_DOMAINS = frozenset(
    {
        "aol.com",
        "gmail.com",
        "gmx.com",
        "gmx.net",
        "googlemail.com",
        "hotmail.com",
        "icloud.com",
        "live.com",
        "mail.com",
        "me.com",
        "msn.com",
        "outlook.com",
        "proton.me",
        "protonmail.com",
        "yahoo.com",
        "yandex.com",
        "zoho.com",
    }
)


def is_free_mail(email: str) -> bool:
    """True when the address is at a free webmail provider."""
    domain = (email or "").rpartition("@")[2].strip().lower()
    return domain in FREE_MAIL_DOMAINS
