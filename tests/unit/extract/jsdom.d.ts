// jsdom ships no types and @types/jsdom is not installed: the one constructor the extraction tests use.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string, options?: { url?: string });
    window: { document: Document; DOMParser: typeof DOMParser };
  }
}
