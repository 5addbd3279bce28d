/* "Email me new jobs like these": keep the link on the search the page shows after htmx
   swaps the results in place (the URL is pushed, the link sits outside the swapped region). */
(function () {
  "use strict";
  function sync() {
    var link = document.getElementById("search-alert-link");
    if (!link) return;
    var params = new URLSearchParams(window.location.search);
    params.delete("page");
    params.delete("sort");
    var query = params.toString();
    link.href = link.getAttribute("data-alert-base") + (query ? "?" + query : "");
  }
  document.addEventListener("htmx:pushedIntoHistory", sync);
  document.addEventListener("htmx:afterSettle", sync);
  window.addEventListener("popstate", sync);
})();
