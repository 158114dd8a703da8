/*
 * Idle-session warning (quality.md): the server closes a session after its idle timeout; two
 * minutes before, the page offers "Rester connecté". Every AJAX request reaches the server and so
 * renews the session: the count restarts after each one.
 */
(function () {
    "use strict";
    var warnTimer;
    var expireTimer;

    function restart() {
        var guard = document.getElementById("session-guard");
        if (!guard) {
            return;
        }
        var timeout = parseInt(guard.getAttribute("data-timeout-seconds"), 10) * 1000;
        var warning = parseInt(guard.getAttribute("data-warning-seconds"), 10) * 1000;
        if (!(timeout > 0)) {
            return;
        }
        window.clearTimeout(warnTimer);
        window.clearTimeout(expireTimer);
        warnTimer = window.setTimeout(function () {
            PF("sessionDialog").show();
        }, Math.max(timeout - warning, 0));
        expireTimer = window.setTimeout(function () {
            window.location.href = guard.getAttribute("data-expired-url");
        }, timeout);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", restart);
    } else {
        restart();
    }
    if (window.jQuery) {
        window.jQuery(document).on("pfAjaxComplete", restart);
    }
    window.CnssSession = {restart: restart};
})();
