/* Behaviour shared by every page, kept out of the markup for the Content-Security-Policy:
 * - buttons marked data-print print the page (the preview of a request before confirmation);
 * - buttons marked data-refresh-every="N" are clicked every N seconds (the worklist's refresh),
 *   but only while the person is active: an idle page must let its session expire;
 * - file inputs marked data-max-bytes refuse a file over the limit before it is sent (the server
 *   checks again, from the content), saying so next to the input;
 * - a link of an error summary puts the cursor in its field (for date pickers and menus, the
 *   element it names is a wrapper: the first input, select or textarea inside gets the focus). */
(function () {
    "use strict";
    var IDLE_AFTER_MS = 10 * 60 * 1000;
    var lastActivity = Date.now();

    ["keydown", "mousedown", "mousemove", "scroll", "touchstart"].forEach(function (type) {
        document.addEventListener(type, function () {
            lastActivity = Date.now();
        }, {passive: true});
    });

    document.addEventListener("click", function (event) {
        var link = event.target.closest ? event.target.closest("a[data-field]") : null;
        if (!link) {
            return;
        }
        var target = document.getElementById(link.getAttribute("data-field"));
        if (!target) {
            return;
        }
        var focusable = target.matches("input, select, textarea") ? target
            : target.querySelector("input:not([type=hidden]), select, textarea");
        if (focusable) {
            event.preventDefault();
            focusable.scrollIntoView({block: "center"});
            focusable.focus();
        }
    });

    document.addEventListener("click", function (event) {
        var button = event.target.closest ? event.target.closest("[data-print]") : null;
        if (button) {
            window.print();
        }
    });

    document.addEventListener("change", function (event) {
        var input = event.target;
        if (!input.matches || !input.matches("input[type=file][data-max-bytes]")) {
            return;
        }
        var max = parseInt(input.getAttribute("data-max-bytes"), 10);
        var tooBig = Array.prototype.filter.call(input.files || [], function (file) {
            return file.size > max;
        });
        var message = document.getElementById(input.id + "-trop-lourd");
        if (!message) {
            message = document.createElement("p");
            message.id = input.id + "-trop-lourd";
            message.className = "cnss-field-error";
            message.setAttribute("role", "alert");
            input.insertAdjacentElement("afterend", message);
        }
        message.textContent = tooBig.map(function (file) {
            return "« " + file.name + " » " + input.getAttribute("data-too-big");
        }).join(" ");
        if (tooBig.length > 0) {
            input.value = "";
        }
    });

    function startRefreshers() {
        document.querySelectorAll("[data-refresh-every]").forEach(function (button) {
            var seconds = parseInt(button.getAttribute("data-refresh-every"), 10);
            if (!(seconds > 0)) {
                return;
            }
            window.setInterval(function () {
                var active = Date.now() - lastActivity < IDLE_AFTER_MS;
                var target = document.getElementById(button.id);
                if (active && !document.hidden && target) {
                    target.click();
                }
            }, seconds * 1000);
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", startRefreshers);
    } else {
        startRefreshers();
    }
})();
