// ptce serve — optional enhancements. The page works without this file: the form posts
// and the server renders the result. Here: drag and drop onto the file field, a print
// button, and focus moved to the result once it is shown.
(function () {
  "use strict";
  var drop = document.getElementById("drop");
  var input = document.getElementById("file");
  var hint = document.getElementById("drop-hint");
  if (drop && input && window.DataTransfer) {
    if (hint) { hint.hidden = false; }
    ["dragenter", "dragover"].forEach(function (name) {
      drop.addEventListener(name, function (event) { event.preventDefault(); drop.classList.add("dragging"); });
    });
    ["dragleave", "drop"].forEach(function (name) {
      drop.addEventListener(name, function () { drop.classList.remove("dragging"); });
    });
    drop.addEventListener("drop", function (event) {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files.length > 0) {
        input.files = event.dataTransfer.files;
        if (hint) { hint.textContent = event.dataTransfer.files[0].name; }
      }
    });
  }
  var print = document.getElementById("print");
  if (print) {
    print.hidden = false;
    print.addEventListener("click", function () { window.print(); });
  }
  var title = document.getElementById("result-title");
  if (title) { title.focus(); }
})();
