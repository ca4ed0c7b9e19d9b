// Sets the colour theme before the app loads, so a dark-mode page never flashes white. Same rule as
// src/lib/theme.ts: a stored choice wins, otherwise the system preference.
(function () {
  var dark = false;
  try {
    var choice = localStorage.getItem("orrery.theme");
    dark = choice === "dark" || (choice !== "light" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  } catch {}
  document.documentElement.dataset.theme = dark ? "dark" : "light";
})();
