import { esbuildPlugin } from '@web/dev-server-esbuild';
import { bundledPackagesPlugin } from './scripts/bundled-packages-plugin.mjs';
import { pdfAssetsMiddleware } from './scripts/dev-middleware.mjs';

const port = Number(process.env.PORT ?? 8000);
console.log(`\n  instant-pdf-viewer demo: http://localhost:${port}/demo/\n`);

export default {
  port,
  open: false,
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [bundledPackagesPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  middleware: [
    (context, next) => {
      if (context.path === '/') return context.redirect('/demo/');
      return next();
    },
    pdfAssetsMiddleware,
  ],
};
