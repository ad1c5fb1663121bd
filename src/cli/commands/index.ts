/** Every CLI command, in the order `naskah --help` lists them. */
import type { Command } from '../command.ts';
import { statCommand } from './stat.ts';

export const COMMANDS: Command[] = [statCommand];
