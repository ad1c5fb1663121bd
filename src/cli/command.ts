/**
 * A CLI command is a registered unit (src/cli/commands/<name>.ts), not a branch in a
 * switch: it declares its options (which also drive --help) and a `run` that returns
 * the exit code. Output goes through `io`, so tests capture it.
 */
import { NaskahError, suggest } from '../errors.ts';

export interface OptionSpec {
  name: string;
  type: 'string' | 'boolean';
  /** Value name shown in help, e.g. DIR. */
  value?: string;
  short?: string;
  description: string;
}

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stderr is a terminal (progress bars, colours). */
  isTTY: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
}

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | boolean | undefined>;
  /** Options the command did not declare, when it accepts them (e.g. `stat --x pss_pre`). */
  extra: Record<string, string>;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Longer help text: what it does, exit codes, examples. */
  details?: string;
  options: OptionSpec[];
  allowExtraOptions?: boolean;
  /** Exit code for a usage mistake (unknown option, missing argument); 1 unless the command documents another. */
  usageExitCode?: number;
  run(args: ParsedArgs, io: CliIO): Promise<number>;
}

const COMMON_OPTIONS: OptionSpec[] = [
  { name: 'help', short: 'h', type: 'boolean', description: 'show this help' },
  { name: 'debug', type: 'boolean', description: 'show stack traces for internal errors' },
];

/** Parses `--name value`, `--name=value`, `-x`, flags and positionals against a spec. */
export function parseArgs(argv: string[], command: Command): ParsedArgs {
  const specs = [...command.options, ...COMMON_OPTIONS];
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  const out: ParsedArgs = { positionals: [], options: {}, extra: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--') || (arg.startsWith('-') && arg.length === 2 && !/^-\d/.test(arg))) {
      let name: string;
      let inline: string | undefined;
      let spec: OptionSpec | undefined;
      if (arg.startsWith('--')) {
        const eq = arg.indexOf('=');
        name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
        inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
        if (name.startsWith('no-') && byName.get(name.slice(3))?.type === 'boolean') {
          out.options[name.slice(3)] = false;
          continue;
        }
        spec = byName.get(name);
      } else {
        name = arg.slice(1);
        spec = byShort.get(name);
      }
      if (!spec) {
        if (command.allowExtraOptions && arg.startsWith('--')) {
          const value = inline ?? argv[++i];
          if (value === undefined) throw usageError(command, `option --${name} needs a value`);
          out.extra[name] = value;
          continue;
        }
        const close = suggest(
          name,
          specs.map((s) => s.name),
        );
        throw usageError(command, `unknown option ${arg}${close ? ` (did you mean --${close}?)` : ''}`);
      }
      if (spec.type === 'boolean') {
        if (inline !== undefined) out.options[spec.name] = !/^(false|0|no)$/i.test(inline);
        else out.options[spec.name] = true;
      } else {
        const value = inline ?? argv[++i];
        if (value === undefined || (inline === undefined && value.startsWith('--'))) {
          throw usageError(command, `option --${spec.name} needs a value${spec.value ? ` (${spec.value})` : ''}`);
        }
        out.options[spec.name] = value;
      }
    } else {
      out.positionals.push(arg);
    }
  }
  return out;
}

export function usageError(command: Command, message: string): NaskahError {
  return new NaskahError('cli/usage', message, {
    hint: `Usage: ${command.usage}\nRun \`naskah ${command.name} --help\` for the options.`,
  });
}

export function formatHelp(command: Command): string {
  const lines = [`Usage: ${command.usage}`, '', command.summary];
  if (command.details) lines.push('', command.details.trimEnd());
  lines.push('', 'Options:');
  const specs = [...command.options, ...COMMON_OPTIONS];
  const left = specs.map(
    (s) => `  ${s.short ? `-${s.short}, ` : '    '}--${s.name}${s.type === 'string' ? ` ${s.value ?? 'VALUE'}` : ''}`,
  );
  const width = Math.max(...left.map((l) => l.length)) + 2;
  specs.forEach((s, i) => lines.push(left[i]!.padEnd(width) + s.description));
  return `${lines.join('\n')}\n`;
}

/** Comma-separated list option: `--lang id,en`. */
export function listOption(value: string | boolean | undefined): string[] | undefined {
  if (typeof value !== 'string') return undefined;
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
