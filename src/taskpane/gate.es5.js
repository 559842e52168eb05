/* The first script of taskpane.html, inlined by the build and written in ES5 so that it
   runs where the bundle cannot: Office 2016/2019 show add-ins in Internet Explorer 11
   ("Trident") or old Edge ("EdgeHTML"), whose engines stop at the bundle's first line.
   There it reveals the static page of src/taskpane/unsupported.ts at once; Microsoft
   recommends this graceful failure (learn.microsoft.com/office/dev/add-ins/develop/support-ie-11,
   "Determine the webview the add-in is running in at runtime"). The bundle calls
   sanpiGate.show for the other reasons (no office.js, not in Excel, missing sets) and
   sanpiGate.notice when only the functions cannot run. */
(function () {
  var page = document.getElementById("sanpi-unsupported");
  var notice = document.getElementById("sanpi-notice");

  function byAttr(root, name) {
    var out = [];
    var all = root ? root.getElementsByTagName("*") : [];
    for (var i = 0; i < all.length; i++) if (all[i].getAttribute(name) !== null) out.push(all[i]);
    return out;
  }

  function setsText(sets) {
    var parts = [];
    for (var i = 0; sets && i < sets.length; i++) parts.push(sets[i].name + " " + sets[i].version);
    return parts.join(", ");
  }

  function show(reason, sets) {
    if (!page) return;
    var reasons = byAttr(page, "data-reason");
    for (var i = 0; i < reasons.length; i++) reasons[i].style.display = reasons[i].getAttribute("data-reason") === reason ? "block" : "none";
    var missing = byAttr(page, "class");
    for (var j = 0; j < missing.length; j++) if (missing[j].className === "sanpi-missing") missing[j].innerText = setsText(sets);
    var root = document.getElementById("root");
    if (root) root.style.display = "none";
    page.style.display = "block";
    gate.blocked = reason;
  }

  function showNotice(sets, lang) {
    if (!notice) return;
    var spans = byAttr(notice, "data-notice");
    for (var i = 0; i < spans.length; i++) {
      var mine = spans[i].getAttribute("data-notice") === lang;
      spans[i].style.display = mine ? "inline" : "none";
      if (mine) spans[i].innerText = spans[i].innerText.replace("{sets}", setsText(sets));
    }
    notice.style.display = "block";
  }

  /** The bundle needs ES2020 (optional chaining, ??, async); IE11 and EdgeHTML have neither. */
  function modern() {
    var ua = navigator.userAgent;
    // Chromium Edge says "Edg/"; "Edge/" is EdgeHTML.
    if (ua.indexOf("Trident/") !== -1 || ua.indexOf("MSIE ") !== -1 || /Edge\/\d/.test(ua)) return false;
    try {
      new Function("var a = {}; return [a?.b ?? 1, async function () {}]");
    } catch (e) {
      return false;
    }
    return typeof Promise === "function" && typeof Symbol === "function";
  }

  var gate = { blocked: null, show: show, notice: showNotice };
  window.sanpiGate = gate;
  if (!modern()) show("webview");
})();
