/** Every CLI command, in the order `naskah --help` lists them. */
import type { Command } from '../command.ts';
import { buildCommand } from './build.ts';
import { statCommand } from './stat.ts';
import { checkCommand } from './check.ts';

export const COMMANDS: Command[] = [buildCommand, statCommand, checkCommand];
