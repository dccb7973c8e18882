"""The manufacturer's pages: file an application, follow it, and the public storefront."""

import os

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ValidationError
from django.core.paginator import InvalidPage, Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from . import selectors, services
from .forms import DocumentFormSet, EnterpriseForm
from .models import Enterprise, EnterpriseDocument


class SellerLoginRequiredMixin(LoginRequiredMixin):
    # Oscar's login page sits inside the language prefix, unlike settings.LOGIN_URL.
    login_url = reverse_lazy("customer:login")


class ApplyView(SellerLoginRequiredMixin, TemplateView):
    """The filing form with its documents: save as a draft, or submit for review."""

    template_name = "sellers/apply.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.enterprise = services.current_filing(request.user)
            if self.enterprise is not None and not self.enterprise.is_editable:
                return redirect("sellers:application")
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        enterprise = self.enterprise or Enterprise()
        return self.render_to_response(self.get_context_data(
            form=EnterpriseForm(instance=enterprise),
            documents=DocumentFormSet(instance=enterprise, prefix="documents"),
        ))

    def post(self, request, *args, **kwargs):
        enterprise = self.enterprise or Enterprise()
        form = EnterpriseForm(request.POST, instance=enterprise)
        documents = DocumentFormSet(
            request.POST, request.FILES, instance=enterprise, prefix="documents"
        )
        if form.is_valid() and documents.is_valid():
            try:
                enterprise = services.save_filing(
                    applicant=request.user, form=form, documents=documents,
                    language=get_language() or "",
                )
            except ValidationError as error:
                form.add_error(None, error)
            except services.FilingError as error:
                messages.error(request, error.message)
                return redirect("sellers:application")
            else:
                return self.after_save(enterprise)
        messages.error(request, _("Please correct the errors below."))
        return self.render_to_response(self.get_context_data(form=form, documents=documents))

    def after_save(self, enterprise):
        if self.request.POST.get("action") != "submit":
            messages.success(self.request, _("Your filing is saved as a draft."))
            return redirect("sellers:apply")
        try:
            services.submit_filing(enterprise, user=self.request.user)
        except services.FilingError as error:
            messages.error(self.request, error.message)
            return redirect("sellers:apply")
        messages.success(self.request, _("Your filing has been submitted. We will email you "
                                         "when it has been reviewed."))
        return redirect("sellers:application")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["enterprise"] = self.enterprise
        context["latest_decision"] = (
            self.enterprise.decisions.first() if self.enterprise is not None else None
        )
        return context


class ApplicationStatusView(SellerLoginRequiredMixin, TemplateView):
    """Where the applicant sees the state of their filing and the reason for a decision."""

    template_name = "sellers/application.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        enterprise = services.current_filing(self.request.user)
        context["enterprise"] = enterprise
        if enterprise is not None:
            context["latest_decision"] = enterprise.decisions.first()
            context["documents"] = enterprise.documents.all()
        return context


def document_file(request, name):
    """A filing document, to the enterprise's own users and to reviewers only.

    Anyone else gets the same 404 as for a name that does not exist, so the answer
    does not tell whether a document is there.
    """
    document = get_object_or_404(
        EnterpriseDocument.objects.select_related("enterprise"), file=name
    )
    user = request.user
    allowed = user.is_authenticated and (
        services.is_reviewer(user) or document.enterprise.users.filter(pk=user.pk).exists()
    )
    if not allowed:
        raise Http404
    return FileResponse(
        document.file.open("rb"), as_attachment=True, filename=os.path.basename(document.file.name)
    )


class StorefrontView(TemplateView):
    """An approved manufacturer's public page: who they are and what they sell."""

    template_name = "sellers/storefront.html"
    paginate_by = 24

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        enterprise = selectors.storefront_enterprise(kwargs["slug"])
        if enterprise is None:
            raise Http404("No approved enterprise with this address")
        paginator = Paginator(selectors.storefront_products(enterprise), self.paginate_by)
        try:
            page = paginator.page(self.request.GET.get("page") or 1)
        except InvalidPage:
            raise Http404("No such page") from None
        context.update(
            enterprise=enterprise,
            products=page.object_list,
            paginator=paginator,
            page_obj=page,
            is_paginated=page.has_other_pages(),
        )
        return context
