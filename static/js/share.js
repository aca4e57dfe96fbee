// Address fields (templates/news/_copy_field.html) get a "Adresse kopieren" button. Without
// JavaScript, or where the browser gives no clipboard access (plain http), the address
// stays in its field to select and copy by hand. Nothing here talks to another host.
document.querySelectorAll("[data-copy]").forEach((box) => {
  const field = box.querySelector("[data-copy-value]");
  if (!field || !navigator.clipboard) {
    return;
  }
  const button = document.createElement("button");
  button.type = "button";
  button.className = "button button--secondary";
  button.textContent = "Adresse kopieren";
  const status = document.createElement("span");
  status.className = "copy-field__status";
  status.setAttribute("role", "status");
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = "Adresse kopiert.";
    } catch {
      field.select();
      status.textContent = "Bitte mit Strg + C (Mac: ⌘ + C) kopieren.";
    }
  });
  box.append(button, status);
});
