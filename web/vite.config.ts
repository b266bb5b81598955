import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: webRoot,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      onwarn(warning, warn) {
        // antd ships "use client" directives, meaningless in a client-only bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    // The app imports the server's pure-zod schema files from ../server.
    fs: { allow: [repoRoot] },
    // API_PROXY points the dev server at another API instance than the default local one. Login
    // (/auth, /idp) only round-trips here when that server's PUBLIC_URL is this dev server.
    proxy: Object.fromEntries(['/api', '/auth', '/idp'].map((p) => [p, process.env.API_PROXY ?? 'http://localhost:3000'])),
  },
});
