// Real-Firefox harness: Debian's firefox-esr, driven over Marionette (its own remote protocol: TCP,
// `length:[0, id, "Command", {params}]` JSON frames; no geckodriver, no patched browser). The built
// extension (.output/firefox-mv3) is installed as a temporary add-on, the toolbar button is clicked with
// real mouse events in the browser's own UI (through the extensions panel when the button sits there), so
// the popup opens with activeTab granted; the popup's document is reached through Marionette's window actor.
//
//   const ff = await launchFirefox();
//   const tab = await ff.openTab(site.url('/fr/notice-004.html'));
//   const popup = await ff.clickAction();
//   await popup.waitForText('7 years');
//   await ff.close();
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARTIFACTS_DIR, DEFAULT_TIMEOUT_MS, ROOT, popupReading, startRecordingProxy, waitUntil, type ExtensionSession } from './harness';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The built Firefox extension; point NOTICE_LENS_FIREFOX_EXTENSION at a copy (others rebuild .output meanwhile). */
export const FIREFOX_EXTENSION_DIR = process.env.NOTICE_LENS_FIREFOX_EXTENSION ?? join(ROOT, '.output/firefox-mv3');

/** The add-on id of wxt.config.ts (browser_specific_settings.gecko.id). */
export const ADDON_ID = 'notice-lens@notice-lens.dev';
/** Fixed through the `extensions.webextensions.uuids` pref, so moz-extension:// URLs are known in advance. */
export const EXTENSION_UUID = '6f0c3e1a-2b4d-4c8e-9a71-5e0d2f3b8c41';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Firefox's id for the toolbar widget of an add-on (ExtensionCommon makeWidgetId + "-browser-action"). */
export const WIDGET_ID = `${ADDON_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-browser-action`;

const STARTUP_TIMEOUT_MS = 30_000;

/**
 * Domains Firefox itself calls whatever the prefs (remote settings keep retrying). The extension names
 * none of them (a test checks its build), so ignoring them hides nothing of ours.
 */
export const FIREFOX_SERVICE_DOMAINS = ['mozilla.com', 'mozilla.net', 'mozilla.org'];

/** The offsite requests that are not Firefox's own service calls. */
export function unexplainedFirefoxOffsite(log: ExtensionSession['offsite']): ExtensionSession['offsite'] {
  return log.filter(({ target }) => {
    const host = /^[a-z]+:\/\//i.test(target) ? new URL(target).hostname : target.replace(/:\d+$/, '');
    return !FIREFOX_SERVICE_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
  });
}

export function hasFirefox(): boolean {
  return existsSync(FIREFOX_PATH);
}

// ---- Marionette client ------------------------------------------------------------------------------------

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** A Marionette connection: one command at a time is enough for tests, but ids keep answers straight. */
export class Marionette {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private context: 'content' | 'chrome' = 'content';

  private constructor(private readonly socket: Socket) {}

  static async connect(port: number): Promise<Marionette> {
    const socket = connect(port, '127.0.0.1');
    const client = new Marionette(socket);
    const hello = new Promise<void>((resolve, reject) => {
      client.onHello = resolve;
      socket.once('error', reject);
    });
    socket.on('data', (chunk) => client.receive(chunk));
    socket.on('close', () => client.failAll(new Error('Marionette connection closed')));
    await hello;
    return client;
  }

  private onHello: (() => void) | null = null;

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString('ascii'));
      if (this.buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8')) as unknown;
      this.buffer = this.buffer.subarray(colon + 1 + length);
      if (!Array.isArray(packet)) {
        // the greeting: {applicationType, marionetteProtocol}
        this.onHello?.();
        this.onHello = null;
        continue;
      }
      const [, id, error, result] = packet as [1, number, { error: string; message: string; stacktrace?: string } | null, unknown];
      const waiter = this.pending.get(id);
      if (!waiter) continue;
      this.pending.delete(id);
      if (error) waiter.reject(new Error(`${error.error}: ${error.message}`));
      else waiter.resolve(result);
    }
  }

  private failAll(error: Error): void {
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
  }

  send<T = unknown>(command: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    const answer = new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
    const body = Buffer.from(JSON.stringify([0, id, command, params]), 'utf8');
    this.socket.write(`${body.length}:`);
    this.socket.write(body);
    return answer;
  }

  async setContext(context: 'content' | 'chrome'): Promise<void> {
    if (context === this.context) return;
    await this.send('Marionette:SetContext', { value: context });
    this.context = context;
  }

  /** Runs a function body (`await` allowed, `arguments` holds `args`) in the context; its promise is awaited. */
  async execute<T>(context: 'content' | 'chrome', script: string, args: unknown[] = []): Promise<T> {
    await this.setContext(context);
    const body = `return (async () => {\n${script}\n})();`;
    const { value } = await this.send<{ value: T }>('WebDriver:ExecuteScript', { script: body, args });
    return value;
  }

  close(): void {
    this.socket.destroy();
  }
}

