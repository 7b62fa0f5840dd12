// Starts the explorer. A file of its own rather than an inline script, so the page runs under a strict
// Content-Security-Policy (script-src 'self'). It checks for WebAssembly first, so an old browser gets a
// message instead of a silent failure. `cargo xtask dist` fills in the two file names and puts crash.js first.
const status = document.querySelector('#app .status');
const say = (text) => {
  if (status) status.textContent = text;
};
if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
  say('This explorer needs a browser with WebAssembly: any current Chrome, Edge, Firefox or Safari. The figures are in Tables 1 and 2 of the paper.');
} else {
  import('./__GLUE__')
    .then(async (glue) => {
      const wasm = await glue.default({ module_or_path: './__WASM__' });
      // For diagnostics and the benchmark: the module's exports and its linear memory.
      window.pkoExplorer = { exports: glue, memory: wasm.memory };
    })
    .catch((error) => say(`The explorer could not start (${error.message}). Reload the page to try again.`));
}
