// A dev-server plugin for the demo and the test runner: the PDF writer's two
// libraries (@cantoo/pdf-lib and @cantoo/fontkit) ship ES modules that import
// CommonJS packages, which the dev server cannot serve as modules. Each is
// served instead as one ES module bundled by esbuild on first request (the
// CDN build does the same with rollup's commonjs plugin; Node imports them
// natively).
import { build } from 'esbuild';

const PREFIX = '/__bundled/';

/** Bare specifiers served bundled, with the exports each re-exports. */
const PACKAGES = {
  '@cantoo/pdf-lib': "export * from '@cantoo/pdf-lib';",
  '@cantoo/fontkit': "export { default } from '@cantoo/fontkit'; export * from '@cantoo/fontkit';",
};

export function bundledPackagesPlugin() {
  const bundles = new Map();
  const bundle = (name) => {
    if (!bundles.has(name)) {
      bundles.set(
        name,
        build({
          stdin: { contents: PACKAGES[name], resolveDir: process.cwd(), loader: 'js' },
          bundle: true,
          format: 'esm',
          platform: 'browser',
          target: 'es2022',
          write: false,
          logLevel: 'silent',
        }).then((result) => result.outputFiles[0].text),
      );
    }
    return bundles.get(name);
  };
  return {
    name: 'bundled-packages',
    resolveImport({ source }) {
      if (source in PACKAGES) return `${PREFIX}${encodeURIComponent(source)}.js`;
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const name = decodeURIComponent(context.path.slice(PREFIX.length, -'.js'.length));
      if (!(name in PACKAGES)) return undefined;
      return { body: await bundle(name), type: 'js' };
    },
  };
}
