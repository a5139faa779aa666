import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromiumProcessType, parseSmapsRollup, parseStat, processMemory, processTree } from './budget-process-memory.mjs';

describe('parseSmapsRollup', () => {
  it('reads every field in bytes (kB of 1024 B)', () => {
    const text = [
      '559013749000-7ffd3ecae000 ---p 00000000 00:00 0                          [rollup]',
      'Rss:                1612 kB',
      'Pss:                 205 kB',
      'Private_Clean:        40 kB',
      'Private_Dirty:       112 kB',
      'Swap:                  0 kB',
      '',
    ].join('\n');
    expect(parseSmapsRollup(text)).toEqual({ Rss: 1612 * 1024, Pss: 205 * 1024, Private_Clean: 40 * 1024, Private_Dirty: 112 * 1024, Swap: 0 });
  });
});

describe('parseStat', () => {
  it('reads the parent and the CPU time after a command name that holds spaces and parentheses', () => {
    // pid (name) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime …
    const stat = '1234 (Web (Content) x) S 1200 1234 1234 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 17 0 5000 1000 200';
    expect(parseStat(stat)).toEqual({ ppid: 1200, cpuSeconds: 3 });
  });
});

describe('chromiumProcessType', () => {
  it('finds --type= whether the arguments are split by NULs or rewritten with spaces', () => {
    expect(chromiumProcessType('/usr/lib/chromium/chromium\0--type=renderer\0--lang=en-US\0')).toBe('renderer');
    expect(
      chromiumProcessType('/usr/lib/chromium/chromium --type=gpu-process --enable-crash-reporter=,built on Debian GNU/Linux 12 (bookworm) --no-sandbox'),
    ).toBe('gpu-process');
  });

  it("takes neither --utility-sub-type= nor a missing type for a type: that is the browser's own process", () => {
    expect(chromiumProcessType('/usr/lib/chromium/chromium --utility-sub-type=network.mojom.NetworkService --type=utility')).toBe('utility');
    expect(chromiumProcessType('/usr/lib/chromium/chromium\0--headless\0--remote-debugging-pipe\0')).toBe('browser');
  });
});

describe.runIf(existsSync('/proc/self/smaps_rollup'))('on Linux', () => {
  it('processTree finds a child of this process, processMemory reads what it costs', async () => {
    const child = spawn('sleep', ['30']);
    try {
      await new Promise((resolve) => child.once('spawn', resolve));
      expect(processTree(process.pid)).toContainEqual({ pid: child.pid, type: 'browser' });
      const memory = processMemory(child.pid!);
      expect(memory).toBeDefined();
      expect(memory!.rss).toBeGreaterThan(0);
      expect(memory!.pss).toBeLessThanOrEqual(memory!.rss);
      expect(memory!.private).toBeLessThanOrEqual(memory!.rss);
    } finally {
      child.kill();
    }
  });
});
