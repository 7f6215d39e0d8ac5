// Child-process entry: the cloud simulator runs here, not in the benchmark's process, so the
// CPU time the benchmark reads (process.cpuUsage) is the client's alone and the simulator does
// not compete with the code under test for the event loop.
import { startCloudSimulator } from '../../tests/simulator/cloud-simulator';
import type { SimulatorAddress } from './remote-simulator';

const sim = await startCloudSimulator();
const address: SimulatorAddress = {
  url: sim.url,
  endpoints: sim.endpoints,
  credentials: sim.credentials,
};
process.send?.(address);
// The parent going away (normally or not) ends the simulator with it.
process.on('disconnect', () => {
  void sim.close().finally(() => process.exit(0));
});
