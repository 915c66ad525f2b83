// ptce serve — the fill-in form's enhancements. The form works without this file: every
// button posts the form and the server answers with the whole page. Here: rows added,
// removed and moved in place; the verdict asked of the server as the applicant types (the
// rules run only on the server); the draft kept in this browser's localStorage.
(function () {
  "use strict";
  var STORE = "ptce-fill-draft-" + document.documentElement.lang;
  var counter = 0;
  var sequence = 0;
  var timer = null;

  function form() { return document.getElementById("fill"); }

  // The form's fields in page order, files and buttons left out.
  function pairs() {
    var out = [];
    new FormData(form()).forEach(function (value, name) {
      if (typeof value === "string" && name !== "op") { out.push([name, value]); }
    });
    return out;
  }

  function save() {
    try { localStorage.setItem(STORE, JSON.stringify(pairs())); } catch (e) { /* storage full or off */ }
  }

  function body(list) {
    var data = new FormData();
    list.forEach(function (pair) { data.append(pair[0], pair[1]); });
    data.append("op", "check");
    return data;
  }

  function post(list) {
    return fetch(form().action, { method: "POST", body: body(list), credentials: "same-origin" })
      .then(function (response) { return response.text(); })
      .then(function (html) { return new DOMParser().parseFromString(html, "text/html"); });
  }

  // Replaces each live part of the page (verdict, errors, totals) by the server's.
  // `data-pending` on the root says whether a verdict is still awaited (for tests and tools).
  function pending(on) { document.documentElement.setAttribute("data-pending", on ? "1" : "0"); }

  function refresh() {
    var mine = ++sequence;
    post(pairs()).then(function (doc) {
      if (mine !== sequence) { return; }
      pending(false);
      doc.querySelectorAll("[data-live][id]").forEach(function (fresh) {
        var old = document.getElementById(fresh.id);
        if (old) { old.replaceWith(document.importNode(fresh, true)); }
      });
      document.querySelectorAll("#fill p.error[data-live]").forEach(function (error) {
        var id = error.id.replace(/-error$/, "");
        var field = document.getElementById(id);
        var wrong = error.textContent.trim() !== "";
        if (field) {
          if (wrong) { field.setAttribute("aria-invalid", "true"); } else { field.removeAttribute("aria-invalid"); }
          var box = field.closest(".field");
          if (box) { box.classList.toggle("has-error", wrong); }
        }
      });
      var status = document.getElementById("verdict-status");
      var total = document.getElementById("verdict-total");
      var live = document.getElementById("live-status");
      if (live && status) { live.textContent = status.textContent + (total ? " — " + total.textContent : ""); }
    }).catch(function () { pending(false); /* the check button still works */ });
  }

  function changed() {
    pending(true);
    save();
    clearTimeout(timer);
    timer = setTimeout(refresh, 350);
  }

  function freshKey() { counter += 1; return "n" + Date.now().toString(36) + counter; }

  function freshMemberID() {
    var taken = {};
    document.querySelectorAll("input[name='member.id']").forEach(function (input) { taken[input.value] = true; });
    var number = document.querySelectorAll("li.row-member").length;
    while (taken["m" + number] || number === 0) { number += 1; }
    return "m" + number;
  }

  function add(button) {
    var template = document.getElementById("tpl-" + button.getAttribute("data-add"));
    var list = document.getElementById(button.getAttribute("data-list"));
    if (!template || !list) { return; }
    var holder = document.createElement("template");
    holder.innerHTML = template.innerHTML.replace(/__key__/g, freshKey());
    var row = holder.content.firstElementChild;
    list.appendChild(holder.content);
    var id = row.querySelector("input[name='member.id']");
    if (id) { id.value = freshMemberID(); }
    var first = row.querySelector("input[type=text], select, textarea");
    if (first) { first.focus(); }
  }

  function move(button, offset) {
    var row = button.closest("li.row");
    if (!row) { return; }
    var other = offset < 0 ? row.previousElementSibling : row.nextElementSibling;
    if (!other) { return; }
    if (offset < 0) { row.parentNode.insertBefore(row, other); } else { row.parentNode.insertBefore(other, row); }
    button.focus();
  }

  function remove(button) {
    var row = button.closest("li.row");
    if (!row) { return; }
    var next = row.nextElementSibling || row.previousElementSibling;
    var addButton = row.parentNode.parentNode.querySelector("button[data-add]");
    row.remove();
    var target = next ? next.querySelector("input, select, textarea") : addButton;
    if (target) { target.focus(); }
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    if (button && button.form === form()) {
      if (button.hasAttribute("data-add")) { event.preventDefault(); add(button); changed(); return; }
      if (button.hasAttribute("data-move")) { event.preventDefault(); move(button, +button.getAttribute("data-move")); changed(); return; }
      if (button.hasAttribute("data-remove")) { event.preventDefault(); remove(button); changed(); return; }
      if (button.id === "clear") {
        if (!window.confirm(button.getAttribute("data-confirm"))) { event.preventDefault(); return; }
        try { localStorage.removeItem(STORE); } catch (e) { /* nothing kept */ }
        return;
      }
    }
    // A link of the verdict to a field: move the focus there, not only the view.
    var link = event.target.closest("aside a[href^='#']");
    if (link) {
      var target = document.getElementById(link.getAttribute("href").slice(1));
      if (target) {
        event.preventDefault();
        target.scrollIntoView({ block: "center" });
        target.focus();
      }
    }
  });

  document.addEventListener("input", function (event) {
    if (form() && form().contains(event.target) && event.target.type !== "file") { changed(); }
  });
  document.addEventListener("change", function (event) {
    if (form() && form().contains(event.target) && event.target.type !== "file") { changed(); }
  });

  // A page the server rendered from a post (a file loaded, a check) is the draft; a fresh
  // page takes back the draft this browser kept, through the server, which draws the rows.
  if (!form()) { return; }
  var saved = null;
  try { saved = JSON.parse(localStorage.getItem(STORE) || "null"); } catch (e) { saved = null; }
  if (form().getAttribute("data-posted") !== "1" && saved && saved.length) {
    post(saved).then(function (doc) {
      var main = doc.querySelector("main");
      if (main) { document.querySelector("main").innerHTML = main.innerHTML; }
      document.documentElement.setAttribute("data-restored", "1");
    }).catch(function () { /* keep the empty form */ });
  } else {
    save();
    document.documentElement.setAttribute("data-restored", "0");
  }
})();
