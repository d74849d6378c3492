#!/usr/bin/env node
// The CLI bundle (`ncc build src/cli.ts -o dist/cli`), so the command runs without TypeScript tooling.
const { runCli } = await import('../dist/cli/index.js');
process.exitCode = await runCli(process.argv.slice(2));
