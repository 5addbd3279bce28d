// After a failed submit, move focus to the error summary so a screen reader reads what went
// wrong; a link in it moves focus to its field (the label stays in view). The summary and its
// links work without this script (docs/forms.md).
(function () {
  "use strict";
  if (window.rxErrorSummary) {
    return; // included once per form with errors; one page, one listener
  }
  window.rxErrorSummary = true;

  function focusTarget(link) {
    var target = document.getElementById(link.getAttribute("href").slice(1));
    if (!target) {
      return false;
    }
    var field = target.closest(".form-field");
    var legendOrLabel = field && field.querySelector("legend, label");
    target.focus({ preventScroll: true });
    (legendOrLabel || target).scrollIntoView({ block: "start" });
    return true;
  }

  function start() {
    var summary = document.querySelector("[data-error-summary]");
    if (!summary) {
      return;
    }
    summary.focus();
    summary.addEventListener("click", function (event) {
      var link = event.target.closest("a[href^='#']");
      if (link && focusTarget(link)) {
        event.preventDefault();
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
