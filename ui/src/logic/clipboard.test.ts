import { describe, expect, it } from 'vitest';
import { copyText } from './clipboard';

describe('copyText', () => {
  it('uses the clipboard API when it works', async () => {
    const written: string[] = [];
    let selected = false;
    const ok = await copyText('/home/a/cx.db', {
      writeText: async (t) => void written.push(t),
      selectAndCopy: () => (selected = true),
    });
    expect(ok).toBe(true);
    expect(written).toEqual(['/home/a/cx.db']);
    expect(selected).toBe(false);
  });

  it('falls back to select-and-copy when the API is refused', async () => {
    let selected = 0;
    const ok = await copyText('/x', {
      writeText: () => Promise.reject(new Error('NotAllowedError')),
      selectAndCopy: () => ++selected > 0,
    });
    expect(ok).toBe(true);
    expect(selected).toBe(1);
  });

  it('reports failure when neither way works, instead of claiming success', async () => {
    expect(await copyText('/x', { writeText: () => Promise.reject(new Error('no')), selectAndCopy: () => false })).toBe(
      false,
    );
    expect(await copyText('/x', {})).toBe(false);
    expect(
      await copyText('/x', {
        selectAndCopy: () => {
          throw new Error('SecurityError');
        },
      }),
    ).toBe(false);
  });
});
