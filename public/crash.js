// A crash inside the app surfaces as a WebAssembly.RuntimeError thrown to whatever called into it: an event
// listener, a timer or a promise. The release build aborts on panic without running Rust's panic hook (see
// src/ui/panic.rs), so this is where its notice is shown; a development build's hook has already written the
// panic message, which is kept.
const crashed = (error) => {
  const panel = document.getElementById('fatal');
  if (!panel || typeof WebAssembly !== 'object' || !(error instanceof WebAssembly.RuntimeError)) return;
  const details = document.getElementById('fatal-details');
  if (details && !details.textContent) details.textContent = String(error.stack || error);
  panel.hidden = false;
};
addEventListener('error', (event) => crashed(event.error));
addEventListener('unhandledrejection', (event) => crashed(event.reason));
