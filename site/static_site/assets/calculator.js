// calculator.html: the cost of one job on every model (catalog/publish/site_calculator.py).
// Each row carries its prices as data-prices = {kind: [CometAPI USD, official USD]}; a job's
// cost is the sum of quantity / per × price over what the job uses, and a model with no price
// for something the job uses gets no cost (listed last, hidden unless "show" is ticked).
// The job, the filters and the sort are kept in the page's address.
(function () {
  "use strict";

  var form = document.getElementById("calc-form");
  var table = document.getElementById("calc-table");
  var count = document.getElementById("calc-count");
  var errorLine = document.getElementById("calc-error");
  var quantities = Array.prototype.slice.call(form.querySelectorAll("input[data-kind]"));
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var headers = table.tHead.rows[0].cells;

  function usd(value) {
    if (value === null) return "";
    var digits = value === 0 ? 2 : Math.max(2, Math.min(8, 3 - Math.floor(Math.log10(Math.abs(value)))));
    return "$" + value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: digits });
  }

  // "128000", "128k", "1M", "1.5m" -> tokens; "" -> 0; anything else -> NaN
  function size(text) {
    var m = /^\s*(\d+(?:\.\d+)?)\s*([kKmM]?)\s*$/.exec(text);
    if (!text.trim()) return 0;
    if (!m) return NaN;
    return Math.round(parseFloat(m[1]) * ({ "": 1, k: 1e3, K: 1e3, m: 1e6, M: 1e6 }[m[2]]));
  }

  function cost(prices, which) {
    var total = 0, used = false;
    for (var i = 0; i < quantities.length; i++) {
      var input = quantities[i], quantity = parseFloat(input.value);
      if (!(quantity > 0)) continue;
      used = true;
      var price = (prices[input.getAttribute("data-kind")] || [null, null])[which];
      if (price === null || price === undefined) return null;
      total += quantity / parseFloat(input.getAttribute("data-per")) * price;
    }
    return used ? total : null;
  }

  function setCell(cell, value) {
    cell.setAttribute("data-value", value === null ? "" : String(value));
    cell.textContent = usd(value);
  }

  function update() {
    var kind = form.elements.kind.value;
    var minContext = size(form.elements.context.value);
    var showAll = form.elements.all.checked;
    errorLine.hidden = !isNaN(minContext);
    if (isNaN(minContext)) {
      errorLine.textContent = "Context: write a number of tokens, e.g. 128000, 128k or 1M.";
      minContext = 0;
    }
    var shown = 0;
    rows.forEach(function (row) {
      var prices = JSON.parse(row.getAttribute("data-prices"));
      var mine = cost(prices, 0), official = cost(prices, 1);
      setCell(row.querySelector("td.cost"), mine);
      setCell(row.querySelector("td.official"), official);
      setCell(row.querySelector("td.saving"), mine !== null && official !== null ? official - mine : null);
      var context = parseInt(row.getAttribute("data-context"), 10) || 0;
      var visible = (!kind || row.getAttribute("data-kind") === kind)
        && (!minContext || context >= minContext) && (showAll || mine !== null);
      row.hidden = !visible;
      if (visible) shown++;
    });
    count.textContent = shown + " of " + rows.length + " models";
    if (ready) {  // the costs changed: sort again by the same column, the same way
      var sort = sortState();
      if (sort) {
        Array.prototype.forEach.call(headers, function (th) { th.removeAttribute("aria-sort"); });
        clickSort(sort.index, sort.dir);
      }
      saveUrl();
    }
  }

  function sortState() {
    for (var i = 0; i < headers.length; i++) {
      var state = headers[i].getAttribute("aria-sort");
      if (state) return { index: i, dir: state === "ascending" ? "asc" : "desc" };
    }
    return null;
  }

  function saveUrl() {
    var search = new URLSearchParams();
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name) return;
      if (el.type === "checkbox") { if (el.checked) search.set(el.name, "1"); return; }
      if (el.value !== "") search.set(el.name, el.value);
    });
    var sort = sortState();
    if (sort) search.set("sort", sort.index + "." + sort.dir);
    history.replaceState(null, "", "?" + search.toString());
  }

  function clickSort(index, dir) {
    var button = headers[index] && headers[index].querySelector("button.sort");
    if (!button) return;
    button.click();  // assets/table.js sorts: ascending first, then descending
    if (dir === "desc") button.click();
  }

  function loadUrl() {
    var search = new URLSearchParams(location.search);
    if (!location.search) return null;
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name) return;
      if (el.type === "checkbox") el.checked = search.get(el.name) === "1";
      else el.value = search.get(el.name) || "";
    });
    var sort = /^(\d+)\.(asc|desc)$/.exec(search.get("sort") || "");
    return sort ? { index: parseInt(sort[1], 10), dir: sort[2] } : null;
  }

  var ready = false;
  var sort = loadUrl();
  update();
  // table.js has made the headings buttons by now (it runs first): sort by the job's cost
  // unless the address says otherwise, and keep each new sort in the address
  if (sort) clickSort(sort.index, sort.dir);
  else clickSort(5, "asc");
  Array.prototype.forEach.call(headers, function (th) {
    var button = th.querySelector("button.sort");
    if (button) button.addEventListener("click", function () { setTimeout(saveUrl, 0); });
  });
  ready = true;
  saveUrl();
  form.addEventListener("input", update);
  form.addEventListener("change", update);
  form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
  document.body.setAttribute("data-calculator-ready", "1");
})();