// ---- profile ------------------------------------------------------------------------------------------------

/**
 * Prefs of the fresh profile: a quiet browser on a closed network (no updates, telemetry, studies, remote
 * settings, captive portal or connectivity checks), the add-on's UUID fixed, console output on stdout.
 * Every request but loopback (the fixture site) goes to the recording proxy, which refuses it.
 */
function profilePrefs(locale: string, proxyPort: number, downloads: string): Record<string, string | number | boolean> {
  return {
    // downloads (a backup export) land in the profile's own folder, without a dialog
    'browser.download.folderList': 2,
    'browser.download.dir': downloads,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.allow_hijacking_localhost': false,
    'network.trr.mode': 5,
    'marionette.port': 0,
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
    'intl.locale.requested': locale,
    'intl.accept_languages': locale,
    'app.update.disabledForTesting': true,
    'app.update.auto': false,
    'app.normandy.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.page': 0,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.newtabpage.enabled': false,
    'browser.newtabpage.activity-stream.feeds.system.topstories': false,
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.update.enabled': false,
    'browser.search.update': false,
    'browser.ping-centre.telemetry': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.server': '',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'services.settings.server': 'data:,#remote-settings-disabled',
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'media.gmp-manager.updateEnabled': false,
    'identity.fxaccounts.enabled': false,
    // Firefox's own notification windows: the system's (libnotify over D-Bus) are absent on a headless machine
    'alerts.useSystemBackend': false,
    'devtools.console.stdout.content': true,
    'devtools.console.stdout.chrome': true,
  };
}

// ---- input ------------------------------------------------------------------------------------------------

const LEFT_BUTTON = 0;
const RIGHT_BUTTON = 2;

/** A WebDriver pointer action: move to the centre of `origin` (an element reference), press, release. */
function pointerClick(origin: Record<string, string>, button: number): Record<string, unknown> {
  return {
    type: 'pointer',
    id: 'mouse',
    parameters: { pointerType: 'mouse' },
    actions: [
      { type: 'pointerMove', x: 0, y: 0, origin },
      { type: 'pointerDown', button },
      { type: 'pointerUp', button },
    ],
  };
}

/** WebDriver's code points for special keys. */
const KEYS = { Escape: '\uE00C', Enter: '\uE007', Tab: '\uE004' } as const;

/** A key press (down, up) in the current context's focused element. */
async function pressKey(marionette: Marionette, key: keyof typeof KEYS): Promise<void> {
  const value = KEYS[key];
  await marionette.send('WebDriver:PerformActions', {
    actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }],
  });
  await marionette.send('WebDriver:ReleaseActions');
}

// ---- the popup -------------------------------------------------------------------------------------------

/** The popup shows in a panel of the browser window; its document lives in the extension's process. */
export interface FirefoxPopup {
  /** Date.now() when the toolbar button was clicked */
  clickedAt: number;
  /** evaluates an expression in the popup (promises awaited) and returns its JSON value */
  eval<T = unknown>(expression: string): Promise<T>;
  text(): Promise<string>;
  waitForText(text: string | RegExp, timeout?: number): Promise<void>;
  waitFor(expression: string, timeout?: number): Promise<void>;
  /** clicks the first element matching `selector` (optionally containing `text`) with synthesized mouse events */
  click(selector: string, text?: string | RegExp): Promise<void>;
  /** presses a key with real key events (WebDriver key actions in the browser window: the popup has focus) */
  press(key: keyof typeof KEYS): Promise<void>;
  /** saves a PNG of the popup under tests/e2e/artifacts/<name>.png */
  screenshot(name: string, options?: { full?: boolean }): Promise<string>;
  close(): Promise<void>;
}

/** Chrome-context prelude: the popup's <browser> and Marionette's actor in its document. */
const POPUP_ACTOR = `
  const popupBrowser = document.querySelector('browser[webextension-view-type="popup"]');
  if (!popupBrowser || !popupBrowser.browsingContext?.currentWindowGlobal) throw new Error('no popup open');
  const actor = popupBrowser.browsingContext.currentWindowGlobal.getActor('MarionetteCommands');
`;

