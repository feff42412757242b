// sql.html: read-only SQL on catalog-lite.db in the browser, with sql.js (SQLite compiled to
// WebAssembly). The configuration (examples, column units, where sql.js is) is the JSON in
// the form's data-config, written by catalog/publish/site_sql.py.
//
// Read-only: each run opens a fresh copy of the downloaded file with PRAGMA query_only on, so
// SQLite refuses any write ("attempt to write a readonly database"), and a statement that
// would turn query_only off is refused before it runs. Nothing a query does outlives it.
(function () {
  "use strict";

  var form = document.getElementById("sql-form");
  var config = JSON.parse(form.getAttribute("data-config"));
  var text = document.getElementById("sql-text");
  var paramsBox = document.getElementById("sql-params");
  var statusLine = document.getElementById("sql-status");
  var errorBox = document.getElementById("sql-error");
  var table = document.getElementById("sql-result");
  var csvButton = document.getElementById("sql-csv");
  var countLine = document.getElementById("sql-count");
  var examples = {};
  config.examples.forEach(function (e) { examples[e.name] = e; });

  var SQL = null, bytes = null, last = null;
  var QUERY_ONLY_OFF = /\bpragma\s+(?:["`\[]?\w+["`\]]?\s*\.\s*)?["`\[]?query_only["`\]]?/i;

  // ------------------------------------------------------------------ parameters (:name)

  function paramNames(sql) {
    var names = [], seen = {}, re = /(^|[^:\w]):(\w+)/g, m;
    var stripped = sql.replace(/'(?:[^']|'')*'/g, "''").replace(/--[^\n]*/g, "");
    while ((m = re.exec(stripped))) {
      if (!seen[m[2]]) { seen[m[2]] = true; names.push(m[2]); }
    }
    return names;
  }

  function currentParams() {
    var values = {};
    paramsBox.querySelectorAll("input[data-param]").forEach(function (input) {
      values[input.getAttribute("data-param")] = input.value;
    });
    return values;
  }

  function drawParams(values) {
    var names = paramNames(text.value);
    var old = currentParams();
    paramsBox.textContent = "";
    names.forEach(function (name) {
      var label = document.createElement("label");
      label.textContent = name;
      var input = document.createElement("input");
      input.setAttribute("data-param", name);
      input.name = "p." + name;
      input.value = values && name in values ? values[name] : (old[name] || "");
      label.appendChild(input);
      paramsBox.appendChild(label);
    });
    paramsBox.hidden = names.length === 0;
  }

  // ------------------------------------------------------------------ units

  function usd(value) {
    if (typeof value !== "number") return null;
    var text = Math.abs(value) < 1e6
      ? Number(value.toPrecision(10)).toLocaleString("en-US", { maximumFractionDigits: 10 })
      : value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return "$" + text;
  }

  function tokens(value) {
    if (typeof value !== "number" || value !== Math.floor(value)) return null;
    var full = value.toLocaleString("en-US");
    if (Math.abs(value) < 1000) return full;
    var bases = [1024, 1000];
    for (var b = 0; b < bases.length; b++) {
      var base = bases[b];
      if (value % (base * base) === 0) return value / (base * base) + "M (" + full + ")";
      if (value % base === 0) return value / base + "K (" + full + ")";
    }
    return full;
  }

  function signed(value) { return (value > 0 ? "+" : "") + value; }

  function formatCell(column, value, row, columns) {
    var unit = config.column_units[column];
    if (unit === undefined || value === null || value === "" || typeof value !== "number") return null;
    function rowValue(key) { var i = columns.indexOf(key); return i < 0 ? null : row[i]; }
    if (unit === "price" || unit.indexOf("price:") === 0) {
      var per = unit === "price" ? rowValue("unit") : unit.slice(6);
      return usd(value) + (per ? " /" + per : "");
    }
    if (unit === "check") {
      var check = String(rowValue("check") || ""), dot = check.indexOf(".");
      var family = dot < 0 ? check : check.slice(0, dot), kind = check.slice(dot + 1);
      if (family === "price" || family === "official") {
        return usd(value) + (config.kind_units[kind] ? " /" + config.kind_units[kind] : "");
      }
      if (family === "discount") return value + " %";
      if (check === "context_window" || check === "max_output_tokens") return tokens(value);
      return null;
    }
    switch (unit) {
      case "tokens": return tokens(value);
      case "percent": return value + " %";
      case "signed_percent": return signed(value) + " %";
      case "points": return signed(value) + " pts";
      case "yes_no": return value === 1 ? "yes" : value === 0 ? "no" : null;
      case "days": return value === 0 ? "today" : value > 0 ? "in " + value + " days" : -value + " days ago";
      case "seconds": return value.toFixed(1) + " s";
    }
    return null;
  }

  function unitOf(column) {
    var unit = config.column_units[column];
    if (!unit) return "";
    if (unit.indexOf("price:") === 0) return "$ /" + unit.slice(6);
    return { price: "$ /unit", tokens: "tokens", percent: "%", signed_percent: "%",
             points: "points", days: "days", seconds: "s" }[unit] || "";
  }

  // ------------------------------------------------------------------ running

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = false;
  }

  function explain(error) {
    var message = String(error && error.message || error);
    if (/readonly|read-only|query_only/i.test(message)) {
      return "Refused: the catalog is opened read-only here, so a query can read but not change it (" + message + ").";
    }
    return "SQL error: " + message;
  }

  // catalog_money(usd): the one price format of the pages and of Datasette's SQL
  // (catalog/publish/money.py: format_usd): ten significant digits, never an exponent, digits
  // grouped by thousands, two decimals from a million up; NULL for what is not a number.
  function catalogMoney(value) {
    if (typeof value !== "number" || !isFinite(value)) return null;
    if (Math.abs(value) >= 1e6) {
      return "$" + value.toLocaleString("en-US", {minimumFractionDigits: 2,
                                                   maximumFractionDigits: 2});
    }
    var parts = plainDigits(value.toPrecision(10)).split(".");
    var whole = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return "$" + whole + (parts[1] ? "." + parts[1] : "");
  }

  // "2.400000000e-6" -> "0.0000024", "24.00000000" -> "24": a decimal without exponent or
  // trailing zeros, as Python's Decimal(format(v, ".10g")) prints with "f"
  function plainDigits(text) {
    var sign = text[0] === "-" ? "-" : "";
    if (sign) text = text.slice(1);
    var exp = 0, at = text.search(/e/i);
    if (at >= 0) { exp = parseInt(text.slice(at + 1), 10); text = text.slice(0, at); }
    var dot = text.indexOf(".");
    var digits = text.replace(".", "");
    var point = (dot < 0 ? text.length : dot) + exp;
    if (point <= 0) { digits = "0".repeat(1 - point) + digits; point = 1; }
    if (point > digits.length) digits = digits + "0".repeat(point - digits.length);
    var whole = digits.slice(0, point).replace(/^0+(?=\d)/, "");
    var fraction = digits.slice(point).replace(/0+$/, "");
    return sign + whole + (fraction ? "." + fraction : "");
  }

  function run(pushUrl) {
    errorBox.hidden = true;
    var sql = text.value;
    var params = currentParams();
    if (pushUrl) saveUrl(sql, params);
    if (!SQL || !bytes) return;
    if (QUERY_ONLY_OFF.test(sql)) {
      showResult(null);
      showError("Refused: the catalog is opened read-only here, and PRAGMA query_only cannot be changed.");
      return;
    }
    var db = new SQL.Database(bytes);
    var result = null;
    try {
      db.create_function("catalog_money", catalogMoney);
      db.exec("PRAGMA query_only = 1");
      var bound = {};
      Object.keys(params).forEach(function (name) { bound[":" + name] = params[name]; });
      var statements = db.iterateStatements(sql);
      for (var stmt of statements) {
        try {
          stmt.bind(bound);
          var columns = stmt.getColumnNames(), rows = [], more = false;
          while (stmt.step()) {
            if (rows.length >= config.max_rows) { more = true; break; }
            rows.push(stmt.get());
          }
          if (columns.length) result = { columns: columns, rows: rows, more: more };
        } finally {
          stmt.free();
        }
      }
      showResult(result || { columns: [], rows: [], more: false });
    } catch (error) {
      showResult(null);
      showError(explain(error));
    } finally {
      db.close();
    }
  }

  function showResult(result) {
    last = result;
    var head = table.tHead, body = table.tBodies[0];
    head.textContent = "";
    body.textContent = "";
    csvButton.disabled = !result || !result.columns.length;
    if (!result) { table.hidden = true; countLine.textContent = ""; return; }
    var tr = document.createElement("tr");
    result.columns.forEach(function (column, index) {
      var th = document.createElement("th");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = column;
      var unit = unitOf(column);
      if (unit) {
        var small = document.createElement("small");
        small.className = "unit";
        small.textContent = " (" + unit + ")";
        button.appendChild(small);
      }
      th.setAttribute("data-column", column);
      button.addEventListener("click", function () { sortBy(index, th); });
      th.appendChild(button);
      tr.appendChild(th);
    });
    head.appendChild(tr);
    result.rows.forEach(function (row) {
      var line = document.createElement("tr");
      row.forEach(function (value, index) {
        var td = document.createElement("td");
        td.setAttribute("data-value", JSON.stringify(value === undefined ? null : value));
        var shown = formatCell(result.columns[index], value, row, result.columns);
        if (typeof value === "number") td.className = "num";
        td.textContent = shown !== null ? shown : value === null ? "" : String(value);
        if (value === null) td.className = "none";
        line.appendChild(td);
      });
      body.appendChild(line);
    });
    table.hidden = result.columns.length === 0;
    var n = result.rows.length;
    countLine.textContent = result.columns.length
      ? n + (n === 1 ? " row" : " rows") + (result.more ? " (the first " + config.max_rows + ")" : "")
      : "Done: the query returned no table.";
  }

  function sortBy(index, th) {
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (r1, r2) {
      var a = JSON.parse(r1.cells[index].getAttribute("data-value"));
      var b = JSON.parse(r2.cells[index].getAttribute("data-value"));
      if (a === null || b === null) return a === b ? 0 : (a === null ? 1 : -1); // empty last
      var order = typeof a === "number" && typeof b === "number" ? a - b
        : String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: "base" });
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  // ------------------------------------------------------------------ CSV

  function csvCell(value) {
    if (value === null || value === undefined) return "";
    var text = String(value);
    // a spreadsheet runs a cell starting with = + - @ as a formula: quote it as text
    if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = "'" + text;
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  csvButton.addEventListener("click", function () {
    if (!last) return;
    var lines = [last.columns.map(csvCell).join(",")];
    var body = table.tBodies[0];
    Array.prototype.forEach.call(body.rows, function (row) {  // in the order shown
      lines.push(Array.prototype.map.call(row.cells, function (cell) {
        return csvCell(JSON.parse(cell.getAttribute("data-value")));
      }).join(","));
    });
    var blob = new Blob([lines.join("\r\n") + "\r\n"], { type: "text/csv;charset=utf-8" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = "catalog-query.csv";
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  });

  // ------------------------------------------------------------------ the URL keeps the query

  function saveUrl(sql, params) {
    var search = new URLSearchParams();
    search.set("sql", sql);
    Object.keys(params).forEach(function (name) { search.set("p." + name, params[name]); });
    history.replaceState(null, "", "?" + search.toString());
  }

  function loadUrl() {
    var search = new URLSearchParams(location.search);
    // an example's own link (#example-<name>) or ?example=<name>
    var example = location.hash.indexOf("#example-") === 0
      ? decodeURIComponent(location.hash.slice(9)) : search.get("example");
    if (example && examples[example]) {
      text.value = examples[example].sql;
      drawParams(examples[example].params);
      return true;
    }
    if (search.has("sql")) {
      text.value = search.get("sql");
      var params = {};
      search.forEach(function (value, key) { if (key.indexOf("p.") === 0) params[key.slice(2)] = value; });
      drawParams(params);
      return true;
    }
    drawParams({});
    return false;
  }

  document.querySelectorAll("a.sql-example").forEach(function (link) {
    link.addEventListener("click", function (event) {
      var example = examples[link.getAttribute("data-example")];
      if (!example) return;
      event.preventDefault();
      text.value = example.sql;
      drawParams(example.params);
      run(true);
      form.scrollIntoView();
    });
  });

  form.addEventListener("submit", function (event) { event.preventDefault(); run(true); });
  text.addEventListener("input", function () { drawParams(); });

  // ------------------------------------------------------------------ start

  var fromUrl = loadUrl();
  if (!config.sqljs) return;  // the page says how to get sql.js
  var base = config.sqljs_absolute ? config.sqljs : new URL(config.sqljs, document.baseURI).href;
  var loader = document.createElement("script");
  loader.src = base + "sql-wasm.js";
  loader.onerror = function () {
    statusLine.textContent = "Could not load sql.js from " + base + ".";
  };
  loader.onload = function () {
    Promise.all([
      window.initSqlJs({ locateFile: function (file) { return base + file; } }),
      fetch(config.database).then(function (response) {
        if (!response.ok) throw new Error(config.database + " answered " + response.status);
        return response.arrayBuffer();
      }),
    ]).then(function (loaded) {
      SQL = loaded[0];
      bytes = new Uint8Array(loaded[1]);
      statusLine.textContent = "Ready: " + config.database + " (" + Math.round(bytes.length / 1024) + " KB) is loaded; SQLite runs in this page.";
      document.body.setAttribute("data-sql-ready", "1");
      if (fromUrl) {
        run(false);
        if (location.hash) form.scrollIntoView();  // an example's link: show its result
      }
    }).catch(function (error) {
      statusLine.textContent = "Could not load the catalog: " + (error && error.message || error) +
        (location.protocol === "file:" ? " (a page opened from a file cannot download it: serve the folder over HTTP, e.g. python3 -m http.server)" : "");
    });
  };
  document.head.appendChild(loader);
})();
