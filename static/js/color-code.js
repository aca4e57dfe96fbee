// The code beside a colour picker (core/admin/widgets.py) follows the colour chosen.
document.addEventListener("input", (event) => {
  const input = event.target;
  if (input instanceof HTMLInputElement && input.type === "color") {
    const output = document.querySelector(`output[for="${input.id}"]`);
    if (output) output.value = input.value.toUpperCase();
  }
});
