// A small W3C WebDriver client over fetch, enough to drive Firefox (geckodriver) and WebKit (WebKitWebDriver)
// from Node 20 with no package that downloads a browser. It starts the engine's driver on a free port, opens one
// session, and offers what the engine suite needs: navigate, run scripts, find and click elements, move and click
// the pointer, resize the window, and take window screenshots.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** The engines the suite runs, with the driver each needs and the capabilities of its session. */
export const ENGINES = {
  firefox: {
    name: 'Firefox',
    driver: () => process.env.GECKODRIVER ?? 'geckodriver',
    args: (port) => [`--port=${port}`],
    capabilities: ({ downloadDir }) => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
        args: ['-headless'],
        prefs: {
          // Downloads go straight to the test's folder, without asking.
          'browser.download.dir': downloadDir,
          'browser.download.folderList': 2,
          'browser.download.useDownloadDir': true,
          'browser.download.always_ask_before_handling_new_types': false,
          // No other-origin requests of the browser's own (updates, telemetry, remote settings) on these machines.
          'app.update.enabled': false,
          'browser.shell.checkDefaultBrowser': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'intl.accept_languages': 'en-US, en',
        },
      },
    }),
  },
  webkit: {
    name: 'WebKit',
    // WebKitGTK needs an X display; Xvfb gives it one when the machine has none.
    driver: () => process.env.WEBKIT_WEBDRIVER ?? 'WebKitWebDriver',
    args: (port) => [`--port=${port}`],
    display: true,
    capabilities: () => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    }),
  },
};

async function freePort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

// The drivers' process groups still running. Should the suite end without stopping them (a crash, Ctrl-C), they
// go with it: each runs in a group of its own, which the terminal's signals do not reach.
const groups = new Set();
process.on('exit', () => groups.forEach((stop) => stop()));
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.once(signal, () => process.exit(code));
}

/** Starts `engine`'s driver (under `xvfb-run -a` where it needs a display and none is set). */
export async function startDriver(engine) {
  const port = await freePort();
  let [program, args] = [engine.driver(), engine.args(port)];
  if (engine.display && !process.env.DISPLAY) [program, args] = ['xvfb-run', ['-a', program, ...args]];
  // A process group of its own, so that stopping it also stops Xvfb and the browsers it started.
  const child = spawn(program, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (chunk) => {
    log = (log + chunk).slice(-4000);
  });
  const stopGroup = () => {
    groups.delete(stopGroup);
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  groups.add(stopGroup);
  const exited = new Promise((done) => child.on('exit', (code) => done(code)));
  const spawnError = new Promise((done) => child.on('error', done));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    const ended = await Promise.race([exited.then((code) => `exited with ${code}`), spawnError.then(String), sleep(100).then(() => null)]);
    if (ended) throw new Error(`${program} ${ended}: ${log}`);
    const ready = await fetch(`${url}/status`)
      .then((response) => response.json())
      .then((body) => body.value?.ready !== false)
      .catch(() => false);
    if (ready) break;
    if (i > 300) throw new Error(`${program} did not answer on ${url} within 30 s: ${log}`);
  }
  return {
    url,
    stop: async () => {
      stopGroup();
      await Promise.race([exited, sleep(5000)]);
    },
  };
}

/** A WebDriver error, with the driver's name for it and its message. */
class WebDriverError extends Error {}

/** One browser session. Element references are plain objects that `execute` and the element commands accept. */
export class Session {
  constructor(driverUrl, id) {
    this.base = `${driverUrl}/session/${id}`;
    this.id = id;
  }

  static async create(driverUrl, capabilities) {
    const value = await command('POST', `${driverUrl}/session`, { capabilities: { alwaysMatch: capabilities } });
    return new Session(driverUrl, value.sessionId);
  }

  send(method, path, body) {
    return command(method, `${this.base}${path}`, body);
  }

  delete() {
    return this.send('DELETE', '');
  }

  navigate(url) {
    return this.send('POST', '/url', { url });
  }

  title() {
    return this.send('GET', '/title');
  }

