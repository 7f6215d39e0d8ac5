// `npm run simulator`: runs the cloud simulator until Ctrl+C and prints what to paste into the
// app's provider settings. Optional: PORT, SIM_TTFT (ms), SIM_RATE (tokens/s).
import { startCloudSimulator } from './cloud-simulator';

const port = Number(process.env.PORT ?? '0') || 0;
const ttftMs = Number(process.env.SIM_TTFT ?? '300');
const rate = Number(process.env.SIM_RATE ?? '80');

const sim = await startCloudSimulator({ port, defaults: { ttftMs, rate } });
console.log(`Cloud simulator listening on ${sim.url}\n`);
console.log('Endpoint overrides:');
for (const [kind, endpoint] of Object.entries(sim.endpoints))
  console.log(`  ${kind.padEnd(18)} ${endpoint}`);
console.log('\nKeys it accepts (fake, simulator only):');
for (const [name, value] of Object.entries(sim.credentials))
  console.log(`  ${name.padEnd(18)} ${value}`);
console.log(
  `\nAzure with Microsoft Entra ID (a stand-in az, no real sign-in): start the app with\n  PATH=$PWD/tests/support/fake-az:$PATH SIM_ENTRA_URL=${sim.entra.url} SIM_AZ_ACCOUNT=member AZURE_TOKEN_CREDENTIALS=AzureCliCredential\n  (SIM_AZ_ACCOUNT: member, no-role, expired or none)`,
);
console.log(
  '\nSteer a reply from the prompt, e.g. [[sim ttft=300 rate=80 tokens=120 reply=markdown fault=rate-limit]]',
);

const stop = (): void => {
  void sim.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
