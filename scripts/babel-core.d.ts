// The one call of @babel/core that compiled-english.test.ts makes (Babel 7 ships no types, and @types/babel__core
// would be a package for one function).
declare module '@babel/core' {
  export function transformSync(code: string, options: Record<string, unknown>): { code?: string | null } | null;
}
