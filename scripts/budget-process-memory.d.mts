export interface ChromiumProcess {
  pid: number;
  type: string;
}
export interface ProcessMemory {
  pid: number;
  rss: number;
  pss: number;
  private: number;
  swap: number;
  cpuSeconds: number;
}
export function parseSmapsRollup(text: string): Record<string, number>;
export function parseStat(text: string): { ppid: number; cpuSeconds: number };
export function chromiumProcessType(cmdline: string): string;
export function processTree(rootPid: number): ChromiumProcess[] | undefined;
export function threadNames(pid: number): string[];
export function renderersWithDedicatedWorker(processes: ChromiumProcess[]): ChromiumProcess[];
export function processMemory(pid: number): ProcessMemory | undefined;
