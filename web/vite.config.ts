import { defineConfig } from 'vitest/config';

// The gateway (scripts/stack.sh, port 8080) is the backend during `npm run dev` too. The Host
// header is rewritten to the gateway's, so sign-in redirects stay on the one URI Keycloak knows.
const gateway = process.env.GATEWAY_URL ?? 'http://localhost:8080';
const proxied = ['/api', '/bff', '/login', '/oauth2', '/logout'];

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  build: {
    // Maven passes target/classes/static so the web jar carries the UI under static/**
    outDir: process.env.WEB_OUT_DIR ?? 'target/classes/static',
    emptyOutDir: true,
    target: 'es2022',
    // the gateway's CSP allows no inline script: keep every asset a file
    assetsInlineLimit: 0,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: gateway, changeOrigin: true }])),
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
