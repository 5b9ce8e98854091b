// Click to summary in headless Chromium: the toolbar button clicked for real (CDP) on the seed 004 page,
// until the popup shows the summary (the popup stamps the time on <html data-summary-at>). Also the built
// sizes of the content script, the popup and the background. Needs `npm run build` and Chromium.
// In Chrome the click reaches our background first (lib/ui/click.ts), which opens the popup and reads and
// analyses the page while Chromium creates it; the popup then only shows the summary it is handed. Ours is
// clicked twice a round: with the service worker running (a recent use), and just after it was stopped (as
// Chrome does 30 s after its last event: the click starts it, engine included, before the popup opens).
// The floor is measured in the same browser, clicks alternated with ours: two extensions whose popup
// does nothing (blank) or only asks the page one line (the least a popup that reads the page can do).
// On a shared machine only the same-run ratio to the floor is comparable between runs.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { EXTENSION_DIR, chromiumPath, launchExtension, serveSite, waitUntil, type Popup } from '../e2e/harness';
import { PAGES, buildSite } from '../e2e/site/index';
import type { HandoffTimings } from '../../lib/ui/popup';
import { median, type BenchRow } from './types';

/** Budgets from the extension issue: a blink to the summary, a small injected script. */
export const CLICK_BUDGET_MS = 400;
export const CONTENT_SCRIPT_BUDGET_KB = 60;
const RUNS = 9;
/** Pause after each click: the closed popup's renderer process exits before the next click. */
const CLICK_PAUSE_MS = 200;
const KB = 1024;

/** A page's script and style files plus every chunk they import, relative to the output folder. */
export function filesOfPage(html: string): string[] {
  const entry = readFileSync(join(EXTENSION_DIR, html), 'utf8');
  const queue = [...entry.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift() as string;
    if (seen.has(file) || !existsSync(join(EXTENSION_DIR, file))) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
      queue.push(relative(EXTENSION_DIR, join(EXTENSION_DIR, dirname(file), m[1] as string)));
    }
  }
  return [...seen];
}

function kb(files: string[]): number {
  const bytes = files.reduce((sum, file) => sum + statSync(join(EXTENSION_DIR, file)).size, 0);
  return Math.round((bytes / KB) * 10) / 10;
}

export function sizeRows(): BenchRow[] {
  const content = join('content-scripts', 'content.js');
  return [
    { name: 'size: content script (minified)', median: kb([content]), budget: CONTENT_SCRIPT_BUDGET_KB, unit: 'KB' },
    { name: 'size: popup (html, scripts and styles, lazy chunks included)', median: kb(['popup.html', ...filesOfPage('popup.html')]), budget: null, unit: 'KB' },
    { name: 'size: background', median: kb(['background.js']), budget: null, unit: 'KB' },
    { name: 'size: whole chrome-mv3 build', median: kb(listFiles('')), budget: null, unit: 'KB' },
  ];
}

