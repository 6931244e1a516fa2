/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './src/pipeline/vite-plugin/content-security-policy';
import { ledeArticles } from './src/pipeline/vite-plugin/lede-articles';

export default defineConfig({
  plugins: [react(), ledeArticles(), contentSecurityPolicy()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  // The prerender reads the manifest for the address of the app's own stylesheet (see styles-deferred.css).
  build: { manifest: true },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['./tests/setup.ts'],
    pool: 'threads',
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
