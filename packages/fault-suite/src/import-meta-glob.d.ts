// Vite's import.meta.glob, which vitest provides; declared here rather than pulling in vite's client types.
interface ImportMeta {
  glob<T>(pattern: string, options: { eager: true }): Record<string, T>;
}
