// Real-browser harness: Debian Chromium with the built extension (.output/chrome-mv3), fixture pages
// served on 127.0.0.1, and the toolbar button clicked for real (CDP Extensions.triggerAction), so the
// popup opens with activeTab granted exactly as for a person. Reused by every tests/e2e/*.test.ts.
//
//   const ext = await launchExtension({ locale: 'fr' });
//   const site = await serveSite(buildSite());
//   const popup = await ext.openPopupOnPage(site.url('/fr/004.html'));
//   await popup.waitForText('7 ans');
//   await popup.screenshot('popup-004');
//   await ext.close(); await site.close();
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The built extension; NOTICE_LENS_EXTENSION points at a copy (the shared .output is rebuilt by others meanwhile). */
export const EXTENSION_DIR = process.env.NOTICE_LENS_EXTENSION ?? join(ROOT, '.output/chrome-mv3');
export const ARTIFACTS_DIR = join(ROOT, 'tests/e2e/artifacts');
export const SEEDS_DIR = process.env.NOTICE_LENS_SEEDS ?? resolve(ROOT, '../shared/seeds');

/** How long to wait for the popup, a page or a condition before failing the test. */
export const DEFAULT_TIMEOUT_MS = 15_000;
const POLL_MS = 50;

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`No Chromium at ${path}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
  }
  return path;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Polls `check` until it returns a truthy value; throws `message` after `timeout`. */
export async function waitUntil<T>(check: () => Promise<T> | T, message: string, timeout = DEFAULT_TIMEOUT_MS): Promise<NonNullable<T>> {
  const end = Date.now() + timeout;
  let lastError: unknown;
  while (Date.now() < end) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    await sleep(POLL_MS);
  }
  throw new Error(`${message} (waited ${timeout} ms)${lastError ? `: ${String(lastError)}` : ''}`);
}

// ---- fixture site -------------------------------------------------------------------------------------

export interface SitePage {
  body: string | Buffer;
  type?: string;
}
export type SiteRoutes = Map<string, SitePage>;

export interface Site {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves `routes` (path -> page) on 127.0.0.1 on a free port. Unknown paths are 404. */
export async function serveSite(routes: SiteRoutes): Promise<Site> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const page = routes.get(path);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': page.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page.body);
  });
  // a browser closing mid-request resets its socket: drop it rather than crash the test run
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => origin + path,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

// ---- the popup, reached through CDP ---------------------------------------------------------------------

/** A Chrome popup is a target Playwright does not wrap as a Page: we drive it over CDP ourselves. */
export interface Popup {
  targetId: string;
  /** Date.now() when the toolbar button was clicked (for click-to-summary timings) */
  clickedAt: number;
  /** evaluates an expression in the popup (promises awaited) and returns its JSON value */
  eval<T = unknown>(expression: string): Promise<T>;
  /** the text a person sees */
  text(): Promise<string>;
  waitForText(text: string | RegExp, timeout?: number): Promise<void>;
  /** waits until the expression is truthy in the popup */
  waitFor(expression: string, timeout?: number): Promise<void>;
  /** clicks the first element matching `selector` (optionally containing `text`) with a real mouse event */
  click(selector: string, text?: string | RegExp): Promise<void>;
  /** presses a key in the popup (real key events) */
  press(key: 'Tab' | 'Enter' | 'Escape' | ' '): Promise<void>;
  /** sends any CDP command to the popup (e.g. Emulation.setEmulatedMedia for dark mode) */
  send<T = unknown>(method: string, params?: Record<string, unknown>): Promise<T>;
  /** saves a PNG of what the popup shows (or all of it with `full`) under tests/e2e/artifacts/<name>.png */
  screenshot(name: string, options?: { full?: boolean }): Promise<string>;
  close(): Promise<void>;
}

/** What a popup shows and the waits on it, over its `evaluate` (shared by the Chromium and Firefox harnesses). */
export function popupReading(evaluate: <T>(expression: string) => Promise<T>): Pick<Popup, 'text' | 'waitForText' | 'waitFor'> {
  const text = () => evaluate<string>('document.body.innerText');
  return {
    text,
    async waitForText(expected, timeout) {
      await waitUntil(
        async () => {
          const body = await text();
          return typeof expected === 'string' ? body.includes(expected) : expected.test(body);
        },
        `popup never showed ${String(expected)}`,
        timeout,
      ).catch(async (error: Error) => {
        throw new Error(`${error.message}\n--- popup text ---\n${(await text().catch(() => '')).slice(0, 2000)}`);
      });
    },
    async waitFor(expression, timeout) {
      await waitUntil(() => evaluate<boolean>(`Boolean(${expression})`), `popup never satisfied ${expression}`, timeout);
    },
  };
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

async function attachPopup(browserSession: CDPSession, targetId: string, clickedAt: number): Promise<Popup> {
  const { sessionId } = (await browserSession.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const onMessage = (event: { sessionId?: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const data = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (data.id === undefined) return;
    const waiter = pending.get(data.id);
    if (!waiter) return;
    pending.delete(data.id);
    if (data.error) waiter.reject(new Error(data.error.message));
    else waiter.resolve(data.result);
  };
  browserSession.on('Target.receivedMessageFromTarget', onMessage);

  function send<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = nextId++;
    const result = new Promise<T>((resolve, reject) => pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
    void browserSession
      .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
      .catch((error: Error) => pending.get(id)?.reject(error));
    return result;
  }

  async function evaluate<T>(expression: string): Promise<T> {
    const result = await send<{ result: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } }>(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true },
    );
    if (result.exceptionDetails) {
      throw new Error(`popup: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
    }
    return result.result.value as T;
  }

  const popup: Popup = {
    targetId,
    clickedAt,
    send,
    eval: evaluate,
    ...popupReading(evaluate),
    async click(selector, text) {
      const matcher = text === undefined ? 'null' : text instanceof RegExp ? text.toString() : JSON.stringify(text);
      const box = await waitUntil(
        () =>
          evaluate<{ x: number; y: number } | null>(`(() => {
            const m = ${matcher};
            const el = [...document.querySelectorAll(${JSON.stringify(selector)})].find((e) =>
              m === null || (m instanceof RegExp ? m.test(e.textContent) : e.textContent.includes(m)));
            if (!el) return null;
            el.scrollIntoView({ block: 'center' });
            const r = el.getBoundingClientRect();
            return r.width && r.height ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
          })()`),
        `popup has no visible ${selector}${text === undefined ? '' : ` with ${String(text)}`}`,
      );
      for (const type of ['mousePressed', 'mouseReleased']) {
        await send('Input.dispatchMouseEvent', { type, x: box.x, y: box.y, button: 'left', clickCount: 1 });
      }
    },
    async press(key) {
      const codes: Record<string, { code: string; keyCode: number; text?: string }> = {
        Tab: { code: 'Tab', keyCode: 9 },
        Enter: { code: 'Enter', keyCode: 13, text: '\r' },
        Escape: { code: 'Escape', keyCode: 27 },
        ' ': { code: 'Space', keyCode: 32, text: ' ' },
      };
      const { code, keyCode, text } = codes[key] as { code: string; keyCode: number; text?: string };
      await send('Input.dispatchKeyEvent', { type: 'keyDown', key, code, windowsVirtualKeyCode: keyCode, text });
      await send('Input.dispatchKeyEvent', { type: 'keyUp', key, code, windowsVirtualKeyCode: keyCode });
    },
    async screenshot(name, options = {}) {
      const { data } = await send<{ data: string }>('Page.captureScreenshot', { format: 'png', captureBeyondViewport: options.full === true });
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      const file = join(ARTIFACTS_DIR, `${name}.png`);
      writeFileSync(file, Buffer.from(data, 'base64'));
      return file;
    },
    async close() {
      browserSession.off('Target.receivedMessageFromTarget', onMessage);
      await browserSession.send('Target.closeTarget', { targetId }).catch(() => undefined);
    },
  };
  return popup;
}