/** Marionette's per-session capabilities the actor's click reads (a spec-compatible click, no a11y checks). */
const CLICK_CAPABILITIES = `{ toJSON: () => ({ 'moz:accessibilityChecks': false, 'moz:webdriverClick': true }) }`;

function savePng(name: string, base64: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = join(ARTIFACTS_DIR, `${name}.png`);
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return file;
}

function popupHandle(marionette: Marionette, clickedAt: number): FirefoxPopup {
  async function evaluate<T>(expression: string): Promise<T> {
    const outcome = await marionette.execute<{ ok?: T; error?: string }>(
      'chrome',
      `${POPUP_ACTOR}
       const body = 'return Promise.resolve().then(() => (' + arguments[0] + ')).then((value) => ({ ok: value === undefined ? null : value }), (e) => ({ error: String(e?.stack ?? e) }))';
       return actor.executeScript(body, [], { timeout: ${DEFAULT_TIMEOUT_MS} });`,
      [expression],
    );
    if (outcome?.error !== undefined) throw new Error(`popup: ${outcome.error}`);
    return outcome?.ok as T;
  }

  const popup: FirefoxPopup = {
    clickedAt,
    eval: evaluate,
    ...popupReading(evaluate),
    async click(selector, text) {
      const matcher = text === undefined ? 'null' : text instanceof RegExp ? text.toString() : JSON.stringify(text);
      // Marks the element, then Marionette's actor clicks it: scrolled into view, mouse events at its centre.
      await waitUntil(
        () =>
          evaluate<boolean>(`(() => {
            document.querySelectorAll('[data-e2e-click]').forEach((e) => e.removeAttribute('data-e2e-click'));
            const m = ${matcher};
            const el = [...document.querySelectorAll(${JSON.stringify(selector)})].find((e) =>
              m === null || (m instanceof RegExp ? m.test(e.textContent) : e.textContent.includes(m)));
            if (!el || !el.getClientRects().length) return false;
            el.setAttribute('data-e2e-click', '');
            return true;
          })()`),
        `popup has no visible ${selector}${text === undefined ? '' : ` with ${String(text)}`}`,
      );
      await marionette.execute(
        'chrome',
        `${POPUP_ACTOR}
         const element = await actor.findElement('css selector', '[data-e2e-click]', {});
         await actor.clickElement(element, ${CLICK_CAPABILITIES});`,
      );
    },
    async press(key) {
      await marionette.setContext('chrome');
      await pressKey(marionette, key);
    },
    async screenshot(name, options = {}) {
      const data = await marionette.execute<string>(
        'chrome',
        `${POPUP_ACTOR}
         return actor.takeScreenshot(null, 0 /* capture.Format.Base64 */, arguments[0], false);`,
        [options.full === true],
      );
      return savePng(name, data);
    },
    async close() {
      await marionette.execute(
        'chrome',
        `const panel = document.querySelector('browser[webextension-view-type="popup"]')?.closest('panel');
         if (panel) panel.hidePopup();`,
      );
      await waitUntil(
        () => marionette.execute<boolean>('chrome', `return !document.querySelector('browser[webextension-view-type="popup"]');`),
        'the popup did not close',
      );
    },
  };
  return popup;
}

// ---- tabs ---------------------------------------------------------------------------------------------------

