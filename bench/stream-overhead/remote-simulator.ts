// Starts the cloud simulator in a child process and returns it shaped like the in-process one,
// so the shared simulator profiles can point at it. Knobs travel in each prompt's [[sim …]].
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CloudSimulator } from '../../tests/simulator/cloud-simulator';

export type SimulatorAddress = Pick<CloudSimulator, 'url' | 'endpoints' | 'credentials'>;

const CHILD = fileURLToPath(new URL('./simulator-process.ts', import.meta.url));

export async function startRemoteSimulator(): Promise<CloudSimulator> {
  const child = fork(CHILD, [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  const address = await new Promise<SimulatorAddress>((resolve, reject) => {
    child.once('message', (message) => resolve(message as SimulatorAddress));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`The simulator process exited (${code}).`)));
  });
  return {
    ...address,
    setDefaults() {
      throw new Error('The benchmark steers the simulator with a [[sim …]] prompt directive.');
    },
    requests: [],
    // Tokens the child issues stay in the child; the benchmark signs in with keys only.
    entra: {
      url: `${address.url}/entra`,
      issued: [],
      startAuthority: () => Promise.reject(new Error('The benchmark signs in with keys only.')),
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.disconnect();
      }),
  };
}
