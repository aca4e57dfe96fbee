// Print view: the "Seite drucken" button replaces the hint to use the browser's print
// command, and "Seite schließen" closes a window opened by script instead of following
// its link back to the page.
document.querySelectorAll("[data-print]").forEach((button) => {
  button.addEventListener("click", () => window.print());
  button.hidden = false;
});
document.querySelectorAll("[data-print-hint]").forEach((hint) => {
  hint.hidden = true;
});
document.querySelectorAll("[data-close]").forEach((link) => {
  link.addEventListener("click", (event) => {
    if (window.opener) {
      event.preventDefault();
      window.close();
    }
  });
});
