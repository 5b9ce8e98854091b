// Readability's own file, without the package index that also bundles isProbablyReaderable
// (the content script has a size budget): the same class, typed from the package's declarations.
declare module '@mozilla/readability/Readability.js' {
  import type { Readability } from '@mozilla/readability';
  const ReadabilityClass: typeof Readability;
  export default ReadabilityClass;
}
