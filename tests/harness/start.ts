// `npm run harness`: the cloud simulator plus the test host on a temp user-data folder, for
// trying the app in any browser. --with-profiles saves the simulator's ready profiles.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCloudSimulator } from '../simulator/cloud-simulator';
import { startTestHost } from './test-host';

async function main(): Promise<void> {
  const withProfiles = process.argv.includes('--with-profiles');
  const portArg = process.argv.find((a) => a.startsWith('--port='));
  const userDataDir = await mkdtemp(join(tmpdir(), 'polycloud-chat-harness-'));
  const simulator = await startCloudSimulator();
  const host = await startTestHost({
    userDataDir,
    simulator,
    withProfiles,
    port: portArg ? Number(portArg.slice('--port='.length)) : undefined,
  });
  console.log(`Cloud simulator: ${simulator.url}`);
  console.log(`User data:       ${userDataDir}`);
  console.log(`Open:            ${host.url}`);
  if (!withProfiles) console.log('(Start with --with-profiles to have simulator providers ready.)');
  console.log('Press Ctrl+C to stop.');

  const stop = async () => {
    await host.close();
    await simulator.close();
    await rm(userDataDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
