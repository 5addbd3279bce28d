from django.contrib import admin

from .models import Alert, AlertDelivery


@admin.register(Alert)
class AlertAdmin(admin.ModelAdmin):
    list_display = ("__str__", "user", "email", "frequency", "paused", "last_sent_at")
    list_filter = ("frequency", "paused", "paused_reason")
    search_fields = ("name", "email", "user__email")
    readonly_fields = ("params", "params_key", "confirmed_at", "last_run_at", "last_sent_at")
    raw_id_fields = ("user",)


@admin.register(AlertDelivery)
class AlertDeliveryAdmin(admin.ModelAdmin):
    list_display = ("alert", "sent_at")
    raw_id_fields = ("alert",)
