/*
 * The header search box's suggestions, and the selects that submit their form when changed
 * (results pages' sort, the header's language and currency switchers: data-autosubmit).
 *
 * Suggestions follow the ARIA combobox pattern: focus stays in the text box, the
 * highlighted option is named by aria-activedescendant, so screen readers announce it
 * and typing goes on working. Requests wait until the buyer pauses (debounce) and a
 * newer request cancels an older one, so a slow answer never replaces a fresher one.
 */
(function () {
    "use strict";

    var DELAY_MS = 200;

    function initSuggestions(form) {
        var input = form.querySelector('input[name="q"]');
        var list = form.querySelector('[role="listbox"]');
        var status = form.querySelector('[data-role="search-status"]');
        var url = form.getAttribute("data-suggest-url");
        if (!input || !list || !url || !window.fetch) {
            return;
        }
        var timer = null;
        var controller = null;
        var options = [];
        var active = -1;
        var shownFor = null;

        function close() {
            list.classList.remove("show");
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
            active = -1;
        }

        function setActive(index) {
            options.forEach(function (option, i) {
                var on = i === index;
                option.setAttribute("aria-selected", on ? "true" : "false");
                option.classList.toggle("active", on);
            });
            active = index;
            if (index >= 0) {
                input.setAttribute("aria-activedescendant", options[index].id);
                options[index].scrollIntoView({block: "nearest"});
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function announce(count) {
            if (!status) {
                return;
            }
            status.textContent = count
                ? form.getAttribute("data-status-some") || ""
                : form.getAttribute("data-status-none") || "";
        }

        function render(text, suggestions) {
            list.textContent = "";
            options = suggestions.map(function (suggestion, i) {
                var option = document.createElement("a");
                option.id = "search-suggestion-" + i;
                option.className = "dropdown-item";
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.setAttribute("tabindex", "-1");
                option.href = suggestion.url;
                var label = document.createElement("span");
                label.textContent = suggestion.label;
                var kind = document.createElement("small");
                kind.className = "text-muted ml-2";
                kind.textContent = form.getAttribute("data-kind-" + suggestion.kind) || "";
                option.appendChild(label);
                option.appendChild(kind);
                // Keep the focus in the text box while the mouse picks an option.
                option.addEventListener("mousedown", function (event) {
                    event.preventDefault();
                });
                list.appendChild(option);
                return option;
            });
            shownFor = text;
            active = -1;
            if (options.length) {
                list.classList.add("show");
                input.setAttribute("aria-expanded", "true");
            } else {
                close();
            }
            announce(options.length);
        }

        function fetchSuggestions() {
            var text = input.value.trim();
            if (!text) {
                render("", []);
                return;
            }
            if (text === shownFor) {
                return;
            }
            if (controller) {
                controller.abort();
            }
            controller = window.AbortController ? new AbortController() : null;
            var request = url + "?q=" + encodeURIComponent(text);
            window.fetch(request, {
                headers: {"Accept": "application/json"},
                credentials: "same-origin",
                signal: controller ? controller.signal : undefined
            }).then(function (response) {
                return response.ok ? response.json() : {query: text, suggestions: []};
            }).then(function (data) {
                // An answer for text the buyer has since changed is dropped.
                if (input.value.trim() === text) {
                    render(text, data.suggestions || []);
                }
            }).catch(function () {
                /* Aborted or offline: the box still works as a plain search form. */
            });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(fetchSuggestions, DELAY_MS);
        });

        input.addEventListener("keydown", function (event) {
            var open = list.classList.contains("show");
            if (event.key === "ArrowDown") {
                if (!open && options.length) {
                    list.classList.add("show");
                    input.setAttribute("aria-expanded", "true");
                }
                if (options.length) {
                    event.preventDefault();
                    setActive((active + 1) % options.length);
                }
            } else if (event.key === "ArrowUp") {
                if (open && options.length) {
                    event.preventDefault();
                    setActive(active <= 0 ? options.length - 1 : active - 1);
                }
            } else if (event.key === "Enter") {
                if (open && active >= 0) {
                    event.preventDefault();
                    window.location.href = options[active].href;
                }
            } else if (event.key === "Escape") {
                if (open) {
                    event.preventDefault();
                    close();
                }
            }
        });

        input.addEventListener("blur", function () {
            close();
        });

        input.addEventListener("focus", function () {
            if (options.length && input.value.trim() === shownFor) {
                list.classList.add("show");
                input.setAttribute("aria-expanded", "true");
            }
        });
    }

    function initSortSelects() {
        // The select submits its form when changed; <noscript> keeps a button for the rest.
        // Bound here rather than in an onchange attribute, which the Content-Security-Policy refuses.
        var selects = document.querySelectorAll("select[data-autosubmit]");
        Array.prototype.forEach.call(selects, function (select) {
            select.addEventListener("change", function () {
                select.form.submit();
            });
        });
    }

    Array.prototype.forEach.call(document.querySelectorAll("form[data-suggest-url]"), initSuggestions);
    initSortSelects();
}());