// ---- the browser with the extension ---------------------------------------------------------------------

export interface LaunchOptions {
  /** UI language of the browser (chrome.i18n follows it): 'en' (default) or 'fr' */
  locale?: string;
  /** the toolbar popup needs a window; headless Chromium has one (the default) */
  headless?: boolean;
  /** a browser profile to reuse (kept on close, e.g. to restart the browser on it); a fresh temporary one by default */
  userDataDir?: string;
  /** more Chromium switches (e.g. `--remote-debugging-port=0` for a second CDP client that records the network) */
  extraArgs?: string[];
  /** more unpacked extensions loaded beside ours (e.g. the click benchmark's blank-popup floor) */
  extraExtensions?: string[];
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** browser-level CDP session (Target.*, Extensions.*) */
  cdp: CDPSession;
  /** opens `url` in a new tab, clicks the toolbar button on it and attaches to the popup */
  openPopupOnPage(url: string): Promise<{ page: Page; popup: Popup }>;
  /** clicks the toolbar button on an already open tab */
  clickAction(page: Page, popup?: { extensionId: string; path: string }): Promise<Popup>;
  /** opens an extension page (e.g. `dashboard.html#/analyse`) in a tab */
  openExtensionPage(path: string): Promise<Page>;
  /** every request the browser made, with the context (page or extension) that made it */
  requests: { url: string; frameUrl: string | null; fromServiceWorker: boolean }[];
  /**
   * Every request that tried to leave the machine (anything but 127.0.0.1/localhost), from any context:
   * the browser runs behind a recording proxy that refuses them all. Empty in a healthy session.
   */
  offsite: { method: string; target: string }[];
  close(): Promise<void>;
}

