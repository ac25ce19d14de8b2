import { defineConfig } from 'vitest/config';

// End-to-end tests of the Firefox build (.output/firefox-mv2) in headless Firefox ESR over WebDriver BiDi.
export default defineConfig({
  test: {
    include: ['tests/e2e/firefox/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
