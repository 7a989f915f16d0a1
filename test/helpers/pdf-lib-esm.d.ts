/** pdf-lib's ESM build, which runs in the browser, has the package's own types. */
declare module 'pdf-lib/dist/pdf-lib.esm.js' {
  export * from 'pdf-lib';
}
