// Contrast AA for the theme's text/background pairs, in light and dark (WCAG 2.x relative luminance).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('assets/theme.css', 'utf8');

function variables(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1] as string, m[2] as string]));
}

const light = variables(css.slice(css.indexOf(':root'), css.indexOf('@media (prefers-color-scheme: dark)')));
const dark = { ...light, ...variables(css.slice(css.indexOf('@media (prefers-color-scheme: dark)'))) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Text colour on background colour, as the components pair them. */
const TEXT_PAIRS: [string, string][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['text', 'surface-2'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['muted', 'surface-2'],
  ['accent', 'bg'],
  ['accent', 'surface'],
  ['accent-text', 'accent'],
  ['high-text', 'high-bg'],
  ['medium-text', 'medium-bg'],
  ['info-text', 'info-bg'],
  ['ok-text', 'ok-bg'],
  ['ok-text', 'bg'],
  ['medium-text', 'bg'],
  ['high-text', 'bg'],
  ['missing-text', 'missing-bg'],
];
it('reads both palettes', () => {
  expect(Object.keys(light).length).toBeGreaterThan(15);
  expect(dark.bg).not.toBe(light.bg);
});

const AA_TEXT = 4.5;
const AA_UI = 3;

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme', (_name, colours) => {
  it.each(TEXT_PAIRS)('%s on %s meets AA for text', (fg, bg) => {
    expect(colours[fg], fg).toBeDefined();
    expect(colours[bg], bg).toBeDefined();
    expect(contrast(colours[fg]!, colours[bg]!)).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it('focus ring stands out from the page (AA for UI components)', () => {
    expect(contrast(colours.focus!, colours.bg!)).toBeGreaterThanOrEqual(AA_UI);
    expect(contrast(colours.focus!, colours.surface!)).toBeGreaterThanOrEqual(AA_UI);
  });
});
