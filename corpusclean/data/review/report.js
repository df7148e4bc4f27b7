// corpusclean review report: reason filter and pagination.  Without script the page
// shows every document; with it one page of documents at a time.
(function () {
  "use strict";
  var body = document.body;
  var pageSize = parseInt(body.getAttribute("data-page-size"), 10) || 20;
  var docs = Array.prototype.slice.call(document.querySelectorAll("article.doc"));
  var select = document.getElementById("reason-filter");
  var info = document.getElementById("page-info");
  var pager = document.getElementById("pager");
  var page = 0;

  function matches(reason, filter) {
    if (!filter) return true;
    return filter.charAt(filter.length - 1) === "." ? reason.indexOf(filter) === 0 : reason === filter;
  }

  function visibleDocs() {
    var filter = select.value;
    return docs.filter(function (d) {
      var reasons = (d.getAttribute("data-reasons") || "").split(" ");
      return reasons.some(function (r) { return r && matches(r, filter); }) || !filter;
    });
  }

  function render() {
    var filter = select.value;
    var shown = visibleDocs();
    var pages = Math.max(1, Math.ceil(shown.length / pageSize));
    if (page >= pages) page = pages - 1;
    var first = page * pageSize;
    docs.forEach(function (d) { d.classList.add("hidden"); });
    shown.slice(first, first + pageSize).forEach(function (d) { d.classList.remove("hidden"); });
    document.querySelectorAll(".e").forEach(function (m) {
      m.classList.toggle("dim", !matches(m.getAttribute("data-r"), filter));
    });
    info.textContent = shown.length
      ? "Documents " + (first + 1) + "\u2013" + Math.min(first + pageSize, shown.length) + " of " + shown.length
      : "No document has this reason";
    info.setAttribute("data-shown", String(shown.length));
    pager.textContent = "";
    if (pages > 1) {
      for (var i = 0; i < pages; i++) {
        var b = document.createElement("button");
        b.type = "button";
        b.textContent = String(i + 1);
        if (i === page) b.setAttribute("aria-current", "page");
        b.addEventListener("click", (function (n) { return function () { page = n; render(); }; })(i));
        pager.appendChild(b);
      }
    }
  }

  select.addEventListener("change", function () { page = 0; render(); });
  document.getElementById("show-ws").addEventListener("change", function (ev) {
    body.classList.toggle("hide-ws", !ev.target.checked);
  });
  document.querySelectorAll(".chip").forEach(function (c) {
    c.addEventListener("click", function () {
      select.value = c.getAttribute("data-filter");
      page = 0;
      render();
      document.getElementById("documents").scrollIntoView();
    });
  });
  render();
  body.setAttribute("data-ready", "1");
})();
