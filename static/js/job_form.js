// Progressive enhancement for the job form: when the state changes, pre-fill the state
// credential policy from the state's rule, unless the employer has already chosen one.
(function () {
  "use strict";
  var form = document.querySelector("form.job-form");
  if (!form) return;
  var state = form.querySelector("#id_state");
  var url = form.getAttribute("data-state-policy-url");
  var touched = false;
  form.querySelectorAll("input[name=state_credential]").forEach(function (radio) {
    radio.addEventListener("change", function () { touched = true; });
  });
  if (!state || !url) return;
  state.addEventListener("change", function () {
    if (touched) return;
    fetch(url + "?state=" + encodeURIComponent(state.value), { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data) return;
        form.querySelectorAll("input[name=state_credential]").forEach(function (radio) {
          radio.checked = data.policy !== null && radio.value === data.policy;
        });
      });
  });
})();
