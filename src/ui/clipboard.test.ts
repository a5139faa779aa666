import { describe, expect, it, vi } from 'vitest';
import { copyText } from './clipboard';

describe('copyText(text, clipboard)', () => {
  it('writes the text and says it did', async () => {
    const writeText = vi.fn(async () => {});
    await expect(copyText('https://lab.example/?v=1', { writeText })).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith('https://lab.example/?v=1');
  });

  it('says it did not where there is no clipboard or the browser refuses', async () => {
    await expect(copyText('x', undefined)).resolves.toBe(false);
    await expect(copyText('x', {} as never)).resolves.toBe(false);
    const refused = { writeText: async () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) };
    await expect(copyText('x', refused)).resolves.toBe(false);
  });
});
