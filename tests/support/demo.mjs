// The demo a tier's servers start from, made once per test run (a ctest fixture):
//   node tests/support/demo.mjs make <dir>     clusterpolisee demo into <dir> (and, on
//                                              PostgreSQL, into a template database)
//   node tests/support/demo.mjs remove <dir>   the directory and that database
// Test files find it through CPS_TEST_DEMO=<dir>; CPS_BINARY and CPS_TEST_BACKEND as for them.
import { prepareDemo, removeDemo } from './server.mjs';

const [what, dir] = process.argv.slice(2);
if (!dir || !['make', 'remove'].includes(what)) {
  console.error('usage: demo.mjs make|remove <dir>');
  process.exit(2);
}
const started = Date.now();
removeDemo(dir);  // a demo left by a run that was stopped
if (what === 'make') {
  prepareDemo(dir);
  console.log(`demo made in ${dir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
