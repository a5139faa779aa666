import { describe, expect, it } from 'vitest';
import { oncePerTask } from './oncePerTask';

describe('oncePerTask', () => {
  it('runs once for the calls of one task, after them, and again for a later task', async () => {
    const seen: string[] = [];
    let value = 'a';
    const write = oncePerTask(() => seen.push(value));
    write();
    value = 'b';
    write();
    expect(seen).toEqual([]);
    await Promise.resolve();
    // Once, with what the second call saw.
    expect(seen).toEqual(['b']);
    await new Promise((done) => setTimeout(done, 0));
    value = 'c';
    write();
    await Promise.resolve();
    expect(seen).toEqual(['b', 'c']);
  });
});
