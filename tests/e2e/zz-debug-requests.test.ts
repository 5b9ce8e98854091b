import { it } from 'vitest';
import { launchExtension } from './harness';

it('debug', async () => {
  const ext = await launchExtension({ locale: 'en' });
  ext.serviceWorker.on('console', (m) => console.log('SW:', m.text()));
  const r = await ext.serviceWorker.evaluate(`(async () => {
    const id = await chrome.notifications.create('x', { type: 'basic', iconUrl: chrome.runtime.getURL('/icon/128.png'), title: 't', message: 'm' });
    return [id, await chrome.notifications.getAll(), await chrome.alarms.getAll()];
  })()`);
  console.log(JSON.stringify(r));
  await ext.close();
});
