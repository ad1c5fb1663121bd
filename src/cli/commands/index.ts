/** Every CLI command, in the order `naskah --help` lists them. */
import type { Command } from '../command.ts';
import { buildCommand } from './build.ts';
import { statCommand } from './stat.ts';

export const COMMANDS: Command[] = [buildCommand, statCommand];
