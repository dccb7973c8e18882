/*
 * What Oscar's storefront templates start with inline code, started from a file.
 *
 * The Content-Security-Policy of public pages refuses inline scripts and inline event
 * handlers (settings.py, "security headers"), so Oscar's `{% block onbodyload %}` code
 * (`oscar.init()` and a page's own `oscar.basket.init()`, `oscar.search.init()`, ...)
 * is not printed on those pages (templates/oscar/layout.html). Each of Oscar's page
 * behaviours binds only to its own elements, so each is started where they are present.
 */
(function ($) {
    "use strict";

    if (!$ || !window.oscar) {
        return;
    }
    var oscar = window.oscar;

    function present(selector) {
        return document.querySelector(selector) !== null;
    }

    // The iframe preview of an e-mail in the customer's account (communication/email_detail):
    // the message is written into the frame so its styles do not touch the page.
    function showEmailPreview() {
        var frame = document.getElementById("preview_box");
        if (!frame || !frame.contentWindow) {
            return;
        }
        var doc = frame.contentWindow.document;
        doc.open();
        doc.write(frame.textContent);
        doc.close();
    }

    $(function () {
        oscar.init();
        if (present("#id_sort_by, .facet_checkbox")) {
            oscar.search.init();
        }
        if (present("#basket_formset, #saved_basket_formset, #voucher_form_link")) {
            // Oscar passes the basket summary's URL; the basket page is that URL.
            oscar.basket.init({basketURL: window.location.pathname});
        }
        if (present("form input[name=options]")) {
            oscar.checkout.gateway.init();
        }
        if (present('a[data-behaviours~="archive"], a[data-behaviours~="delete"]')) {
            oscar.notifications.init();
        }
        if (present(".clipboard-item")) {
            oscar.customer.wishlists.init();
        }
        showEmailPreview();
    });

    // A few of Oscar's templates carry onclick="..." attributes ("cancel" links going back,
    // the order confirmation's print button). The policy blocks them; the same actions:
    document.addEventListener("click", function (event) {
        var target = event.target.closest ? event.target.closest("[onclick]") : null;
        if (!target) {
            return;
        }
        var code = target.getAttribute("onclick") || "";
        if (code.indexOf("history.go(-1)") !== -1) {
            event.preventDefault();
            window.history.back();
        } else if (code.indexOf("window.print()") !== -1) {
            event.preventDefault();
            window.print();
        }
    });
}(window.jQuery));

/*
 * The catalogue and search sidebar (categories, facets) is a folded <details> so that on a
 * phone the first product shows without scrolling past it. From the "md" width on, where
 * the sidebar sits beside the products, it is opened; and it opens if the window grows.
 */
(function () {
    "use strict";

    if (!window.matchMedia) {
        return;
    }
    var wide = window.matchMedia("(min-width: 768px)");

    function unfold() {
        if (!wide.matches) {
            return;
        }
        var folds = document.querySelectorAll("details.sidebar-fold");
        for (var i = 0; i < folds.length; i++) {
            folds[i].open = true;
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", unfold);
    } else {
        unfold();
    }
    if (wide.addEventListener) {
        wide.addEventListener("change", unfold);
    }
}());
