import { it } from 'vitest';
import { launchExtension, serveSite } from './harness';
import { PAGES, buildSite } from './site/index';

it('debug', async () => {
  const site = await serveSite(buildSite());
  const ext = await launchExtension({ locale: 'en' });
  const { popup } = await ext.openPopupOnPage(site.url(PAGES.seed('004')));
  await popup.waitFor(`document.querySelector('[data-topic="rights"] li[data-right] button.draft')`);
  console.log(await popup.eval(`[...document.querySelectorAll('[data-topic="rights"] li[data-right]')].map(l => l.dataset.right + ':' + !!l.querySelector('button.draft'))`));
  console.log(await popup.eval(`(() => { const b = document.querySelector('[data-topic="rights"] li[data-right] button.draft'); const r = b.getBoundingClientRect(); return [r.x, r.y, r.width, r.height, innerWidth, innerHeight]; })()`));
  await popup.click('[data-topic="rights"] li[data-right] button.draft');
  await new Promise((r) => setTimeout(r, 3000));
  console.log(ext.context.pages().map((p) => p.url()));
  console.log((await popup.text().catch((e) => 'closed ' + e)).slice(0, 1500));
  await ext.close();
  await site.close();
});
