#!/usr/bin/env node
// The `naskah` command. Runs the TypeScript sources through tsx so a checkout needs
// no separate compile step; `npm link` or a global install puts this file on PATH.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
