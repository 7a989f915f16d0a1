import { esbuildPlugin } from '@web/dev-server-esbuild';
import { pdfAssetsMiddleware } from './scripts/dev-middleware.mjs';

export default {
  port: Number(process.env.PORT ?? 8000),
  open: false,
  appIndex: 'demo/index.html',
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  middleware: [pdfAssetsMiddleware],
};
