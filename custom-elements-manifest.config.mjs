// Picked up by `cem analyze` (npm run analyze) on top of its command-line flags.
//
// The analyzer lists modules in the order its file glob returns them, which
// varies with the file system and with load (directories are read
// concurrently); CI compares the committed manifest with a fresh one, so the
// modules are sorted by path.
//
// The analyzer writes a reference to a class imported with a `.js` specifier
// (how TypeScript sources import each other) as `/src/x.js`, a path that names
// no module of the manifest; such references are pointed at the `src/x.ts`
// module the manifest does describe, so tools can follow
// `custom-element-definition` → class.
function linkImportedModules() {
  return {
    name: 'link-imported-modules',
    packageLinkPhase({ customElementsManifest }) {
      const paths = new Set(customElementsManifest.modules.map((module) => module.path));
      const visit = (value) => {
        if (Array.isArray(value)) return value.forEach(visit);
        if (!value || typeof value !== 'object') return;
        if (typeof value.module === 'string') {
          const candidate = value.module.replace(/^\//, '').replace(/\.js$/, '.ts');
          if (!paths.has(value.module) && paths.has(candidate)) value.module = candidate;
        }
        Object.values(value).forEach(visit);
      };
      visit(customElementsManifest.modules);
    },
  };
}

function sortModules() {
  return {
    name: 'sort-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  plugins: [linkImportedModules(), sortModules()],
};
