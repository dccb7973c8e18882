// Card payment with Stripe's Payment Element. The intent was created on the server, in
// the buyer's currency; the card is confirmed here and Stripe sends the buyer back to
// the return URL, where the server reads the outcome from Stripe (the webhook moves the
// orders). Card details never touch this site.
(function () {
  "use strict";
  var form = document.getElementById("payment-form");
  if (!form || typeof Stripe !== "function") { return; }
  var message = document.getElementById("payment-message");
  var button = document.getElementById("pay-button");
  var stripe = Stripe(form.dataset.publishableKey);
  var elements = stripe.elements({clientSecret: form.dataset.clientSecret,
                                  locale: document.documentElement.lang || "auto"});
  elements.create("payment").mount("#payment-element");

  function show(text) {
    message.textContent = text;
    message.classList.remove("d-none");
    button.disabled = false;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    button.disabled = true;
    message.classList.add("d-none");
    stripe.confirmPayment({elements: elements, confirmParams: {return_url: form.dataset.returnUrl}})
      .then(function (result) {
        // Only reached on an immediate error: success leaves for the return URL.
        if (result && result.error) { show(result.error.message); }
      });
  });
})();
