"""Steps the browser tests share."""

from accounts.factories import DEFAULT_PASSWORD


def sign_in(page, base_url, email, password=DEFAULT_PASSWORD):
    page.goto(f"{base_url}/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign In").click()


def sign_out(page):
    page.get_by_role("button", name="Sign out").click()
