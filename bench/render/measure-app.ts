// One run of the app as shipped: type the workload's prompt, start measuring, press Enter, wait
// for all four panes to finish.
import type { Browser } from 'playwright-core';
import type { CloudSimulator } from '../../tests/simulator/cloud-simulator';
import { openAppWithFourPanes, waitForFourAnswers } from './open-app';
import { startHostCpu, startMeasuring, type RunFigures } from './page-probes';
import type { Workload } from './workload';

export async function measureApp(
  browser: Browser,
  simulator: CloudSimulator,
  workload: Workload,
  variant = 'app',
): Promise<RunFigures> {
  const app = await openAppWithFourPanes(browser, simulator);
  try {
    const composer = app.page.getByRole('textbox', { name: 'Message' });
    // Typed before measuring: the bench is about streaming, not the composer.
    await composer.fill(workload.prompt);
    const measurement = await startMeasuring(app.page);
    const hostCpu = startHostCpu();
    await composer.press('Enter');
    await waitForFourAnswers(app.page);
    const hostCpuPercent = hostCpu();
    const figures = await measurement.finish(variant);
    return { ...figures, hostCpuPercent };
  } finally {
    await app.close();
  }
}
