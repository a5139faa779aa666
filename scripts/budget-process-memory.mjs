// The operating system's view of Chromium's memory, for `npm run budget`: the processes of a browser this
// Node process launched, which renderer hosts a dedicated worker, and what /proc says each one costs. Linux only;
// elsewhere `processTree` returns undefined and the budget prints no OS figures.
import { existsSync, readFileSync, readdirSync } from 'node:fs';

/** Linux's USER_HZ: /proc/<pid>/stat counts CPU time in these ticks (100 on every mainstream kernel build). */
const TICKS_PER_SECOND = 100;

/** The fields of /proc/<pid>/smaps_rollup, in bytes (the file writes kB of 1024 B). */
export function parseSmapsRollup(text) {
  const fields = {};
  for (const line of text.split('\n')) {
    const match = /^(\w+):\s+(\d+) kB$/.exec(line.trim());
    if (match) fields[match[1]] = Number(match[2]) * 1024;
  }
  return fields;
}

/** The parent pid and the CPU time (user + system, all threads) from /proc/<pid>/stat. */
export function parseStat(text) {
  // The command name sits in parentheses and may hold spaces or parentheses itself: read after the last ')'.
  const after = text.slice(text.lastIndexOf(')') + 2).trim().split(/\s+/);
  // After the name: state(3) ppid(4) ... utime(14) stime(15), counted from 1 with pid and name as 1 and 2.
  const field = (n) => Number(after[n - 3]);
  return { ppid: field(4), cpuSeconds: (field(14) + field(15)) / TICKS_PER_SECOND };
}

const read = (path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
};

/**
 * A Chromium process's type from its /proc/<pid>/cmdline: the value of --type=, or 'browser' without one.
 * Chromium's child processes rewrite their command line as one string with spaces between the arguments, so an
 * argument ends at a space or a NUL.
 */
export function chromiumProcessType(cmdline) {
  return cmdline.split(/[\0 ]/).find((arg) => arg.startsWith('--type='))?.slice('--type='.length) || 'browser';
}

/**
 * Every live descendant of `rootPid` with its Chromium process type ('renderer', 'gpu-process', … 'browser').
 * @returns {{ pid: number, type: string }[] | undefined} undefined without /proc
 */
export function processTree(rootPid) {
  if (!existsSync('/proc/self/smaps_rollup')) return undefined;
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    if (!stat) continue;
    const { ppid } = parseStat(stat);
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(Number(name));
  }
  const found = [];
  const queue = [...(children.get(rootPid) ?? [])];
  while (queue.length) {
    const pid = queue.shift();
    found.push({ pid, type: chromiumProcessType(read(`/proc/${pid}/cmdline`) ?? '') });
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** The names of a process's threads (/proc/<pid>/task/<tid>/comm, at most 15 characters each). */
export function threadNames(pid) {
  try {
    return readdirSync(`/proc/${pid}/task`).map((tid) => (read(`/proc/${pid}/task/${tid}/comm`) ?? '').trim());
  } catch {
    return [];
  }
}

/**
 * The renderers that run a dedicated worker: Blink names a dedicated worker's thread "DedicatedWorker thread"
 * (cut to "DedicatedWorker" by the kernel), and a dedicated worker always lives in its page's renderer.
 */
export function renderersWithDedicatedWorker(processes) {
  return processes.filter(
    (entry) => entry.type === 'renderer' && threadNames(entry.pid).some((name) => name.startsWith('DedicatedWorker')),
  );
}

/** RSS, PSS, private bytes (USS) and swap of one process, and its CPU time so far; undefined if it has ended. */
export function processMemory(pid) {
  const rollup = read(`/proc/${pid}/smaps_rollup`);
  const stat = read(`/proc/${pid}/stat`);
  if (!rollup || !stat) return undefined;
  const fields = parseSmapsRollup(rollup);
  return {
    pid,
    rss: fields.Rss ?? NaN,
    pss: fields.Pss ?? NaN,
    private: (fields.Private_Clean ?? NaN) + (fields.Private_Dirty ?? NaN),
    swap: fields.Swap ?? 0,
    cpuSeconds: parseStat(stat).cpuSeconds,
  };
}
