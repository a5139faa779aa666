export const CHROMIUM_CANDIDATES: string[];
export function chromiumExecutable(): string | undefined;
export const CHROMIUM_ARGS: string[];
