app_name = "cms"
urlpatterns: list = []
