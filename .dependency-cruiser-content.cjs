/**
 * What the content scripts load at run time, followed all the way down: nothing of it may be the
 * database. Type-only imports are left out (tsPreCompilationDeps: false) because they vanish from the
 * bundle; the main rules (.dependency-cruiser.cjs) still place those types in their layers.
 */
const { forbidden, options } = require('./.dependency-cruiser.cjs');

const direct = forbidden.find((rule) => rule.name === 'content-scripts-never-import-the-database');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'content-scripts-never-reach-the-database',
      severity: 'error',
      comment: "A content script's bundle would carry Dexie and open the extension's database from Google's page.",
      from: direct.from,
      to: { path: direct.to.path, reachable: true },
    },
  ],
  options: { ...options, tsPreCompilationDeps: false },
};
