// @vitest-environment jsdom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OVERLAY_ATTR, buildTextIndex, clearHighlight, findPassage, highlightPassage, matchKey, revealAncestors } from '@/lib/highlight';

describe('matchKey', () => {
  it.each([
    ['We  keep\n your data', 'wekeepyourdata'],
    ['“Personal data” – what we mean', '"personaldata"-whatwemean'],
    ['- a list item', 'alistitem'],
    ['1. Numbered clause', 'numberedclause'],
    ['L’adresse e-mail', "l'adressee-mail"],
  ])('%j -> %j', (text, key) => {
    expect(matchKey(text)).toBe(key);
  });

  it('keeps only the first characters', () => {
    expect(matchKey('a'.repeat(500))).toHaveLength(80);
  });
});

describe('findPassage', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <header><nav>Home Products</nav></header>
      <main>
        <h2>Retention</h2>
        <p id="p1">We keep customer <b>account</b> data for <em>seven years</em> after the account is closed, as required by tax law.</p>
        <p id="p2">Marketing data is kept for 25&nbsp;months.</p>
        <script>var x = "We keep customer account data";</script>
      </main>`;
  });

  it('finds text across inline elements, whatever the spacing', () => {
    const range = findPassage(buildTextIndex(document.body), 'We keep customer account data for seven years after the account is closed, as required by tax law.');
    expect(range?.startContainer.parentElement?.id).toBe('p1');
    expect(range?.toString()).toContain('seven years');
  });

  it('matches when the report spaced the text differently', () => {
    const range = findPassage(buildTextIndex(document.body), 'Marketing data is kept for 25 months.');
    expect(range?.startContainer.parentElement?.id).toBe('p2');
  });

  it('falls back to a shorter key when the passage ends differently in the page', () => {
    const range = findPassage(buildTextIndex(document.body), 'We keep customer account data for seven years after the account is closed [table cell glued]');
    expect(range?.startContainer.parentElement?.id).toBe('p1');
  });

  it('finds text inside an open shadow root (web components)', () => {
    const host = document.createElement('notice-body');
    host.attachShadow({ mode: 'open' }).innerHTML = '<section><p id="s">Vos données sont conservées trois ans.</p></section>';
    document.body.append(host);
    const range = findPassage(buildTextIndex(document.body), 'Vos données sont conservées trois ans.');
    expect((range?.startContainer.parentElement as HTMLElement | undefined)?.id).toBe('s');
  });

  it('finds a table row whose cells the passage joins with " | "', () => {
    document.body.innerHTML = '<table><tr id="r"><td>Salesforce.com Inc.</td><td>Mise à disposition de la plateforme CRM</td></tr></table>';
    const range = findPassage(buildTextIndex(document.body), 'Salesforce.com Inc. | Mise à disposition de la plateforme CRM');
    expect((range?.startContainer.parentElement?.closest('tr') as HTMLElement | null)?.id).toBe('r');
    expect(range?.toString()).toContain('plateforme CRM');
  });

  it('returns null for text that is not in the page, or too short', () => {
    expect(findPassage(buildTextIndex(document.body), 'We sell your data to brokers.')).toBeNull();
    expect(findPassage(buildTextIndex(document.body), ' a ')).toBeNull();
  });
});

describe('revealAncestors', () => {
  it('opens a <details>', () => {
    document.body.innerHTML = '<details id="d"><summary>More</summary><p id="t">Hidden retention text</p></details>';
    expect(revealAncestors(document.getElementById('t') as HTMLElement)).toBe(1);
    expect((document.getElementById('d') as HTMLDetailsElement).open).toBe(true);
  });

  it("uses the accordion's own toggle when it has one", () => {
    document.body.innerHTML = `
      <button id="b" aria-expanded="false" aria-controls="panel">Retention</button>
      <div id="panel" hidden><p id="t">Hidden retention text</p></div>`;
    const button = document.getElementById('b') as HTMLButtonElement;
    const panel = document.getElementById('panel') as HTMLElement;
    button.addEventListener('click', () => {
      panel.hidden = false;
      button.setAttribute('aria-expanded', 'true');
    });
    expect(revealAncestors(document.getElementById('t') as HTMLElement)).toBe(1);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
  });

  it('forces open hidden and aria-hidden panels without a toggle', () => {
    document.body.innerHTML = '<div id="a" aria-hidden="true" style="display:none"><div id="b" hidden><p id="t">x</p></div></div>';
    expect(revealAncestors(document.getElementById('t') as HTMLElement)).toBe(2);
    expect((document.getElementById('b') as HTMLElement).hidden).toBe(false);
    expect(document.getElementById('a')?.getAttribute('aria-hidden')).toBeNull();
    expect(getComputedStyle(document.getElementById('a') as HTMLElement).display).not.toBe('none');
  });

  it('opens a <details> around a web component holding the text', () => {
    document.body.innerHTML = '<details id="d"><summary>More</summary><notice-part id="h"></notice-part></details>';
    const host = document.getElementById('h') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p id="t">Shadow text</p>';
    expect(revealAncestors(host.shadowRoot!.getElementById('t') as HTMLElement)).toBe(1);
    expect((document.getElementById('d') as HTMLDetailsElement).open).toBe(true);
  });

  it('leaves visible ancestors alone', () => {
    document.body.innerHTML = '<section><p id="t">x</p></section>';
    expect(revealAncestors(document.getElementById('t') as HTMLElement)).toBe(0);
  });
});

describe('highlightPassage', () => {
  beforeAll(() => {
    // jsdom has no layout: scrolling is a no-op and ranges have no boxes (the real browser test checks those).
    Element.prototype.scrollIntoView ??= () => undefined;
    Range.prototype.getClientRects ??= () => [] as unknown as DOMRectList;
  });

  it('overlays the passage, replaces the previous highlight, and is removable', () => {
    document.body.innerHTML = '<details><summary>Rights</summary><p>You may ask us for a copy of your data at any time.</p></details><p>Children under 16 need consent.</p>';
    const first = highlightPassage(document, 'You may ask us for a copy of your data at any time.');
    expect(first).toEqual({ found: true, opened: 1 });
    highlightPassage(document, 'Children under 16 need consent.');
    expect(document.querySelectorAll(`[${OVERLAY_ATTR}]`)).toHaveLength(1);
    clearHighlight(document);
    expect(document.querySelectorAll(`[${OVERLAY_ATTR}]`)).toHaveLength(0);
  });

  it('removes the overlay on Escape', () => {
    document.body.innerHTML = '<p>Children under 16 need consent.</p>';
    highlightPassage(document, 'Children under 16 need consent.');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(document.querySelector(`[${OVERLAY_ATTR}]`)).toBeNull();
  });

  it('reports a passage the page does not hold', () => {
    document.body.innerHTML = '<p>Nothing here.</p>';
    expect(highlightPassage(document, 'We sell your data.')).toEqual({ found: false, opened: 0 });
  });
});
