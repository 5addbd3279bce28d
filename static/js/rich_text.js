/* Rich text for textareas marked data-rich-text (organisation "about", job descriptions).
 *
 * Progressive enhancement: without JavaScript the textarea is posted as it is (plain text or
 * simple HTML). With it, a Trix editor (static/vendor/trix, served from this site) takes the
 * textarea's place and writes its HTML back into it. The editor offers only what the
 * server's sanitisers keep: paragraphs, bold, italics, links, headings (h2 and h3) and lists.
 * Trix adds two small default stylesheets of its own; the page gives them the request's CSP
 * nonce (<meta name="trix-csp-nonce">), so no 'unsafe-inline' style is needed. The toolbar's
 * and link dialog's words are the page's (<template id="rich-text-words">).
 */
(function () {
  "use strict";
  if (!window.Trix || !window.customElements) return;

  var config = window.Trix.config;
  config.blockAttributes.default.tagName = "p";
  config.blockAttributes.heading1.tagName = "h2";
  config.blockAttributes.heading3 = {
    tagName: "h3", terminal: true, breakOnReturn: true, group: false,
  };
  config.lang.heading1 = "Heading";
  config.lang.heading3 = "Subheading";
  // The page's words for the editor (includes/rich_text_assets.html): data-url-placeholder
  // becomes config.lang.urlPlaceholder.
  var words = document.getElementById("rich-text-words");
  if (words) {
    Object.keys(words.dataset).forEach(function (key) { config.lang[key] = words.dataset[key]; });
  }

  // Buttons whose output the sanitisers would strip (strike, quote, code, files, nesting).
  var UNWANTED = [
    "[data-trix-attribute=strike]", "[data-trix-attribute=quote]",
    "[data-trix-attribute=code]", "[data-trix-button-group=file-tools]",
    "[data-trix-action=decreaseNestingLevel]", "[data-trix-action=increaseNestingLevel]",
  ];

  function trimToolbar(toolbar) {
    UNWANTED.forEach(function (selector) {
      toolbar.querySelectorAll(selector).forEach(function (node) { node.remove(); });
    });
    var heading = toolbar.querySelector("[data-trix-attribute=heading1]");
    if (heading && !toolbar.querySelector("[data-trix-attribute=heading3]")) {
      var sub = heading.cloneNode(false);
      sub.setAttribute("data-trix-attribute", "heading3");
      sub.classList.remove("trix-button--icon-heading-1");
      sub.title = sub.textContent = config.lang.heading3;
      heading.after(sub);
    }
    toolbar.querySelectorAll("button").forEach(function (button) {
      button.classList.remove("trix-button--icon");  // words, not icon images
      button.textContent = button.title;
    });
  }

  function enhance(textarea) {
    var editor = document.createElement("trix-editor");
    editor.setAttribute("input", textarea.id);
    editor.className = "rich-text";
    // Trix gives the element this role when it starts; given here, the aria-* set below are
    // valid from the moment the element is in the page (axe once caught it in between).
    editor.setAttribute("role", "textbox");
    editor.setAttribute("aria-multiline", "true");
    var label = document.querySelector('label[for="' + textarea.id + '"]');
    if (label) {
      // The label now names the editor alone (the hidden textarea is only its storage).
      label.id = label.id || textarea.id + "_label";
      label.removeAttribute("for");
      editor.setAttribute("aria-labelledby", label.id);
      label.addEventListener("click", function () { editor.focus(); });
    }
    var described = textarea.getAttribute("aria-describedby");
    if (described) editor.setAttribute("aria-describedby", described);
    if (textarea.getAttribute("aria-invalid")) editor.setAttribute("aria-invalid", "true");
    editor.addEventListener("trix-initialize", function () { trimToolbar(editor.toolbarElement); });
    editor.addEventListener("trix-file-accept", function (event) { event.preventDefault(); });
    if (textarea.required) {
      textarea.required = false;  // a hidden control cannot take the browser's focus
      editor.setAttribute("aria-required", "true");
    }
    textarea.hidden = true;
    textarea.after(editor);
  }

  function start() {
    document.querySelectorAll("textarea[data-rich-text][id]").forEach(enhance);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