/**
 * Domains of the services Chromium itself calls whatever the flags (updates, accounts, clock, autofill on
 * pages with forms; the hosts vary by version). The extension names none of them (a test checks its build),
 * so ignoring them hides nothing of ours. Any other host must be explained.
 */
export const CHROMIUM_SERVICE_DOMAINS = ['google.com', 'googleapis.com', 'gstatic.com', 'gvt1.com'];

function isChromiumService(host: string): boolean {
  return CHROMIUM_SERVICE_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** The offsite requests that are not Chromium's own service calls. */
export function unexplainedOffsite(log: ExtensionSession['offsite']): ExtensionSession['offsite'] {
  return log.filter(({ target }) => {
    const host = /^[a-z]+:\/\//i.test(target) ? new URL(target).hostname : target.replace(/:\d+$/, '');
    return !isChromiumService(host);
  });
}

function ignoreSocketError(): void {}

/** A proxy that records and refuses every request sent to it (plain HTTP and HTTPS CONNECT). */
export async function startRecordingProxy(): Promise<{ port: number; log: ExtensionSession['offsite']; close(): Promise<void> }> {
  const log: ExtensionSession['offsite'] = [];
  const server = createServer((req, res) => {
    log.push({ method: req.method ?? 'GET', target: req.url ?? '' });
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    log.push({ method: 'CONNECT', target: req.url ?? '' });
    // Chromium may reset a refused tunnel before reading the answer: that is no test failure.
    socket.on('error', ignoreSocketError);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('recording proxy has no port');
  return { port: address.port, log, close: () => new Promise<void>((done) => server.close(() => done())) };
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const executablePath = chromiumPath();
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const locale = options.locale ?? 'en';
  const ownProfile = options.userDataDir === undefined;
  const proxy = await startRecordingProxy();
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'notice-lens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    locale,
    viewport: { width: 1100, height: 800 },
    // Chromium on Linux takes its UI language (chrome.i18n) from the environment.
    env: { ...process.env, LANGUAGE: locale, LANG: `${locale === 'fr' ? 'fr_FR' : 'en_US'}.UTF-8` },
    args: [
      `--disable-extensions-except=${[EXTENSION_DIR, ...(options.extraExtensions ?? [])].join(',')}`,
      `--load-extension=${[EXTENSION_DIR, ...(options.extraExtensions ?? [])].join(',')}`,
      `--lang=${locale}`,
      '--enable-unsafe-extension-debugging',
      // Loopback (the fixture site) goes direct; everything else meets the recording proxy.
      `--proxy-server=http://127.0.0.1:${proxy.port}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(options.extraArgs ?? []),
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  const browser = context.browser();
  const cdp = browser ? await browser.newBrowserCDPSession() : await context.newCDPSession(context.pages()[0] ?? (await context.newPage()));

  const requests: ExtensionSession['requests'] = [];
  context.on('request', (request) => {
    let frameUrl: string | null = null;
    try {
      frameUrl = request.frame().url();
    } catch {
      frameUrl = null; // service worker requests have no frame
    }
    requests.push({ url: request.url(), frameUrl, fromServiceWorker: request.serviceWorker() !== null });
  });

  async function targets(type: string): Promise<{ targetId: string; url: string; type: string }[]> {
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type }] } as never)) as {
      targetInfos: { targetId: string; url: string; type: string }[];
    };
    return targetInfos;
  }

  /** Clicks the toolbar button of our extension (or of another loaded one, whose popup is at `popup.path`). */
  async function clickAction(page: Page, popup = { extensionId, path: 'popup.html' }): Promise<Popup> {
    const popupUrl = `chrome-extension://${popup.extensionId}/${popup.path}`;
    await page.bringToFront();
    const before = new Set((await targets('page')).filter((t) => t.url.startsWith(popupUrl)).map((t) => t.targetId));
    // The tab showing the page: several tabs may share a URL (about:blank), the one brought to front is active.
    const tab = await waitUntil(async () => {
      const tabs = (await targets('tab')) as { targetId: string; url: string; embedderData?: { tabActive?: boolean } }[];
      return tabs.find((t) => t.url === page.url() && t.embedderData?.tabActive);
    }, `no active tab shows ${page.url()}`);
    const clickedAt = Date.now();
    await cdp.send('Extensions.triggerAction' as never, { id: popup.extensionId, targetId: tab.targetId } as never);
    const target = await waitUntil(
      async () => (await targets('page')).find((t) => t.url.startsWith(popupUrl) && !before.has(t.targetId)),
      'the popup did not open',
    );
    return attachPopup(cdp, target.targetId, clickedAt);
  }

  return {
    context,
    extensionId,
    serviceWorker,
    cdp,
    requests,
    offsite: proxy.log,
    clickAction,
    async openPopupOnPage(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      const popup = await clickAction(page);
      return { page, popup };
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return page;
    },
    async close() {
      await context.close();
      await proxy.close();
      if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot of a Playwright page (a tab or an extension page) under tests/e2e/artifacts/. */
export async function screenshotPage(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
