// Click to summary in headless Chromium: the toolbar button clicked for real (CDP) on the seed 004 page,
// until the popup shows the summary (the popup stamps the time on <html data-summary-at>). Also the built
// sizes of the content script, the popup and the background. Needs `npm run build` and Chromium.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { EXTENSION_DIR, chromiumPath, launchExtension, serveSite, waitUntil } from '../e2e/harness';
import { PAGES, buildSite } from '../e2e/site/index';
import { median, type BenchRow } from './types';

/** Budgets from the extension issue: a blink to the summary, a small injected script. */
export const CLICK_BUDGET_MS = 400;
export const CONTENT_SCRIPT_BUDGET_KB = 60;
const RUNS = 9;
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

export interface ClickTiming {
  /** toolbar click to summary on screen */
  total: number;
  /** click to the popup's script asking the page for its text */
  popupReady: number;
  /** click to the popup's document existing (the browser creating the popup) */
  popupCreated: number;
  /** content script injected and run in the page (extraction and link scan) */
  extraction: number;
  /** analyze() in the popup */
  analysis: number;
  /** the report's own stage timings (language, segment, classify, facts, ...) */
  stages: Record<string, number>;
}

/** Timings of `runs` clicks on the seed 004 page (the popup marks each stage with performance.mark). */
export async function clickTimes(runs = RUNS): Promise<ClickTiming[]> {
  const site = await serveSite(buildSite());
  const ext = await launchExtension();
  try {
    const page = await ext.context.newPage();
    await page.goto(site.url(PAGES.seed('004')), { waitUntil: 'load' });
    const times: ClickTiming[] = [];
    for (let i = 0; i < runs; i++) {
      const popup = await ext.clickAction(page);
      await waitUntil(() => popup.eval<string | undefined>('document.documentElement.dataset.summaryAt'), 'no summary');
      const stamps = await popup.eval<{ origin: number; summaryAt: number; marks: Record<string, number>; stages: Record<string, number> }>(`({
        origin: performance.timeOrigin,
        stages: JSON.parse(document.documentElement.dataset.timings ?? '{}'),
        summaryAt: Number(document.documentElement.dataset.summaryAt),
        marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
      })`);
      const mark = (name: string) => stamps.marks[`notice-lens:${name}`] ?? Number.NaN;
      times.push({
        total: stamps.summaryAt - popup.clickedAt,
        popupReady: stamps.origin + mark('extract') - popup.clickedAt,
        popupCreated: stamps.origin - popup.clickedAt,
        extraction: mark('analyse') - mark('extract'),
        analysis: mark('analysed') - mark('analyse'),
        stages: stamps.stages,
      });
      await popup.close();
    }
    return times;
  } finally {
    await ext.close();
    await site.close();
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
  const times = await clickTimes();
  const stage = (key: Exclude<keyof ClickTiming, 'stages'>) => Math.round(median(times.map((t) => t[key])));
  const stageNames = Object.keys(times[0]?.stages ?? {}).filter((name) => name !== 'total');
  const stages = stageNames.map((name) => `${name} ${Math.round(median(times.map((t) => t.stages[name] ?? 0)))}`).join(', ');
  return [
    {
      name: `popup: click to summary, seed 004 (${times.length} runs, headless Chromium)`,
      median: stage('total'),
      budget: CLICK_BUDGET_MS,
      unit: 'ms',
      note: `machine load ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`,
    },
    {
      name: '  of which: click to popup script running',
      median: stage('popupReady'),
      budget: null,
      unit: 'ms',
      note: `the browser creates the popup document after ${stage('popupCreated')} ms`,
    },
    { name: '  of which: extraction in the page (content script)', median: stage('extraction'), budget: null, unit: 'ms' },
    { name: '  of which: analyze() in the popup', median: stage('analysis'), budget: null, unit: 'ms', note: stages },
    ...rows,
  ];
}
