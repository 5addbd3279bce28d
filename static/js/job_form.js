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
