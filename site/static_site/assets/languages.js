/* The language switcher of a model page, with JavaScript: a click on a language reads the
   model's texts file (named by the switcher's data-texts, one small JSON file per model) and
   swaps the text in place, with its lang attribute, instead of leaving for the source page
   the link names. The choice is kept in the URL (#lang=ko), so a link shares it. Without
   JavaScript, from file:// (where a browser refuses fetch) or when the file cannot be read,
   the links go to the source pages. */
(function () {
  "use strict";
  var nav = document.querySelector("nav.languages[data-texts]");
  var box = document.querySelector(".own-text");
  if (!nav || !box || window.location.protocol === "file:") return;
  var links = Array.prototype.slice.call(nav.querySelectorAll("a[data-lang]"));
  var ownLang = box.getAttribute("lang");
  var texts = null;

  function load() {
    if (!texts) {
      texts = fetch(nav.getAttribute("data-texts")).then(function (response) {
        if (!response.ok) throw new Error("texts file: HTTP " + response.status);
        return response.json();
      });
      texts.catch(function () { texts = null; });
    }
    return texts;
  }

  function fill(selector, text) {
    var element = box.querySelector(selector);
    if (!element) return;
    element.textContent = text || "";
    element.hidden = !text;
  }

  function show(lang, data) {
    var entry = data.texts[lang];
    var link = links.filter(function (a) { return a.getAttribute("data-lang") === lang; })[0];
    if (!entry || !link) return false;
    box.setAttribute("lang", lang);
    fill(".name", entry.name);
    fill(".lede", entry.summary);
    fill(".description", entry.description ? entry.description + (entry.cut ? " …" : "") : "");
    var language = document.querySelector("#locales .own-language");
    if (language) language.textContent = link.textContent;
    var source = document.querySelector("p.source");
    if (source) {
      var lead = source.querySelector(".source-lead");
      if (lead) lead.textContent = entry.cut ? "The description goes on at " : "From ";
      var a = source.querySelector("a");
      if (a) a.setAttribute("href", entry.url);
      var code = source.querySelector("code");
      if (code) code.textContent = lang;
    }
    links.forEach(function (a) {
      if (a === link) a.setAttribute("aria-current", "true");
      else a.removeAttribute("aria-current");
    });
    return true;
  }

  function wanted() {
    var match = /(?:^#|&)lang=([^&]+)/.exec(window.location.hash);
    return match ? decodeURIComponent(match[1]) : ownLang;
  }

  function choose(lang, fallback) {
    return load().then(function (data) {
      if (!show(lang, data) && fallback) window.location.href = fallback;
    }, function () {
      if (fallback) window.location.href = fallback;  // no texts file: the source page
    });
  }

  links.forEach(function (a) {
    a.addEventListener("click", function (event) {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      var lang = a.getAttribute("data-lang");
      var url = window.location.pathname + window.location.search +
        (lang === ownLang ? "" : "#lang=" + encodeURIComponent(lang));
      window.history.replaceState(null, "", url);
      choose(lang, a.href);
    });
  });
  window.addEventListener("hashchange", function () { choose(wanted(), null); });
  if (wanted() !== ownLang) choose(wanted(), null);
})();
