/**
 * docs/limits.md tells users the largest file naskah reads of each kind; its table must
 * say what src/limits.ts enforces, row by row.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS } from '../src/check/index.ts';
import {
  DOCX_XML_LIMIT,
  CHECK_FILE_LIMIT,
  FILE_LIMITS,
  formatBytes,
  inflateStated,
  RESULTS_LIMIT,
  UNZIPPED_LIMIT,
} from '../src/limits.ts';
import { deflateRawSync } from 'node:zlib';
import { REPO } from './helpers/tmp.ts';

function table(): Map<string, string> {
  const md = readFileSync(join(REPO, 'docs', 'limits.md'), 'utf8');
  const section = md.slice(md.indexOf('## Size limits'));
  const rows = new Map<string, string>();
  for (const m of section.matchAll(/^\| (.+?) \| (.+?) \|$/gm))
    if (m[1] !== 'file' && m[1] !== '---') rows.set(m[1]!, m[2]!);
  return rows;
}

describe('docs/limits.md', () => {
  it('lists every limit of src/limits.ts with its value', () => {
    expect(Object.fromEntries(table())).toEqual({
      '`study.yaml`': formatBytes(FILE_LIMITS['study.yaml']),
      'data: CSV/TSV, `.sav`, `.dta`': formatBytes(FILE_LIMITS.data),
      'data: spreadsheet (`.xlsx`, `.ods`), compressed': formatBytes(FILE_LIMITS.spreadsheet),
      'uncompressed parts of a `.xlsx`, `.docx` or `.zsav` (zip bombs)': formatBytes(UNZIPPED_LIMIT),
      'uncompressed XML parts of a `.docx` whose text is read (`check`, `diff`, `verify`)': formatBytes(DOCX_XML_LIMIT),
      'a file given to `naskah check`': formatBytes(CHECK_FILE_LIMIT),
      'the text `naskah check` reads from it': `${MAX_TEXT_CHARS.toLocaleString('en')} characters`,
      'a results.json given to `naskah diff`': formatBytes(RESULTS_LIMIT),
      '`manuscript/<lang>.md`': formatBytes(FILE_LIMITS.manuscript),
      'references (BibTeX)': formatBytes(FILE_LIMITS.references),
      'each template file': formatBytes(FILE_LIMITS.template),
      'citation style (`.csl`)': formatBytes(FILE_LIMITS.csl),
      'reference document (`.docx`)': formatBytes(FILE_LIMITS['reference-docx']),
    });
  });
});

describe('inflateStated', () => {
  const packed = deflateRawSync(Buffer.alloc(1000, 7));
  it('unpacks a part to exactly its stated size', () => {
    expect(Buffer.from(inflateStated(packed, 1000)!)).toEqual(Buffer.alloc(1000, 7));
  });
  it('stops a part that unpacks to more than it states', () => {
    expect(inflateStated(packed, 999)).toBeUndefined();
    expect(inflateStated(packed, 0)).toBeUndefined();
  });
  it('lets a damaged stream throw', () => {
    expect(() => inflateStated(Buffer.from([0xff, 0xff, 0xff]), 10)).toThrow();
  });
});
