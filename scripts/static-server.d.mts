export function startStaticServer(options: { root: () => string; mount?: string; port?: number }): Promise<{
  origin: string;
  url: string;
  close: () => Promise<void>;
}>;
