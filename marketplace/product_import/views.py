"""Dashboard pages of the product import: upload, check and confirm, progress, files."""

import io

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView, TemplateView

from . import services
from .files import FORMATS
from .forms import ImportUploadForm
from .models import ImportJob

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
RECENT_JOBS = 10


def _download(file_format, name, writer, *args):
    if file_format not in FORMATS:
        raise Http404
    buffer = io.BytesIO()
    writer(buffer, file_format, *args)
    response = HttpResponse(buffer.getvalue(), content_type=CONTENT_TYPES[file_format])
    response["Content-Disposition"] = f'attachment; filename="{name}.{file_format}"'
    return response


class SellerMixin:
    """The partners the user may import for; a user with none (and not staff) gets 403."""

    def dispatch(self, request, *args, **kwargs):
        self.partners = services.partners_for(request.user)
        if not request.user.is_staff and not self.partners.exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_job(self):
        # Another seller's job is "not found", not "forbidden": its existence is not told.
        return get_object_or_404(ImportJob.objects.select_related("partner"),
                                 pk=self.kwargs["pk"], partner__in=self.partners)


class JobsAfterResponseMixin:
    """A job this view queues never runs inside its request (see
    services.jobs_held_until_response): with Celery eager it runs once the response has
    been sent, when the server closes it."""

    def dispatch(self, request, *args, **kwargs):
        with services.jobs_held_until_response() as held:
            response = super().dispatch(request, *args, **kwargs)
        if held:
            close = response.close

            def close_then_run_jobs():
                try:
                    services.run_held_jobs(list(held))
                finally:
                    close()  # then request_finished, which tidies the connections

            response.close = close_then_run_jobs
        return response


class ImportUploadView(JobsAfterResponseMixin, SellerMixin, FormView):
    template_name = "product_import/dashboard/upload.html"
    form_class = ImportUploadForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "partners": self.partners}

    def form_valid(self, form):
        try:
            job = services.start_import(partner=form.cleaned_data["seller"], user=self.request.user,
                                        upload=form.cleaned_data["file"],
                                        dry_run=form.cleaned_data["dry_run"])
        except services.ImportBusy as busy:
            form.add_error("file", str(busy))
            return self.form_invalid(form)
        return redirect("product_import:import-job", pk=job.pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["jobs"] = ImportJob.objects.filter(partner__in=self.partners).select_related(
            "partner")[:RECENT_JOBS]
        context["partners"] = self.partners
        context["formats"] = FORMATS
        return context


class ImportJobView(SellerMixin, TemplateView):
    template_name = "product_import/dashboard/job.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        job = self.get_job()
        context["job"] = job
        context["can_confirm"] = job.status == ImportJob.Status.CHECKED
        context["running"] = not job.is_final and job.status != ImportJob.Status.CHECKED
        return context


class ImportProgressView(SellerMixin, View):
    """What the job page polls while the job runs."""

    def get(self, request, pk):
        job = self.get_job()
        return JsonResponse({
            "status": job.status,
            "status_display": job.get_status_display(),
            "processed_rows": job.processed_rows,
            "total_rows": job.total_rows,
            "percent": job.percent,
            "created": job.created_count,
            "updated": job.updated_count,
            "unchanged": job.unchanged_count,
            "errors": len(job.errors),
            "running": not job.is_final and job.status != ImportJob.Status.CHECKED,
        })


class ImportConfirmView(JobsAfterResponseMixin, SellerMixin, View):
    http_method_names = ["post"]

    def post(self, request, pk):
        job = self.get_job()
        try:
            confirmed = services.confirm_import(job, user=request.user)
        except services.ImportBusy as busy:
            messages.error(request, str(busy))
        else:
            if not confirmed:
                messages.error(request, _("This import is not waiting for confirmation any more."))
        return redirect("product_import:import-job", pk=job.pk)


class TemplateDownloadView(SellerMixin, View):
    def get(self, request, file_format):
        return _download(file_format, "product-import-template", services.write_template)


class ExportView(SellerMixin, View):
    """The seller's products as a sheet; ?seller=CODE for staff or a user of several sellers."""

    def get(self, request):
        file_format = request.GET.get("format", "csv")
        code = request.GET.get("seller")
        partners = self.partners.filter(code=code) if code else self.partners
        if code is None and len(partners) != 1:
            raise Http404
        partner = get_object_or_404(partners)
        name = f"products-{partner.code}-{timezone.localdate():%Y%m%d}"
        return _download(file_format, name, services.write_export, partner)
