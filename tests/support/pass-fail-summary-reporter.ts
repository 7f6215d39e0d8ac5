// Ends every run with one plain line, "N passed, N failed[, N skipped]", that anyone (or any CI)
// can read without knowing Vitest's output. A file that failed to load counts as a failure.
import type { Reporter, TestModule } from 'vitest/node';

export class PassFailSummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const module of modules) {
      let failedHere = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failedHere++;
        else skipped++;
      }
      // A module that failed outside its tests (import error, failing hook) is a failure too.
      failed += failedHere === 0 && module.state() === 'failed' ? 1 : failedHere;
    }
    const tail = skipped > 0 ? `, ${skipped} skipped` : '';
    process.stdout.write(`\n${passed} passed, ${failed} failed${tail}\n`);
  }
}
