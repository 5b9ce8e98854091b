// The saved-notice library in a real Chromium: save two versions of a notice page (the site edits its
// retention between the saves), see the change alert in the popup, open the diff and read the retention
// change; compare seed 000 with seed 001 side by side; export, wipe and import a backup in the real
// extension page (its CSP forbids eval: the backup check must not need it). Screenshots in artifacts/.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { fileToBlocks } from '../../lib/extract/file';
import { serializeBackup } from '../../lib/library/backup';
import { generateBase, VERSIONS } from '../bench/library';
import { ARTIFACTS_DIR, launchExtension, screenshotPage, serveSite, waitUntil, type ExtensionSession, type Popup, type Site } from './harness';
import { PAGES, buildSite, readSeed } from './site/index';

const routes = buildSite();
let site: Site;
let ext: ExtensionSession;

beforeAll(async () => {
  site = await serveSite(routes);
  ext = await launchExtension({ locale: 'en' });
});
afterAll(async () => {
  await ext?.close();
  await site?.close();
});

/** Opens the popup on `url`, waits for the summary and clicks Save. */
async function saveFromPopup(url: string): Promise<{ popup: Popup; page: Page }> {
  const opened = await ext.openPopupOnPage(url);
  await opened.popup.waitFor(`document.querySelector('[data-testid="summary"]')`);
  await opened.popup.click('.bar button.save', 'Save');
  await opened.popup.waitForText(/Saved|Already saved/);
  return opened;
}

async function dashboard(hash: string): Promise<Page> {
  const page = await ext.openExtensionPage(`dashboard.html${hash}`);
  await page.setViewportSize({ width: 1100, height: 900 });
  return page;
}

describe('versions of one notice', () => {
  const CHANGING = '/fr/library-changing.html';
  const OLD = 'conservées pendant sept (7) ans après la fin de notre relation commerciale';
  const NEW = 'conservées pendant dix (10) ans après la fin de notre relation commerciale';

  it('saves two versions, alerts on the change and shows the retention change in the diff', async () => {
    const original = String(routes.get(PAGES.seed('004'))!.body);
    expect(original).toContain(OLD);
    routes.set(CHANGING, { body: original });
    const first = await saveFromPopup(site.url(CHANGING));
    await first.popup.close();

    // The site edits its notice: customer account data is now kept ten years.
    routes.set(CHANGING, { body: original.replace(OLD, NEW) });
    await first.page.reload();
    const second = await ext.clickAction(first.page);
    await second.waitForText('This notice changed since');
    const opened = ext.context.waitForEvent('page');
    await second.click('.changed button', 'See what changed');
    const diff = await opened;
    await diff.setViewportSize({ width: 1100, height: 900 });
    await diff.locator('[data-testid="changes"]').waitFor();
    const changes = await diff.locator('[data-testid="changes"]').innerText();
    expect(changes).toMatch(/Retention: données personnelles des comptes des clients 7\s+years → 10\s+years/);
    const edited = diff.locator('[data-testid="passage-diff"] li[data-kind="changed"]');
    expect(await edited.count()).toBe(1);
    expect(await edited.locator('del').allInnerTexts()).toContain('sept');
    expect(await edited.locator('ins').allInnerTexts()).toContain('dix');
    expect(await edited.locator(".tag").allInnerTexts()).toContain("retention"); // the passage keeps its tag
    await screenshotPage(diff, 'library-diff');
    await diff.close();
    await first.page.close();
  });

  it('lists the site with its two versions, searches and filters', async () => {
    const page = await dashboard('#/library');
    const row = page.locator('li.site[data-site="127.0.0.1"]');
    await row.waitFor();
    expect(await row.innerText()).toContain('versions: 2');
    await row.locator('button.expand').click();
    expect(await row.locator('tr[data-version]').count()).toBe(2);
    await page.getByTestId('library-search').fill('relation commerciale');
    await row.locator('.excerpt mark').waitFor();
    await page.getByTestId('library-search').fill('zzzunknownword');
    await page.getByText('No saved notice matches.').waitFor();
    await page.getByTestId('library-search').fill('');
    await page.getByLabel('Fact').selectOption('retention-over-2-years');
    await row.waitFor();
    await screenshotPage(page, 'library-list');

    // Delete the older version (the page asks first): one version left, nothing to diff against any more.
    page.once('dialog', (dialog) => void dialog.accept());
    await row.locator('tr[data-version]').nth(1).getByRole('button', { name: 'Delete' }).click();
    await waitUntil(async () => (await row.locator('tr[data-version]').count()) === 1, 'version not deleted');
    expect(await row.getByRole('link', { name: 'What changed' }).count()).toBe(0);
    expect(await row.innerText()).toContain('versions: 1');
    await page.close();
  });
});

