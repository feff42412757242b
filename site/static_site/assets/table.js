// Sorting and filtering for the catalog's tables, in plain JavaScript with no dependencies.
// Progressive enhancement: without JavaScript every table is complete and readable, and the
// filter bars (rendered with `hidden`) stay out of the way.
(function () {
  "use strict";

  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) return "";
    return cell.hasAttribute("data-value") ? cell.getAttribute("data-value") : cell.textContent.trim();
  }

  function compare(a, b, numeric) {
    if (numeric) {
      var x = parseFloat(a), y = parseFloat(b);
      var xNaN = isNaN(x), yNaN = isNaN(y);
      if (xNaN || yNaN) return xNaN === yNaN ? 0 : (xNaN ? 1 : -1); // unknown values last
      return x - y;
    }
    return a.localeCompare(b, undefined, { sensitivity: "base", numeric: true });
  }

  function makeSortable(table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (th, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var numeric = th.getAttribute("data-type") === "number";
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {
          var a = cellValue(r1, index), b = cellValue(r2, index);
          if (numeric && (a === "" || b === "")) return a === b ? 0 : (a === "" ? 1 : -1);
          var result = compare(a, b, numeric);
          return ascending ? result : -result;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  function makeFilterable(form) {
    var table = document.getElementById(form.getAttribute("data-table"));
    if (!table) return;
    var controls = form.querySelectorAll("[data-filter]");
    var count = form.querySelector("[data-count]");
    function apply() {
      var shown = 0, rows = table.tBodies[0].rows;
      Array.prototype.forEach.call(rows, function (row) {
        var visible = true;
        Array.prototype.forEach.call(controls, function (control) {
          var key = control.getAttribute("data-filter"), wanted = control.value.trim().toLowerCase();
          if (!wanted) return;
          if (key === "text") {
            if (row.textContent.toLowerCase().indexOf(wanted) === -1) visible = false;
          } else if ((row.getAttribute("data-" + key) || "").toLowerCase() !== wanted) {
            visible = false;
          }
        });
        row.hidden = !visible;
        if (visible) shown += 1;
      });
      if (count) count.textContent = shown + " of " + rows.length + " rows";
    }
    Array.prototype.forEach.call(controls, function (control) {
      control.addEventListener("input", apply);
      control.addEventListener("change", apply);
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.hidden = false;
    apply();
  }

  // "in 30 days" / "12 days ago" next to a date, from the reader's today, not the build's
  function relativeDates() {
    var now = new Date();
    var today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
    document.querySelectorAll("[data-relative]").forEach(function (el) {
      var parts = el.getAttribute("data-relative").split("-").map(Number);
      if (parts.length !== 3 || parts.some(isNaN)) return;
      var days = Math.round((Date.UTC(parts[0], parts[1] - 1, parts[2]) - today) / 86400000);
      var unit = Math.abs(days) === 1 ? " day" : " days";
      el.textContent = days === 0 ? "today" : days > 0 ? "in " + days + unit : -days + unit + " ago";
    });
  }

  // On a phone a table collapses into one block per row (assets/site.css): each cell is
  // named by its column's header, unless the template named it already.
  function labelCells(table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(table.tBodies, function (body) {
      Array.prototype.forEach.call(body.rows, function (row) {
        Array.prototype.forEach.call(row.cells, function (cell, index) {
          if (!cell.hasAttribute("data-label") && headers[index] && cell.colSpan === 1) {
            cell.setAttribute("data-label", headers[index].textContent.trim());
          }
        });
      });
    });
  }

  relativeDates();
  document.querySelectorAll("table.data").forEach(labelCells);
  document.querySelectorAll("table.sortable").forEach(makeSortable);
  document.querySelectorAll("form.table-filter").forEach(makeFilterable);
})();
