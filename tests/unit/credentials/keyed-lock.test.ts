import { expect, it } from 'vitest';
import { createKeyedLock } from '../../../electron/main/credentials/keyed-lock';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

it('runs work on one key in the order it was asked for', async () => {
  const lock = createKeyedLock();
  const order: string[] = [];
  let value = '';
  const slowWrite = lock.run('k', async () => {
    await tick();
    await tick();
    value = 'written';
    order.push('write');
  });
  const read = lock.run('k', async () => {
    order.push('read');
    return value;
  });
  await slowWrite;
  expect(await read).toBe('written');
  expect(order).toEqual(['write', 'read']);
});

it('does not hold back work on other keys', async () => {
  const lock = createKeyedLock();
  const order: string[] = [];
  let release: () => void = () => undefined;
  const blocked = lock.run('a', () => new Promise<void>((resolve) => (release = resolve)));
  await lock.run('b', async () => {
    order.push('b');
  });
  order.push('after-b');
  release();
  await blocked;
  expect(order).toEqual(['b', 'after-b']);
});

it('keeps going after a failed operation, and reports that failure to its caller only', async () => {
  const lock = createKeyedLock();
  const failed = lock.run('k', async () => {
    throw new Error('keychain locked');
  });
  const next = lock.run('k', async () => 'ok');
  await expect(failed).rejects.toThrow('keychain locked');
  await expect(next).resolves.toBe('ok');
});
