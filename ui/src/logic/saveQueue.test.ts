import { describe, expect, test } from 'vitest';
import { SerialQueue } from './saveQueue';

describe('serial queue', () => {
  test('tasks run one after another in queue order, a failure does not stop the next', async () => {
    const q = new SerialQueue();
    const log: string[] = [];
    let release!: () => void;
    const first = q.run(
      () =>
        new Promise<void>((ok) => {
          release = () => {
            log.push('first');
            ok();
          };
        }),
    );
    const failing = q.run(async () => {
      log.push('second');
      throw new Error('no');
    });
    const third = q.run(async () => {
      log.push('third');
      return 3;
    });
    await Promise.resolve();
    expect(log).toEqual([]);
    release();
    await first;
    await expect(failing).rejects.toThrow('no');
    expect(await third).toBe(3);
    expect(log).toEqual(['first', 'second', 'third']);
  });
});
