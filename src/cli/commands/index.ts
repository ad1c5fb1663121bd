/**
 * Every CLI command, in the order `naskah --help` lists them (one per line, so additions
 * do not collide). A command's module is loaded only when it runs, so `naskah check`
 * does not pay for the build pipeline and `naskah --help` for nothing at all.
 */
import type { Command } from '../command.ts';

export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

export const COMMANDS: CommandEntry[] = [
  {
    name: 'build',
    summary: 'build study folders into manuscripts (HTML, PDF) and results.json',
    load: async () => (await import('./build.ts')).buildCommand,
  },
  {
    name: 'new',
    summary: 'create a study folder to start from (study.yaml, data header, manuscript stubs)',
    load: async () => (await import('./new.ts')).newCommand,
  },
  {
    name: 'import',
    summary: 'draft a study folder from a data file (CSV, SPSS .sav, Excel .xlsx, Stata .dta)',
    load: async () => (await import('./import.ts')).importCommand,
  },
  {
    name: 'stat',
    summary: 'run one statistical test on a CSV file (R-exact results, readable or JSON)',
    load: async () => (await import('./stat.ts')).statCommand,
  },
  {
    name: 'check',
    summary:
      'find reported statistics that do not add up in a manuscript (p-values, percentages, totals, SEs, CIs, GRIM)',
    load: async () => (await import('./check.ts')).checkCommand,
  },
  {
    name: 'schema',
    summary: 'print the JSON Schema of study.yaml (for editors and validators)',
    load: async () => (await import('./schema.ts')).schemaCommand,
  },
  {
    name: 'diff',
    summary: 'show which reported numbers and conclusions changed between two builds',
    load: async () => (await import('./diff.ts')).diffCommand,
  },
  {
    name: 'verify',
    summary: 'rebuild a study and check that it reproduces a build byte for byte',
    load: async () => (await import('./verify.ts')).verifyCommand,
  },
];
