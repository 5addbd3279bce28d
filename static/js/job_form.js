// Progressive enhancement for the job form: when the state or setting changes, pre-fill the
// state credential policy from the state's rule (unless the employer has already chosen one)
// and disable the choices the state's law rules out. The server enforces the same floor.
(function () {
  "use strict";
  var form = document.querySelector("form.job-form");
  if (!form) return;
  var state = form.querySelector("#id_state");
  var setting = form.querySelector("#id_setting");
  var url = form.getAttribute("data-state-policy-url");
  var touched = false;
  var radios = function () { return form.querySelectorAll("input[name=state_credential]"); };
  radios().forEach(function (radio) {
    radio.addEventListener("change", function () { touched = true; });
  });
  if (!state || !url) return;
  function refresh() {
    var query = "?state=" + encodeURIComponent(state.value) +
      "&setting=" + encodeURIComponent(setting ? setting.value : "");
    fetch(url + query, { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data) return;
        var allowed = data.allowed && data.allowed.length ? data.allowed : null;
        radios().forEach(function (radio) {
          radio.disabled = allowed !== null && allowed.indexOf(radio.value) === -1;
          if (radio.disabled && radio.checked) { radio.checked = false; touched = false; }
          if (!touched) radio.checked = data.policy !== null && radio.value === data.policy;
        });
        var note = form.querySelector("#state-law-note");
        if (note) { note.textContent = data.note || ""; note.hidden = !data.note; }
      });
  }
  state.addEventListener("change", refresh);
  if (setting) setting.addEventListener("change", refresh);
})();

// Collapsed state pickers: a filter box over the list, "every state" ticks them all, and the
// summary line says what is chosen. Without JavaScript the list and the checkbox still work.
(function () {
  "use strict";
  document.querySelectorAll("[data-state-picker]").forEach(function (picker) {
    var boxes = picker.querySelectorAll(".choice-list input[type=checkbox]");
    var filter = picker.querySelector("[data-picker-filter]");
    var summary = picker.querySelector("[data-picker-summary]");
    var all = picker.querySelector(".state-picker__body > .form-field > input[type=checkbox]");
    function chosen() {
      return Array.prototype.filter.call(boxes, function (box) { return box.checked; })
        .map(function (box) { return box.value; });
    }
    function describe() {
      var values = chosen();
      if (!summary) return;
      if (!values.length) summary.textContent = "(None chosen)";
      else if (values.length > 6) summary.textContent = "(" + values.length + " states)";
      else summary.textContent = "(" + values.join(", ") + ")";
      if (all) all.checked = values.length === boxes.length;
    }
    if (filter) {
      filter.parentNode.hidden = false;
      filter.addEventListener("input", function () {
        var needle = filter.value.trim().toLowerCase();
        boxes.forEach(function (box) {
          var label = picker.querySelector("label[for='" + box.id + "']");
          var text = (box.value + " " + (label ? label.textContent : "")).toLowerCase();
          box.closest("li").hidden = needle !== "" && text.indexOf(needle) === -1;
        });
      });
    }
    if (all) {
      all.addEventListener("change", function () {
        boxes.forEach(function (box) { box.checked = all.checked; });
        describe();
      });
    }
    boxes.forEach(function (box) { box.addEventListener("change", describe); });
  });
})();
