// fr-compromise ships raw .ts type files that break `strict`; this is the part of its API we use.
declare module 'fr-compromise' {
  interface FrView {
    length: number;
    eq(index: number): FrView;
    text(): string;
    json(): Array<{ text: string; terms: Array<{ text: string; normal: string; tags: string[] }> }>;
    match(pattern: string): FrView;
    has(pattern: string): boolean;
    found: boolean;
    numbers(): { get(): number[]; json(): unknown[] } & FrView;
  }
  function nlp(text: string): FrView;
  export default nlp;
}
