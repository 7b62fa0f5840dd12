// What the engine suite puts into the page before the app's own scripts, since WebKitGTK's driver has no log and
// no BiDi: it records every error, unhandled rejection, console.error and failed load, and every download the
// app starts (the file name and the blob behind the link), for the test to read with a script.
export const PROBE = `(function () {
  var probe = (window.__pkoProbe = { problems: [], downloads: [], blobs: {} });
  // Firefox's and WebKit's stacks leave out the message, which V8's start with.
  var describe = function (value) {
    if (!value || value.message === undefined) return String(value);
    return value.name + ': ' + value.message + (value.stack ? '\\n' + value.stack : '');
  };
  addEventListener('error', function (event) {
    var target = event.target;
    if (target && target !== window && (target.src || target.href)) {
      probe.problems.push('failed to load ' + (target.src || target.href));
    } else {
      probe.problems.push('error: ' + (event.error ? describe(event.error) : event.message));
    }
  }, true);
  addEventListener('unhandledrejection', function (event) {
    probe.problems.push('unhandled rejection: ' + describe(event.reason));
  });
  var consoleError = console.error;
  console.error = function () {
    probe.problems.push('console.error: ' + Array.prototype.map.call(arguments, describe).join(' '));
    return consoleError.apply(console, arguments);
  };
  var createObjectURL = URL.createObjectURL;
  URL.createObjectURL = function (object) {
    var url = createObjectURL.call(URL, object);
    probe.blobs[url] = object;
    return url;
  };
  var click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (this.hasAttribute('download')) probe.downloads.push({ name: this.download, href: this.href });
    return click.call(this);
  };
})();
`;

/** `html` with the probe as its first script: a file of its own when served, inline in the single file. */
export function withProbe(html, src = null) {
  const tag = src ? `<script src="${src}"></script>` : `<script>\n${PROBE}</script>`;
  if (!/<head>/i.test(html)) throw new Error('the page has no <head> to put the probe in');
  return html.replace(/<head>/i, (head) => `${head}\n${tag}`);
}
