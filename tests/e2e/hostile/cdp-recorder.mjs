// A second DevTools client that records every network request the browser makes, from every target:
// tabs, extension pages (popup, dashboard), the extension's service worker, iframes and workers.
// Run as `node --experimental-websocket cdp-recorder.mjs <browser ws url>` (Node 20 has WebSocket
// behind that flag; Playwright's own connection drops the flattened child sessions we need).
// Prints one JSON line per event on stdout: {kind:'ready'} once attached, then {kind:'request', ...}.
// Auto-attach pauses each new target until it is recorded (waitForDebuggerOnStart), so a context's
// first request is seen too.

const [browserUrl] = process.argv.slice(2);
if (!browserUrl) {
  console.error('usage: cdp-recorder.mjs <browser websocket url>');
  process.exit(2);
}

const socket = new WebSocket(browserUrl);
let nextId = 1;
const waiting = new Map();
/** sessionId -> { type, url } of the target behind it ('' is the browser itself) */
const targets = new Map();

function send(method, params = {}, sessionId) {
  const id = nextId++;
  const message = { id, method, params };
  if (sessionId) message.sessionId = sessionId;
  socket.send(JSON.stringify(message));
  return new Promise((resolve) => waiting.set(id, resolve));
}

const emit = (record) => process.stdout.write(`${JSON.stringify(record)}\n`);

const AUTO_ATTACH = { autoAttach: true, waitForDebuggerOnStart: true, flatten: true };

async function onAttached({ sessionId, targetInfo }) {
  targets.set(sessionId, { type: targetInfo.type, url: targetInfo.url, targetId: targetInfo.targetId });
  // Network first, then the target's own children (iframes, workers), then let it run.
  await send('Network.enable', {}, sessionId);
  await send('Target.setAutoAttach', AUTO_ATTACH, sessionId);
  await send('Runtime.runIfWaitingForDebugger', {}, sessionId);
}

socket.addEventListener('message', (event) => {
  const message = JSON.parse(String(event.data));
  if (message.id !== undefined) {
    waiting.get(message.id)?.(message.result ?? { error: message.error });
    waiting.delete(message.id);
    return;
  }
  const { method, params, sessionId } = message;
  if (method === 'Target.attachedToTarget') void onAttached(params);
  else if (method === 'Target.detachedFromTarget') targets.delete(params.sessionId);
  else if (method === 'Target.targetInfoChanged') {
    for (const target of targets.values()) if (target.targetId === params.targetInfo.targetId) target.url = params.targetInfo.url;
  } else if (method === 'Network.requestWillBeSent') {
    const target = targets.get(sessionId) ?? { type: 'unknown', url: '' };
    emit({
      kind: 'request',
      url: params.request.url,
      method: params.request.method,
      resourceType: params.type ?? null,
      documentURL: params.documentURL ?? null,
      initiatorUrl: params.initiator?.url ?? params.initiator?.stack?.callFrames?.[0]?.url ?? null,
      targetType: target.type,
      targetUrl: target.url,
    });
  }
});

socket.addEventListener('open', async () => {
  await send('Target.setDiscoverTargets', { discover: true });
  await send('Target.setAutoAttach', AUTO_ATTACH);
  emit({ kind: 'ready' });
});
socket.addEventListener('close', () => process.exit(0));
socket.addEventListener('error', (event) => {
  console.error(`recorder: ${event.message ?? 'websocket error'}`);
  process.exit(1);
});
