import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The playground reads workspace packages from source in dev, like the tests do. */
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@mjkit/source', 'module', 'browser', 'import', 'default'] },
  server: { host: '127.0.0.1' },
});
