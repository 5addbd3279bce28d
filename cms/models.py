from wagtail.models import Page


class HomePage(Page):
    """The site's front page: a search box into /jobs/ (extended by the CMS pages)."""

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    def get_context(self, request, *args, **kwargs):
        from candidates.credentials import US_STATES

        context = super().get_context(request, *args, **kwargs)
        context["states"] = US_STATES
        return context
