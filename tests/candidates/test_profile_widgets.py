"""The profile form: states as a checkbox group, autocomplete on the address fields."""

from django.urls import reverse

from tests.html import find, find_all


def test_work_states_are_a_checkbox_group_in_columns_not_a_ctrl_click_list(client, candidate):
    client.force_login(candidate)
    page = client.get(reverse("candidates:profile_edit"))
    assert find_all(page, '//select[@name="work_states"]') == []
    group = find(page, '//fieldset[@id="id_work_states"]')
    assert "States you would work in" in find(group, "./legend").text_content()
    boxes = find_all(group, './/input[@type="checkbox"][@name="work_states"]')
    assert {box.get("value") for box in boxes} >= {"TX", "CA", "NY"}
    assert find(group, './/ul[contains(@class, "choice-list--columns")]') is not None
    assert "Ctrl" not in page.content.decode()


def test_address_fields_say_what_the_browser_may_fill_in(client, candidate):
    client.force_login(candidate)
    page = client.get(reverse("candidates:profile_edit"))
    wanted = {"city": "address-level2", "state": "address-level1", "zip_code": "postal-code"}
    for name, token in wanted.items():
        assert find(page, f'//*[@name="{name}"]').get("autocomplete") == token, name


def test_sign_up_asks_for_a_name_the_browser_can_fill_in(client, db):
    page = client.get(reverse("account_signup"))
    assert find(page, '//input[@name="full_name"]').get("autocomplete") == "name"
    assert find(page, '//input[@name="email"]').get("autocomplete") == "email"
    assert find(page, '//input[@name="password1"]').get("autocomplete") == "new-password"