export interface FirefoxTab {
  handle: string;
  /** selects this tab (and makes it the target of content-context commands) */
  select(): Promise<void>;
  /** runs a function body in the page (promises awaited) */
  run<T = unknown>(script: string, args?: unknown[]): Promise<T>;
  /** navigates (waits for load) */
  goto(url: string): Promise<void>;
  url(): Promise<string>;
  /** clicks the element matching `selector` with synthesized mouse events (WebDriver element click) */
  click(selector: string): Promise<void>;
  /** types text into the element matching `selector` with key events (a file input takes a path) */
  type(selector: string, text: string): Promise<void>;
  /** right-clicks the element matching `selector` (real mouse events): the page's context menu opens */
  contextClick(selector: string): Promise<void>;
  /** presses a key in the page (WebDriver key actions: real key events) */
  press(key: keyof typeof KEYS): Promise<void>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

// ---- the browser ----------------------------------------------------------------------------------------------

export interface FirefoxSession {
  marionette: Marionette;
  /** where Firefox saves downloads */
  downloads: string;
  /** the add-on's warnings and errors as Firefox reports them after installing it (manifest problems) */
  installReport: { id: string; warnings: string[]; errors: string[] };
  /** opens `url` in a new tab and selects it */
  openTab(url: string): Promise<FirefoxTab>;
  /** the handles of the open tabs */
  tabs(): Promise<string[]>;
  /** a tab by its handle (e.g. one the extension opened) */
  tab(handle: string): FirefoxTab;
  /** clicks the toolbar button the way a person does (opening the extensions panel first if it sits there) */
  clickAction(): Promise<FirefoxPopup>;
  /** activates an item of an open menu of the browser (e.g. the page's context menu) */
  clickMenuItem(selector: string): Promise<void>;
  /** the badge the toolbar button shows for the selected tab ('' when none) */
  badge(): Promise<string>;
  /** runs a function body in the browser's own window (chrome context; promises awaited) */
  chrome<T = unknown>(script: string, args?: unknown[]): Promise<T>;
  /**
   * Every request that tried to leave the machine (anything but loopback), from any context: Firefox runs
   * behind a recording proxy that refuses them all.
   */
  offsite: ExtensionSession['offsite'];
  /** what Firefox printed (console messages of the extension included) */
  output(): string;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** requested UI locale (Firefox's own UI needs its language pack; the extension's i18n follows it) */
  locale?: string;
}

async function startFirefox(profile: string): Promise<{ process: ChildProcess; output: () => string; port: number }> {
  const child = spawn(FIREFOX_PATH, ['-headless', '--marionette', '--remote-allow-system-access', '-no-remote', '-new-instance', '-profile', profile], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MOZ_HEADLESS: '1', MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const portFile = join(profile, 'MarionetteActivePort');
  const port = await waitUntil(
    () => {
      if (child.exitCode !== null) throw new Error(`Firefox exited with ${child.exitCode}:\n${output.slice(-2000)}`);
      return existsSync(portFile) ? Number(readFileSync(portFile, 'utf8')) : 0;
    },
    'Firefox did not start Marionette',
    STARTUP_TIMEOUT_MS,
  );
  return { process: child, output: () => output, port };
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxSession> {
  if (!hasFirefox()) throw new Error(`No Firefox at ${FIREFOX_PATH}: install it with \`apt-get install -y firefox-esr\` (or set FIREFOX_PATH).`);
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built Firefox extension in ${FIREFOX_EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'notice-lens-firefox-'));
  const proxy = await startRecordingProxy();
  const downloads = join(profile, 'downloads');
  mkdirSync(downloads);
  const prefs = profilePrefs(options.locale ?? 'en-US', proxy.port, downloads);
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(prefs)
      .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
      .join('\n'),
  );
  const firefox = await startFirefox(profile);
  const marionette = await Marionette.connect(firefox.port);
  await marionette.send('WebDriver:NewSession', { capabilities: { alwaysMatch: { pageLoadStrategy: 'normal' } } });

  // Installing rejects a manifest Firefox cannot load; its warnings (unknown keys, ...) are kept for the test.
  const { value: id } = await marionette.send<{ value: string }>('Addon:Install', { path: FIREFOX_EXTENSION_DIR, temporary: true });
  const installReport = await marionette.execute<{ id: string; warnings: string[]; errors: string[] }>(
    'chrome',
    `const policy = WebExtensionPolicy.getByID(arguments[0]);
     return { id: policy.id, warnings: [...policy.extension.warnings], errors: [...policy.extension.errors] };`,
    [id],
  );

  function tabHandle(handle: string): FirefoxTab {
    const select = async () => {
      await marionette.setContext('content');
      await marionette.send('WebDriver:SwitchToWindow', { handle, focus: true });
    };
    const element = async (selector: string) => {
      await select();
      const { value } = await marionette.send<{ value: Record<string, string> }>('WebDriver:FindElement', { using: 'css selector', value: selector });
      return Object.values(value)[0] as string;
    };
    return {
      handle,
      select,
      async run<T>(script: string, args: unknown[] = []) {
        await select();
        return marionette.execute<T>('content', script, args);
      },
      async goto(url) {
        await select();
        await marionette.send('WebDriver:Navigate', { url });
      },
      async url() {
        await select();
        return (await marionette.send<{ value: string }>('WebDriver:GetCurrentURL')).value;
      },
      async click(selector) {
        const id = await element(selector);
        await marionette.send('WebDriver:ElementClick', { id });
      },
      async type(selector, text) {
        const id = await element(selector);
        await marionette.send('WebDriver:ElementSendKeys', { id, text });
      },
      async contextClick(selector) {
        const id = await element(selector);
        await marionette.send('WebDriver:PerformActions', { actions: [pointerClick({ 'element-6066-11e4-a52e-4f735466cecf': id }, RIGHT_BUTTON)] });
        await marionette.send('WebDriver:ReleaseActions');
      },
      async press(key) {
        await select();
        await pressKey(marionette, key);
      },
      async screenshot(name) {
        await select();
        const { value } = await marionette.send<{ value: string }>('WebDriver:TakeScreenshot', { full: false });
        return savePng(name, value);
      },
      async close() {
        await select();
        // the session's current tab is gone with it: continue on one that is left
        const left = await marionette.send<string[]>('WebDriver:CloseWindow');
        if (left[0]) await marionette.send('WebDriver:SwitchToWindow', { handle: left[0], focus: true });
      },
    };
  }

  /** Real mouse events (WebDriver actions) at the centre of a browser-UI element. */
  async function clickChrome(selector: string): Promise<void> {
    await marionette.setContext('chrome');
    const { value } = await marionette.send<{ value: Record<string, string> }>('WebDriver:FindElement', { using: 'css selector', value: selector });
    await marionette.send('WebDriver:PerformActions', { actions: [pointerClick(value, LEFT_BUTTON)] });
    await marionette.send('WebDriver:ReleaseActions');
  }

  const session: FirefoxSession = {
    marionette,
    downloads,
    installReport,
    async openTab(url) {
      await marionette.setContext('content');
      const { handle } = await marionette.send<{ handle: string }>('WebDriver:NewWindow', { type: 'tab', focus: true });
      const tab = tabHandle(handle);
      await tab.goto(url);
      return tab;
    },
    async tabs() {
      await marionette.setContext('content');
      return marionette.send<string[]>('WebDriver:GetWindowHandles');
    },
    tab: tabHandle,
    async clickAction() {
      // A popup left open (a failed test) would take the click: close it first, as a person would.
      await marionette.execute(
        'chrome',
        `document.querySelector('browser[webextension-view-type="popup"]')?.closest('panel')?.hidePopup();
         if (gUnifiedExtensions.panel.state === 'open') gUnifiedExtensions.panel.hidePopup();`,
      );
      await waitUntil(
        () => marionette.execute<boolean>('chrome', `return !document.querySelector('browser[webextension-view-type="popup"]') && gUnifiedExtensions.panel.state === 'closed';`),
        'an earlier popup did not close',
      );
      // Without `default_area: "navbar"` a new add-on's button sits in the extensions panel (the puzzle piece).
      const inPanel = await marionette.execute<boolean>('chrome', `return CustomizableUI.getWidget(arguments[0]).areaType === CustomizableUI.TYPE_PANEL;`, [WIDGET_ID]);
      if (inPanel) {
        await clickChrome('#unified-extensions-button');
        await waitUntil(() => marionette.execute<boolean>('chrome', `return gUnifiedExtensions.panel.state === 'open';`), 'the extensions panel did not open');
      }
      const clickedAt = Date.now();
      await clickChrome(`#${WIDGET_ID} .unified-extensions-item-action-button`);
      await waitUntil(
        () =>
          marionette.execute<boolean>(
            'chrome',
            `const b = document.querySelector('browser[webextension-view-type="popup"]');
             return Boolean(b && b.currentURI?.spec.startsWith(arguments[0]) && b.browsingContext?.currentWindowGlobal && b.clientHeight > 0);`,
            [`${EXTENSION_ORIGIN}/popup.html`],
          ),
        'the popup did not open',
      );
      const popup = popupHandle(marionette, clickedAt);
      await waitUntil(() => popup.eval<boolean>(`document.readyState === 'complete'`), 'the popup did not load');
      return popup;
    },
    async clickMenuItem(selector) {
      await marionette.setContext('chrome');
      const { value } = await marionette.send<{ value: Record<string, string> }>('WebDriver:FindElement', { using: 'css selector', value: selector });
      // a XUL menu item: Marionette activates it as the menu does on a click (command event, menu closed)
      await marionette.send('WebDriver:ElementClick', { id: Object.values(value)[0] });
    },
    async badge() {
      return marionette.execute<string>(
        'chrome',
        `return document.querySelector('#' + arguments[0] + ' .unified-extensions-item-action-button')?.getAttribute('badge') ?? '';`,
        [WIDGET_ID],
      );
    },
    chrome: (script, args = []) => marionette.execute('chrome', script, args),
    offsite: proxy.log,
    output: firefox.output,
    async close() {
      await marionette.send('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => undefined);
      marionette.close();
      if (firefox.process.exitCode === null) {
        await new Promise<void>((done) => {
          const timer = setTimeout(() => {
            firefox.process.kill('SIGKILL');
            done();
          }, DEFAULT_TIMEOUT_MS);
          firefox.process.once('exit', () => {
            clearTimeout(timer);
            done();
          });
        });
      }
      await proxy.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return session;
}
