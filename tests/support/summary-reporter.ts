import type { SerializedError } from 'vitest';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with one plain line that CI can read: "Tester: N passed, N failed, N skipped", and the
 * files that failed outside any test (a hook, an import) and errors outside any file, so that a file
 * whose setup broke is never read as "0 failed".
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    let brokenFiles = 0;
    for (const module of modules) {
      let failedHere = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failedHere++;
        else skipped++;
      }
      failed += failedHere;
      if (failedHere === 0 && module.state() === 'failed') brokenFiles++;
    }
    const outside = [
      brokenFiles ? `${brokenFiles} file${brokenFiles === 1 ? '' : 's'} failed outside ${brokenFiles === 1 ? 'its' : 'their'} tests` : '',
      unhandledErrors.length ? `${unhandledErrors.length} error${unhandledErrors.length === 1 ? '' : 's'} outside any test` : '',
    ].filter(Boolean);
    process.stdout.write(`\nTester: ${passed} passed, ${failed} failed, ${skipped} skipped${outside.length ? `; ${outside.join('; ')}` : ''}\n`);
  }
}
