from django.urls import path

from . import views

app_name = "employers"
urlpatterns = [
    path("employers/", views.start, name="start"),
    path("employers/organisation/new/", views.OrganisationCreateView.as_view(), name="create"),
    path("employers/dashboard/", views.DashboardView.as_view(), name="dashboard"),
    path("employers/moderation/", views.ModerationListView.as_view(), name="moderation"),
    path(
        "employers/moderation/<int:pk>/verify/",
        views.ModerationVerifyView.as_view(),
        name="moderation_verify",
    ),
    path(
        "employers/moderation/<int:pk>/reject/",
        views.ModerationRejectView.as_view(),
        name="moderation_reject",
    ),
    path(
        "employers/moderation/<int:pk>/reopen/",
        views.ModerationReopenView.as_view(),
        name="moderation_reopen",
    ),
    path(
        "employers/moderation/<int:pk>/change/approve/",
        views.ModerationApproveChangeView.as_view(),
        name="moderation_change_approve",
    ),
    path(
        "employers/moderation/<int:pk>/change/reject/",
        views.ModerationRejectChangeView.as_view(),
        name="moderation_change_reject",
    ),
    path(
        "employers/invitations/<str:token>/",
        views.InvitationAcceptView.as_view(),
        name="invitation_accept",
    ),
    path("employers/<slug:slug>/", views.OrganisationDetailView.as_view(), name="organisation"),
    path("employers/<slug:slug>/edit/", views.OrganisationUpdateView.as_view(), name="edit"),
    path("employers/<slug:slug>/members/", views.MembershipListView.as_view(), name="members"),
    path(
        "employers/<slug:slug>/members/invite/",
        views.InvitationCreateView.as_view(),
        name="invite",
    ),
    path(
        "employers/<slug:slug>/members/<int:pk>/remove/",
        views.MembershipRemoveView.as_view(),
        name="member_remove",
    ),
    path(
        "employers/<slug:slug>/invitations/<int:pk>/revoke/",
        views.InvitationRevokeView.as_view(),
        name="invitation_revoke",
    ),
]