  currentUrl() {
    return this.send('GET', '/url');
  }

  /** Runs `fn` (a function, or the body of one as a string) in the page with `args`, and returns its result. */
  execute(fn, ...args) {
    const script = typeof fn === 'function' ? `return (${fn}).apply(null, arguments);` : fn;
    return this.send('POST', '/execute/sync', { script, args });
  }

  /** Runs the async function `fn` in the page and returns what its promise resolves to. */
  executeAsync(fn, ...args) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve((${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
        .then((value) => done({ value }), (error) => done({ error: String(error && error.stack || error) }));`;
    return this.send('POST', '/execute/async', { script, args }).then((result) => {
      if (result?.error) throw new Error(`in the page: ${result.error}`);
      return result?.value;
    });
  }

  /** Waits until `fn(...args)` returns something truthy in the page, and returns it. */
  async waitFor(what, fn, args = [], timeout = 15000) {
    const started = Date.now();
    let last;
    for (;;) {
      try {
        last = await this.execute(fn, ...args);
        if (last) return last;
      } catch (error) {
        // A navigation in progress can drop a script; try again until the timeout.
        last = error.message;
      }
      if (Date.now() - started > timeout) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
      await sleep(50);
    }
  }

  /** The first element matching the CSS selector, or an error. */
  async find(selector) {
    return this.send('POST', '/element', { using: 'css selector', value: selector });
  }

  /** The element an XPath expression names. */
  async findByXPath(xpath) {
    return this.send('POST', '/element', { using: 'xpath', value: xpath });
  }

  /** The button whose visible text is exactly `text`. */
  button(text) {
    return this.findByXPath(`//button[normalize-space(.)=${xpathString(text)}]`);
  }

  click(element) {
    return this.send('POST', `/element/${element[ELEMENT]}/click`, {});
  }

  text(element) {
    return this.send('GET', `/element/${element[ELEMENT]}/text`);
  }

  attribute(element, name) {
    return this.send('GET', `/element/${element[ELEMENT]}/attribute/${name}`);
  }

  /** Moves the pointer to (`x`, `y`) in the viewport and clicks there with the primary button. */
  async clickAt(x, y) {
    await this.send('POST', '/actions', {
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', origin: 'viewport', x: Math.round(x), y: Math.round(y), duration: 0 },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
    await this.send('DELETE', '/actions');
  }

  /** Presses and releases one key (a character, or a WebDriver key code such as '\uE00C' for Escape). */
  async press(key) {
    await this.send('POST', '/actions', {
      actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }] }],
    });
    await this.send('DELETE', '/actions');
  }

  /**
   * Sizes the window so that the page's viewport is `width` x `height` CSS pixels: a window can be larger than
   * its viewport (WebKit's MiniBrowser has a toolbar), so it measures and corrects.
   */
  async setViewport(width, height) {
    for (let i = 0; i < 3; i++) {
      const rect = await this.send('GET', '/window/rect');
      const inner = await this.execute(() => [window.innerWidth, window.innerHeight]);
      if (inner[0] === width && inner[1] === height) return;
      await this.send('POST', '/window/rect', { width: rect.width + width - inner[0], height: rect.height + height - inner[1] });
    }
  }

  /** A PNG of the window's viewport, as bytes (element screenshots come back empty in WebKitGTK). */
  async screenshot() {
    return Buffer.from(await this.send('GET', '/screenshot'), 'base64');
  }
}

function xpathString(text) {
  if (!text.includes("'")) return `'${text}'`;
  return `concat(${text.split("'").map((part) => `'${part}'`).join(`, "'", `)})`;
}

async function command(method, url, body) {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new WebDriverError(`${method} ${url}: HTTP ${response.status}, not JSON: ${text.slice(0, 300)}`);
  }
  const value = parsed.value;
  if (!response.ok || (value && typeof value === 'object' && 'error' in value && typeof value.error === 'string')) {
    throw new WebDriverError(`${method} ${new URL(url).pathname.replace(/^\/session\/[^/]+/, '')}: ${value?.error}: ${value?.message}`);
  }
  return value;
}
