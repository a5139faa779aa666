export interface EnginePaths {
  firefox: string;
  webkitDriver: string;
  miniBrowser: string;
  xvfb: string;
}
export function enginePaths(): EnginePaths;
export const DEBIAN_PACKAGES: Record<keyof EnginePaths, string>;
