/* Job search: keyword suggestions in the datalist, and a busy state while htmx swaps results.
   Everything here is an enhancement: without JavaScript the form submits normally. */
(function () {
  "use strict";
  var timer = null;
  var lastPrefix = "";

  function fillSuggestions(input, list) {
    var prefix = input.value.trim();
    if (prefix.length < 2 || prefix === lastPrefix) return;
    lastPrefix = prefix;
    fetch(input.dataset.suggestUrl + "?q=" + encodeURIComponent(prefix), {
      headers: { Accept: "application/json" },
    })
      .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
      .then(function (data) {
        list.replaceChildren.apply(
          list,
          data.suggestions.map(function (text) {
            var option = document.createElement("option");
            option.value = text;
            return option;
          })
        );
      })
      .catch(function () {});
  }

  document.addEventListener("input", function (event) {
    var input = event.target;
    if (!input.matches || !input.matches("input[data-suggest-url]")) return;
    var list = document.getElementById(input.getAttribute("list"));
    if (!list) return;
    clearTimeout(timer);
    timer = setTimeout(function () { fillSuggestions(input, list); }, 150);
  });

  // Typing in the keyword box must not fire a search on every change; Enter or the button does.
  document.addEventListener("change", function (event) {
    if (event.target.id === "id_q") event.stopPropagation();
  }, true);

  // Filters: behind "Filters (n)" on phones, open beside the results on wide screens; a swap
  // keeps whatever the reader chose.
  var wide = window.matchMedia("(min-width: 56rem)");
  var filtersOpen = null;

  function openFiltersWhenWide() {
    var filters = document.getElementById("search-filters");
    if (!filters) return;
    if (filtersOpen === null) {
      if (wide.matches) filters.open = true;
    } else {
      filters.open = filtersOpen || filters.open;
    }
  }
  openFiltersWhenWide();
  document.addEventListener("toggle", function (event) {
    if (event.target.id === "search-filters") filtersOpen = event.target.open;
  }, true);
  document.addEventListener("htmx:afterSwap", openFiltersWhenWide);

  document.addEventListener("htmx:beforeRequest", function () {
    var region = document.getElementById("search-region");
    if (region) region.setAttribute("aria-busy", "true");
  });
  document.addEventListener("htmx:afterSettle", function () {
    var region = document.getElementById("search-region");
    if (region) region.setAttribute("aria-busy", "false");
  });
})();
