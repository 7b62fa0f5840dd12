// Starts the explorer. A file of its own rather than an inline script, so the page runs under a strict
// Content-Security-Policy (script-src 'self'). It is a classic script, not a module: a module script is always
// fetched with CORS, and a page with an opaque origin (an iframe sandboxed without allow-same-origin, a file://
// page) on a host that sends no Access-Control-Allow-Origin would then run nothing at all. It runs in the page's
// head, before the body is parsed: `first-view.js`, which `cargo xtask dist` puts before it (after crash.js), must
// decide before the first paint, and the wasm is requested sooner. What needs the page waits until it is parsed.
// `cargo xtask dist` fills in the four file names.
(function () {
  var GLUE = './__GLUE__';
  var WASM = './__WASM__';
  var SPLIT_LOADER = './__SPLIT_LOADER__';
  var CLASSIC = './__CLASSIC__';
  var started = false;
  var parsed = new Promise(function (resolve) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', resolve);
    else resolve();
  });
  // A message in the page's status line (the class `boot-message` shows it over the first view). Where the explorer
  // cannot start (`failed`), the page keeps its first view, with the tables and the note for a page without the
  // app (the class `no-app`); a slow start only says so, since the app may still come.
  var say = function (text, cannotStart) {
    parsed.then(function () {
      var status = document.querySelector('#app .status');
      if (started) return;
      document.documentElement.classList.add(cannotStart ? 'no-app' : 'boot-message');
      if (status) status.textContent = text;
    });
  };
  var running = function (memory, exports) {
    started = true;
    // For diagnostics and the benchmark: the module's exports and its linear memory.
    window.pkoExplorer = { exports: exports, memory: memory };
  };
  var failed = function (what, error) {
    say('The explorer could not start: ' + what + (error && error.message ? ' (' + error.message + ')' : '') + '. Reload the page to try again.', true);
  };
  // Whatever the cause (a stalled network, a host or proxy that holds a file back), the reader learns within
  // seconds that the page is still waiting, and what the host can change, instead of an endless loading line.
  setTimeout(function () {
    say('The explorer has not started after 8 seconds. On a slow network it may still come; otherwise the host may be blocking its files (' + CLASSIC.slice(2) + ' and the .wasm files must be served, .wasm as application/wasm, and a Content-Security-Policy must allow \'wasm-unsafe-eval\').');
  }, 8000);

  // The fallback: the whole app in one classic script with its wasm inside, which loads without CORS.
  var startClassic = function () {
    var script = document.createElement('script');
    script.src = CLASSIC;
    script.onerror = function () {
      failed('its file ' + CLASSIC.slice(2) + ' could not be loaded; the host must serve it');
    };
    script.onload = function () {
      var app = window.pkoExplorerClassic;
      if (!app) return failed('its file ' + CLASSIC.slice(2) + ' did not run');
      parsed.then(function () {
        return app.start();
      }).then(function (wasm) {
        running(wasm.memory, app.glue);
      }, function (error) {
        failed('the browser refused its WebAssembly (a Content-Security-Policy must allow \'wasm-unsafe-eval\')', error);
      });
    };
    document.head.appendChild(script);
  };

  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    say('This explorer needs a browser with WebAssembly: any current Chrome, Edge, Firefox or Safari. The figures are in Tables 1 and 2 of the paper.', true);
  } else if (self.origin === 'null') {
    // An opaque origin: every fetch and module import would be a CORS request, which most hosts refuse.
    startClassic();
  } else {
    // The wasm is requested at once: on a slow network its download is most of the wait for the charts to
    // respond. It is fetched here, and its response handed to the glue, rather than preloaded by the page: Chromium
    // and WebKit do not match a preload to this fetch and download the wasm twice. The glue and the loader of the
    // parts are requested after the first paint, since fetching and compiling them before it held the first view
    // back (on the benchmark's slow phone profile, the first chart came 30-50 ms later, and the charts responded no
    // sooner). A page opened hidden paints nothing yet, and requests them at once.
    var wasm = fetch(WASM);
    var painted = new Promise(function (resolve) {
      if (document.hidden) return resolve();
      requestAnimationFrame(function () {
        setTimeout(resolve, 0);
      });
    });
    var loadingGlue = painted.then(function () {
      var preload = document.createElement('link');
      preload.rel = 'modulepreload';
      preload.href = SPLIT_LOADER;
      document.head.appendChild(preload);
      return import(GLUE);
    });
    Promise.all([loadingGlue, parsed])
      .then(function (loaded) {
        var glue = loaded[0];
        return glue.default({ module_or_path: wasm }).then(function (instance) {
          running(instance.memory, glue);
        });
      })
      .catch(function (error) {
        // A host that refuses module scripts or the wasm's fetch (a proxy, a missing CORS header on a CDN)
        // may still serve a classic script.
        if (error instanceof WebAssembly.RuntimeError) return;
        startClassic();
      });
  }
})();
