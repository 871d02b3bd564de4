// Types what the global setup provides, so `inject('prismUrls')` is typed wherever this module is
// imported (directly, or through "@cloud-sdks/prism-harness/vitest").
declare module 'vitest' {
  export interface ProvidedContext {
    /** Spec name ("cloudmore", "cloudcherry", "cloudlx", ...) to the base URL of its Prism mock. */
    prismUrls: Record<string, string>;
  }
}

export {};
