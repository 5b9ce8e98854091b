// The extension API for the content script only, in place of webextension-polyfill (~10 KB minified), so
// the injected script stays under its size budget. Firefox provides `browser` (promises); Chrome MV3's
// `chrome` returns promises too. The one difference that matters: Chrome ignores a promise returned by a
// runtime.onMessage listener, so content-script listeners answer through `sendResponse`.
// wxt.config.ts swaps this in for `webextension-polyfill` in the content-script build.
const scope = globalThis as { browser?: { runtime?: unknown }; chrome?: unknown };
const api = scope.browser?.runtime ? scope.browser : scope.chrome;

export default api;