describe('in French', () => {
  it('explains how to save when empty, and writes the changes in French', async () => {
    const fr = await launchExtension({ locale: 'fr' });
    try {
      const empty = await fr.openExtensionPage('dashboard.html#/library');
      await empty.setViewportSize({ width: 1100, height: 700 });
      await empty.getByText('Aucune politique enregistrée pour l\'instant').waitFor();
      await screenshotPage(empty, 'library-empty-fr');
      await empty.close();

      const path = '/fr/library-changing-fr.html';
      const original = String(routes.get(PAGES.seed('004'))!.body);
      routes.set(path, { body: original });
      const first = await fr.openPopupOnPage(site.url(path));
      await first.popup.waitFor(`document.querySelector('[data-testid="summary"]')`);
      await first.popup.click('.bar button.save', 'Enregistrer');
      await first.popup.waitForText('Enregistrée');
      await first.popup.close();
      routes.set(path, { body: original.replace('conservées pendant sept (7) ans', 'conservées pendant dix (10) ans') });
      await first.page.reload();
      const second = await fr.clickAction(first.page);
      await second.waitForText('Cette politique a changé depuis');
      const opened = fr.context.waitForEvent('page');
      await second.click('.changed button', 'Voir ce qui a changé');
      const diff = await opened;
      await diff.setViewportSize({ width: 1100, height: 900 });
      await diff.locator('[data-testid="changes"]').waitFor();
      expect((await diff.locator('[data-testid="changes"]').innerText()).replace(/[\u00a0\u202f]/g, ' ')).toMatch(
        /Conservation : données personnelles des comptes des clients 7 ans → 10 ans/,
      );
      await screenshotPage(diff, 'library-diff-fr');
      await diff.close();
      await first.page.close();
    } finally {
      await fr.close();
    }
  });
});

describe('two notices side by side', () => {
  it('compares seed 000 with seed 001 and marks the more protective side', async () => {
    // Two sites: 000 on 127.0.0.1's neighbour name "localhost", 001 on 127.0.0.1.
    const a = await saveFromPopup(site.url(PAGES.seed('000')).replace('127.0.0.1', 'localhost'));
    await a.popup.close();
    await a.page.close();
    const b = await saveFromPopup(site.url(PAGES.seed('001')));
    await b.popup.close();
    await b.page.close();

    const page = await dashboard('#/library');
    for (const name of ['localhost', '127.0.0.1']) {
      const row = page.locator(`li.site[data-site="${name}"]`);
      await row.locator('button.expand').click();
      await row.locator('tr[data-version] input[type="checkbox"]').first().check();
    }
    await page.getByRole('link', { name: 'Compare the two selected versions' }).click();
    const table = page.getByTestId('compare-table');
    await table.waitFor();
    const heads = await table.locator('thead th.side-head .site').allInnerTexts();
    expect(heads.sort()).toEqual(['127.0.0.1', 'localhost']);
    for (const topic of ['retention', 'children', 'transfers', 'rights', 'contacts', 'flags']) {
      expect(await table.locator(`tbody[data-topic="${topic}"]`).count()).toBe(1);
    }
    // Seed 000 relies on the Privacy Shield, seed 001 on the Data Privacy Framework.
    const transfers = table.locator('tbody[data-topic="transfers"]');
    expect(await transfers.innerText()).toMatch(/Privacy Shield/);
    expect(await transfers.locator('.better-note').innerText()).toMatch(/More protective: 127\.0\.0\.1/);
    expect(await table.locator('li.unique').count()).toBeGreaterThan(0);
    await screenshotPage(page, 'library-compare');
    await page.screenshot({ path: join(import.meta.dirname, 'artifacts', 'library-compare-full.png'), fullPage: true });
    await page.close();
  });
});

