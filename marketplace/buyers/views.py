"""The buyer company pages: profile, members and invitations, company address book.

Every page works on the signed-in user's own company, found through their membership;
objects addressed by id (a member, an address) are looked up inside that company only,
so a member of another company gets the same 404 as for an id that does not exist.
"""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView

from . import selectors, services
from .forms import BuyerCompanyForm, CompanyAddressForm, InvitationForm, RoleForm
from .models import CompanyAddress, CompanyInvitation, CompanyMembership


class BuyerLoginRequiredMixin(LoginRequiredMixin):
    # Oscar's login page sits inside the language prefix, unlike settings.LOGIN_URL.
    login_url = reverse_lazy("customer:login")


class MemberRequiredMixin(BuyerLoginRequiredMixin):
    """Pages of one's own company: people without a company are sent to create one."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.membership = selectors.membership_of(request.user)
        if self.membership is None:
            return redirect("buyers:company")
        self.company = self.membership.company
        return super().dispatch(request, *args, **kwargs)

    def require_admin(self):
        # Not a 403: what an admin can do on this page is none of a buyer's business either.
        if not self.membership.can_manage_members:
            raise Http404("Only administrators manage the company")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(company=self.company, membership=self.membership)
        return context


class CompanyView(BuyerLoginRequiredMixin, TemplateView):
    """Create a company (people without one), edit it (admins) or read it (other members)."""

    template_name = "buyers/company.html"

    def dispatch(self, request, *args, **kwargs):
        self.membership = selectors.membership_of(request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_form(self, data=None):
        instance = self.membership.company if self.membership else None
        form = BuyerCompanyForm(data, instance=instance)
        if self.membership and not self.membership.can_manage_members:
            for field in form.fields.values():
                field.disabled = True
        return form

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=self.get_form()))

    def post(self, request, *args, **kwargs):
        if self.membership is not None and not self.membership.can_manage_members:
            raise Http404("Only administrators edit the company")
        form = self.get_form(request.POST)
        if form.is_valid():
            try:
                if self.membership is None:
                    services.create_company(user=request.user, form=form)
                    messages.success(request, _("Your company is registered. Invite your colleagues."))
                    return redirect("buyers:members")
                services.update_company(user=request.user, form=form)
            except services.BuyerError as error:
                messages.error(request, error.message)
                return redirect("buyers:company")
            messages.success(request, _("Your company's details are saved."))
            return redirect("buyers:company")
        messages.error(request, _("Please correct the errors below."))
        return self.render_to_response(self.get_context_data(form=form))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["membership"] = self.membership
        context["company"] = self.membership.company if self.membership else None
        return context


class MembersView(MemberRequiredMixin, TemplateView):
    """The company's people and pending invitations; administrators invite from here."""

    template_name = "buyers/members.html"

    def post(self, request, *args, **kwargs):
        self.require_admin()
        form = InvitationForm(request.POST)
        if form.is_valid():
            try:
                invitation = services.invite_member(
                    self.company, invited_by=request.user, email=form.cleaned_data["email"],
                    role=form.cleaned_data["role"], language=get_language() or "",
                )
            except services.BuyerError as error:
                form.add_error("email", error.message)
            else:
                messages.success(request, _("We have sent an invitation to %(email)s.")
                                 % {"email": invitation.email})
                return redirect("buyers:members")
        return self.render_to_response(self.get_context_data(invitation_form=form))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("invitation_form", InvitationForm())
        context["members"] = [
            (member, RoleForm(initial={"role": member.role}, prefix=f"m{member.pk}"))
            for member in selectors.company_members(self.company)
        ]
        if self.membership.can_manage_members:
            context["invitations"] = selectors.pending_invitations(self.company)
        return context


class MemberActionView(MemberRequiredMixin, View):
    """Change a member's role or remove them (POST only)."""

    action = "role"

    def post(self, request, pk):
        member = get_object_or_404(CompanyMembership, pk=pk, company=self.company)
        try:
            if self.action == "remove":
                services.remove_member(member, removed_by=request.user)
                messages.success(request, _("%(name)s has left the company.")
                                 % {"name": member.user.get_full_name() or member.user.email})
                if member.user_id == request.user.pk:
                    return redirect("buyers:company")
            else:
                self.require_admin()
                form = RoleForm(request.POST, prefix=f"m{member.pk}")
                if not form.is_valid():
                    raise Http404("Unknown role")
                services.change_role(member, role=form.cleaned_data["role"], changed_by=request.user)
                messages.success(request, _("The role is changed."))
        except services.BuyerError as error:
            messages.error(request, error.message)
        except PermissionDenied:
            raise Http404("Only administrators manage the company") from None
        return redirect("buyers:members")


class InvitationWithdrawView(MemberRequiredMixin, View):
    def post(self, request, pk):
        self.require_admin()
        invitation = get_object_or_404(CompanyInvitation, pk=pk, company=self.company)
        services.withdraw_invitation(invitation, withdrawn_by=request.user)
        messages.success(request, _("The invitation is withdrawn."))
        return redirect("buyers:members")


class InvitationView(BuyerLoginRequiredMixin, TemplateView):
    """Where an invitation link leads: which company invites, and the button to join."""

    template_name = "buyers/invitation.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        invitation = services.invitation_for_token(kwargs["token"])
        if invitation is None:
            raise Http404("No such invitation")
        context["invitation"] = invitation
        return context

    def post(self, request, token):
        try:
            membership = services.accept_invitation(token, user=request.user)
        except services.BuyerError as error:
            messages.error(request, error.message)
            return redirect("buyers:invitation", token=token)
        messages.success(request, _("Welcome to %(company)s.") % {"company": membership.company})
        return redirect("buyers:members")


class AddressListView(MemberRequiredMixin, TemplateView):
    template_name = "buyers/addresses.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["addresses"] = selectors.company_addresses(self.company)
        return context


class AddressFormView(MemberRequiredMixin, TemplateView):
    """Add or edit a company address (administrators)."""

    template_name = "buyers/address_form.html"

    def get_address(self):
        pk = self.kwargs.get("pk")
        if pk is None:
            return CompanyAddress(company=self.company)
        return get_object_or_404(CompanyAddress, pk=pk, company=self.company)

    def get(self, request, *args, **kwargs):
        self.require_admin()
        form = CompanyAddressForm(instance=self.get_address(), company=self.company)
        return self.render_to_response(self.get_context_data(form=form))

    def post(self, request, *args, **kwargs):
        self.require_admin()
        form = CompanyAddressForm(request.POST, instance=self.get_address(), company=self.company)
        if form.is_valid():
            services.save_company_address(user=request.user, form=form)
            messages.success(request, _("The address is saved."))
            return redirect("buyers:addresses")
        messages.error(request, _("Please correct the errors below."))
        return self.render_to_response(self.get_context_data(form=form))


class AddressDeleteView(MemberRequiredMixin, View):
    def post(self, request, pk):
        self.require_admin()
        address = get_object_or_404(CompanyAddress, pk=pk, company=self.company)
        services.delete_company_address(address, user=request.user)
        messages.success(request, _("The address is deleted."))
        return redirect("buyers:addresses")
