'use strict';
// Finds a file inside an installed npm package. @octokit/graphql-schema exports only its ESM entry,
// so its schema.json cannot be require()d by subpath; walk up node_modules folders like node does.
const fs = require('fs');
const path = require('path');

function packageFile(pkg, file) {
  let dir = path.resolve(__dirname, '..');
  for (;;) {
    const candidate = path.join(dir, 'node_modules', pkg, file);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`${pkg}/${file} is not installed: run scripts/install-test-engine.sh ` +
                  `(npm ci in tests/github)`);
}

function packageVersion(pkg) {
  return JSON.parse(fs.readFileSync(packageFile(pkg, 'package.json'), 'utf8')).version;
}

module.exports = { packageFile, packageVersion };