describe('backup in the extension page', () => {
  it('exports, deletes everything, imports back; a damaged file changes nothing', async () => {
    const page = await dashboard('#/backup');
    const counts = page.getByTestId('backup-counts');
    await waitUntil(async () => /[1-9]\d* saved versions/.test(await counts.innerText()), 'no saved versions counted');
    const before = await counts.innerText();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export a backup' }).click();
    const file = join(mkdtempSync(join(tmpdir(), 'notice-lens-backup-')), 'backup.json');
    await (await download).saveAs(file);
    const backup = JSON.parse(readFileSync(file, 'utf8'));
    expect(backup).toMatchObject({ format: 'notice-lens-backup', version: 1 });

    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await waitUntil(async () => /0 saved versions/.test(await counts.innerText()), 'data not deleted');

    await page.getByTestId('backup-file').setInputFiles(file);
    await waitUntil(async () => (await counts.innerText()) === before, 'backup not imported');
    expect(await page.getByTestId('backup-message').innerText()).toMatch(/Backup imported: \d+ new versions/);

    // A damaged copy and a newer-format copy: refused with a sentence, nothing changes.
    const damaged = file.replace('.json', '-damaged.json');
    writeFileSync(damaged, readFileSync(file, 'utf8').replace('"isPrivacyNotice":true', '"isPrivacyNotice":"maybe"'));
    await page.getByTestId('backup-file').setInputFiles(damaged);
    await page.getByText('is not a Notice Lens backup, or it is damaged').waitFor();
    const newer = file.replace('.json', '-newer.json');
    writeFileSync(newer, readFileSync(file, 'utf8').replace('"version":1', '"version":2'));
    await page.getByTestId('backup-file').setInputFiles(newer);
    await page.getByText('was made by a newer version of Notice Lens').waitFor();
    expect(await counts.innerText()).toBe(before);
    await screenshotPage(page, 'library-backup');
    await page.close();
  });
});

describe('a base of 2,000 versions in the real browser', () => {
  /** Sites made from seed 004 (Infobip's notice): one in five. */
  const INFOBIP_SITES = VERSIONS / 10 / 5;
  it('imports and exports it, and the library opens and searches it', async () => {
    const seeds = (['000', '001', '002', '003', '004'] as const).map((id) => {
      const extracted = fileToBlocks(`${id}.txt`, readSeed(id));
      return analyze(extracted.blocks, { kind: extracted.kind, url: null, title: extracted.title });
    });
    const file = join(mkdtempSync(join(tmpdir(), 'notice-lens-scale-')), 'base.json');
    writeFileSync(file, serializeBackup(generateBase(seeds, VERSIONS)));

    const page = await dashboard('#/backup');
    const counts = page.getByTestId('backup-counts');
    await counts.waitFor();
    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await waitUntil(async () => /: 0 saved versions/.test(await counts.innerText()), 'data not deleted');

    let started = Date.now();
    await page.getByTestId('backup-file').setInputFiles(file);
    await waitUntil(async () => /Backup imported/.test((await page.getByTestId('backup-message').innerText().catch(() => '')) ?? ''), 'not imported', 120_000);
    const importMs = Date.now() - started;
    expect(await counts.innerText()).toContain(`${VERSIONS} saved versions`);

    started = Date.now();
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByRole('button', { name: 'Export a backup' }).click();
    await download;
    const exportMs = Date.now() - started;

    // Measured in the page: from the route change to the first site on screen.
    const openMs = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          const start = performance.now();
          location.hash = '#/library';
          const check = () => (document.querySelector('li.site') ? done(performance.now() - start) : requestAnimationFrame(check));
          check();
        }),
    );
    await page.locator('li.site').first().waitFor();
    expect(await page.getByText(`Sites: ${VERSIONS / 10}`).count()).toBe(1);

    started = Date.now();
    await page.getByTestId('library-search').fill('infobip');
    await waitUntil(async () => (await page.locator('li.site').count()) === INFOBIP_SITES, 'search did not filter');
    const searchMs = Date.now() - started;
    const figures = { versions: VERSIONS, importMs, exportMs, openMs: Math.round(openMs), searchMs, measuredAt: new Date().toISOString() };
    writeFileSync(join(ARTIFACTS_DIR, 'library-scale.json'), `${JSON.stringify(figures, null, 2)}\n`);
    console.log('library at scale in Chromium', figures);
    await page.close();
  });
});
