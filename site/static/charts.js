/* Draws every chart of a page: a .vl-chart element holds a Vega-Lite spec (JSON, built by
   catalog/publish/charts.py) in data-spec; vega-embed renders it as SVG. Without the library
   (npm packages not fetched) or without JavaScript, the figure keeps its caption and the link
   to the query behind it. */
(function () {
  "use strict";
  function draw() {
    var charts = document.querySelectorAll(".vl-chart[data-spec]");
    charts.forEach(function (el) {
      if (typeof window.vegaEmbed !== "function") {
        el.textContent = "The chart library is not installed here (make install fetches it); " +
          "the numbers are behind the link below.";
        return;
      }
      var spec = JSON.parse(el.getAttribute("data-spec"));
      window.vegaEmbed(el, spec, { actions: false, renderer: "svg" }).then(function (result) {
        var svg = el.querySelector("svg");
        if (svg) {
          svg.setAttribute("role", "img");
          svg.setAttribute("aria-label", spec.description || "chart");
        }
        el.setAttribute("data-drawn", "1");
        return result;
      }).catch(function (error) {
        el.textContent = "The chart could not be drawn: " + error.message;
      });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