function listFiles(dir: string): string[] {
  return readdirSync(join(EXTENSION_DIR, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Popup scripts of the floor extensions: each stamps <html data-summary-at> as ours does. */
export const FLOOR_POPUPS = {
  blank: 'document.documentElement.dataset.summaryAt = String(performance.timeOrigin + performance.now());',
  'one-line read': `const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
const [read] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, func: () => document.documentElement.lang });
document.body.textContent = String(read.result);
document.documentElement.dataset.summaryAt = String(performance.timeOrigin + performance.now());`,
} as const;
export type FloorName = keyof typeof FLOOR_POPUPS;

/** Chromium's id for an unpacked extension: the SHA-256 of its absolute path, hex digits written a-p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode('a'.charCodeAt(0) + parseInt(digit, 16))).join('');
}

/** Writes one floor extension (same permissions as ours for reading a page: activeTab, scripting). */
function writeFloor(dir: string, name: FloorName): string {
  mkdirSync(dir, { recursive: true });
  const manifest = { manifest_version: 3, name: `click floor: ${name}`, version: '1.0', permissions: ['activeTab', 'scripting'], action: { default_popup: 'popup.html' } };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'popup.html'), '<!doctype html><html><head><meta charset="utf-8"></head><body style="min-width:400px;min-height:140px"><script type="module" src="popup.js"></script></body></html>');
  writeFileSync(join(dir, 'popup.js'), FLOOR_POPUPS[name]);
  return dir;
}

export interface ClickTiming {
  /** whether the background handed the popup its summary (else the popup read and analysed the page) */
  handed: boolean;
  /** toolbar click to summary on screen */
  total: number;
  /** click to the summary being ready in the background (NaN when the popup analysed) */
  ready: number;
  /** click to the background hearing it, and to the service worker's start (negative: it was running) */
  heard: number;
  workerStarted: number;
  /** click to the popup's script asking for the summary (the background) or the page's text */
  popupReady: number;
  /** click to the popup's document existing (the browser creating the popup) */
  popupCreated: number;
  /** content script injected and run in the page (extraction and link scan) */
  extraction: number;
  /** analyze() in the background (or the popup) */
  analysis: number;
  /** the report put on screen (Svelte) */
  render: number;
  /** the report's own stage timings (language, segment, classify, facts, ...) */
  stages: Record<string, number>;
}

async function summaryAt(popup: Popup): Promise<number> {
  return Number(await waitUntil(() => popup.eval<string | undefined>('document.documentElement.dataset.summaryAt'), 'no summary'));
}

export interface ClickRuns {
  ours: ClickTiming[];
  /** ours, each click just after the service worker was stopped */
  stopped: ClickTiming[];
  /** click to the floor popup's stamp, per floor */
  floors: Record<FloorName, number[]>;
}

/**
 * `runs` clicks on the seed 004 page with our extension (the popup marks each stage with performance.mark),
 * each followed by one click per floor extension, in the same browser.
 */
export async function clickTimes(runs = RUNS): Promise<ClickRuns> {
  const site = await serveSite(buildSite());
  // Chromium derives an unpacked extension's id from its real path
  const floorRoot = realpathSync(mkdtempSync(join(tmpdir(), 'notice-lens-floor-')));
  const names = Object.keys(FLOOR_POPUPS) as FloorName[];
  const floorDirs = names.map((name, i) => writeFloor(join(floorRoot, String(i)), name));
  const ext = await launchExtension({ extraExtensions: floorDirs });
  try {
    const page = await ext.context.newPage();
    await page.goto(site.url(PAGES.seed('004')), { waitUntil: 'load' });
    const times: ClickTiming[] = [];
    const stopped: ClickTiming[] = [];
    const floors = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<FloorName, number[]>;
    const workers = await ext.context.newCDPSession(page);
    await workers.send('ServiceWorker.enable' as never);
    const clickOurs = (worker: 'running' | 'stopped') => async () => {
      if (worker === 'stopped') {
        await workers.send('ServiceWorker.stopAllWorkers' as never);
        await new Promise((done) => setTimeout(done, CLICK_PAUSE_MS));
      }
      const popup = await ext.clickAction(page);
      await summaryAt(popup);
      const stamps = await popup.eval<{ origin: number; summaryAt: number; marks: Record<string, number>; stages: Record<string, number>; handoff: HandoffTimings | null }>(`({
        origin: performance.timeOrigin,
        stages: JSON.parse(document.documentElement.dataset.timings ?? '{}'),
        handoff: JSON.parse(document.documentElement.dataset.handoff ?? 'null'),
        summaryAt: Number(document.documentElement.dataset.summaryAt),
        marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
      })`);
      const mark = (name: string) => stamps.marks[`notice-lens:${name}`] ?? Number.NaN;
      const { handoff } = stamps;
      ({ running: times, stopped })[worker].push({
        handed: handoff !== null,
        total: stamps.summaryAt - popup.clickedAt,
        ready: handoff ? handoff.readyAt - popup.clickedAt : Number.NaN,
        heard: handoff ? handoff.heardAt - popup.clickedAt : Number.NaN,
        workerStarted: handoff ? handoff.workerStartedAt - popup.clickedAt : Number.NaN,
        popupReady: stamps.origin + mark(handoff ? 'ask' : 'extract') - popup.clickedAt,
        popupCreated: stamps.origin - popup.clickedAt,
        extraction: handoff ? handoff.read : mark('analyse') - mark('extract'),
        analysis: handoff ? handoff.analysis : mark('analysed') - mark('analyse'),
        render: stamps.summaryAt - (stamps.origin + mark(handoff ? 'handed' : 'analysed')),
        stages: stamps.stages,
      });
      await popup.close();
    };
    const clickFloor = (name: FloorName, dir: string) => async () => {
      const popup = await ext.clickAction(page, { extensionId: unpackedExtensionId(dir), path: 'popup.html' });
      floors[name].push((await summaryAt(popup)) - popup.clickedAt);
      await popup.close();
    };
    const clicks = [clickOurs('running'), clickOurs('stopped'), ...names.map((name, k) => clickFloor(name, floorDirs[k] as string))];
    for (let i = 0; i < runs; i++) {
      // the order turns each round: no extension always follows the same one
      for (let k = 0; k < clicks.length; k++) {
        await (clicks[(i + k) % clicks.length] as () => Promise<void>)();
        await new Promise((done) => setTimeout(done, CLICK_PAUSE_MS));
      }
    }
    return { ours: times, stopped, floors };
  } finally {
    await ext.close();
    await site.close();
    rmSync(floorRoot, { recursive: true, force: true });
  }
}

export async function bench(): Promise<BenchRow[]> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    console.warn('click bench: no build in .output/chrome-mv3 (run `npm run build`), skipped.');
    return [];
  }
  const rows = sizeRows();
  try {
    chromiumPath();
  } catch (error) {
    console.warn(`click bench: ${(error as Error).message}`);
    return rows;
  }
  const { ours: times, stopped, floors } = await clickTimes();
  type Stage = Exclude<keyof ClickTiming, 'stages' | 'handed'>;
  const stage = (key: Stage, of = times) => Math.round(median(of.map((t) => t[key])));
  const floor = (name: FloorName) => Math.round(median(floors[name]));
  const readFloor = floor('one-line read');
  const stageNames = Object.keys(times[0]?.stages ?? {}).filter((name) => name !== 'total');
  const stages = stageNames.map((name) => `${name} ${Math.round(median(times.map((t) => t.stages[name] ?? 0)))}`).join(', ');
  const handed = (of: ClickTiming[]) => `${of.filter((t) => t.handed).length} of ${of.length} summaries handed over by the background`;
  return [
    {
      name: `popup: click to summary, seed 004 (${times.length} runs, headless Chromium)`,
      median: stage('total'),
      budget: CLICK_BUDGET_MS,
      unit: 'ms',
      note: `service worker running; machine load ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores; ${handed(times)}`,
    },
    {
      name: '  the same, service worker just stopped (as 30 s after its last use)',
      median: stage('total', stopped),
      budget: null,
      unit: 'ms',
      note: `worker started ${stage('workerStarted', stopped)} ms after the click, heard it at ${stage('heard', stopped)} ms, page read in ${stage('extraction', stopped)} ms, analysed in ${stage('analysis', stopped)} ms, summary ready at ${stage('ready', stopped)} ms, popup script running at ${stage('popupReady', stopped)} ms; ${handed(stopped)}`,
    },
    {
      name: '  floor: a blank popup, same browser, clicks alternated',
      median: floor('blank'),
      budget: null,
      unit: 'ms',
      note: 'Chromium creating the popup window and document, and running one line of its script',
    },
    {
      name: '  floor: a popup that only reads one line of the page',
      median: readFloor,
      budget: null,
      unit: 'ms',
      note: 'the least a popup that reads the page itself can take',
    },
    {
      name: '  ours above that floor',
      median: stage('total') - readFloor,
      budget: CLICK_BUDGET_MS - readFloor,
      unit: 'ms',
      note: `click to summary is ${(stage('total') / readFloor).toFixed(2)} x the floor`,
    },
    {
      name: '  of which: click to popup script running',
      median: stage('popupReady'),
      budget: null,
      unit: 'ms',
      note: `the browser creates the popup document after ${stage('popupCreated')} ms`,
    },
    {
      name: '  of which: click to summary ready in the background',
      median: stage('ready'),
      budget: null,
      unit: 'ms',
      note: `read and analysed while Chromium creates the popup; the background heard the click at ${stage('heard')} ms`,
    },
    { name: '  of which: extraction in the page (content script)', median: stage('extraction'), budget: null, unit: 'ms' },
    { name: '  of which: analyze() in the background (or the popup)', median: stage('analysis'), budget: null, unit: 'ms', note: stages },
    { name: '  of which: summary handed over and rendered (Svelte)', median: stage('render'), budget: null, unit: 'ms' },
    ...rows,
  ];
}
