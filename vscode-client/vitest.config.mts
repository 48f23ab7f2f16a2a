import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The drift test builds and runs a small .NET console: give it time on a 2-core machine.
    testTimeout: 180_000,
  },
});
