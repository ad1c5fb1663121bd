/** Every CLI command, in the order `naskah --help` lists them (one per line, so additions do not collide). */
import type { Command } from '../command.ts';
import { buildCommand } from './build.ts';
import { checkCommand } from './check.ts';
import { diffCommand } from './diff.ts';
import { newCommand } from './new.ts';
import { schemaCommand } from './schema.ts';
import { statCommand } from './stat.ts';
import { verifyCommand } from './verify.ts';

export const COMMANDS: Command[] = [
  buildCommand,
  newCommand,
  statCommand,
  checkCommand,
  schemaCommand,
  diffCommand,
  verifyCommand,
];
