import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';

/**
 * The playground reads workspace packages from source in dev, like the tests do.
 *
 * Real gateways send no CORS headers, so a page cannot call them directly. For development, start
 * Vite with `MJ_PROXY_TARGET=https://your-gateway.example.com` and set the playground's Base URL to
 * `/gateway`: Vite forwards `/gateway/*` to the target (same origin for the browser, no CORS needed).
 */
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'MJ_');
  const target = env.MJ_PROXY_TARGET ?? process.env.MJ_PROXY_TARGET;
  return {
    plugins: [react()],
    resolve: { conditions: ['@mjkit/source', 'module', 'browser', 'import', 'default'] },
    // Relative asset paths: the built site works from any folder of any static host.
    base: './',
    server: {
      host: '127.0.0.1',
      ...(target
        ? {
            proxy: {
              '/gateway': {
                target,
                changeOrigin: true,
                secure: true,
                rewrite: (path: string) => path.replace(/^\/gateway/, ''),
              },
            },
          }
        : {}),
    },
    build: { reportCompressedSize: true, chunkSizeWarningLimit: 600 },
  };
});
