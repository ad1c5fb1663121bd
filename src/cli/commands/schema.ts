/** `naskah schema [--markdown]`: prints the JSON Schema of study.yaml (or its Markdown reference). */
import { studyJsonSchema, studySchemaMarkdown } from '../../build/json-schema.ts';
import type { Command } from '../command.ts';

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of study.yaml (for editors and validators)',
  usage: 'naskah schema [--markdown]',
  details:
    'The schema is generated from the definitions naskah validates with; docs/study.schema.json and docs/study-yaml.md hold the same.',
  options: [{ name: 'markdown', type: 'boolean', description: 'print the Markdown field reference instead' }],
  async run(args, io) {
    io.stdout(args.options.markdown ? studySchemaMarkdown() : `${JSON.stringify(studyJsonSchema(), null, 2)}\n`);
    return 0;
  },
};
