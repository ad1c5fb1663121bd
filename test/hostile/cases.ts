/**
 * The catalogue of bad and hostile inputs (issue 16): each case changes a copy of the
 * asn-metro study (or the command line) and says what must happen — the exit code and a
 * message. test/hostile/catalogue.test.ts runs them all against one earlier build that
 * must stay byte for byte the same.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { CSP_META } from '../../src/render/csp.ts';
import { run } from '../helpers/io.ts';
import { REPO } from '../helpers/tmp.ts';
import { excelBomb, wordBomb } from './zip-bomb.ts';

export interface Ctx {
  /** The study copy of this case. */
  dir: string;
  /** The output folder holding the earlier build (must not change). */
  out: string;
  /** A scratch folder of this case, outside the study. */
  scratch: string;
  /** The untouched asn-metro copy, for commands that need a second study. */
  pristine: string;
  /** The environment commands run with (TZ, SOURCE_DATE_EPOCH fixed). */
  env: Record<string, string | undefined>;
}

export interface Case {
  name: string;
  /** Changes the study copy before the command runs. */
  change?(ctx: Ctx): void;
  /** The command line (default: build the copy into ctx.out as HTML and JSON). */
  argv?(ctx: Ctx): string[];
  /** Expected exit code (default 1). */
  code?: number;
  /** Must match stdout + stderr. */
  message: RegExp;
  /** Must not appear in stdout + stderr. */
  not?: RegExp;
  /** The input is valid: it builds into a folder of its own (ctx.scratch/out), and this checks the result. */
  builds?(ctx: Ctx): void;
  /**
   * Instead of one command: what the case does (requests to a watch server, two builds at
   * once), giving the exit code (or HTTP status) and the text that `message` must match.
   */
  act?(ctx: Ctx): Promise<{ code: number; text: string }>;
  /**
   * Wall-clock room for the case (default 30 s). The cases that guard against time growing
   * faster than the text need more: one run costs about 11 s of CPU, and inside a full parallel
   * test run on two cores its wall time can pass 30 s, while the growth they catch takes minutes.
   */
  timeoutMs?: number;
}

function yamlPath(ctx: Ctx): string {
  return join(ctx.dir, 'study.yaml');
}

/** Edits study.yaml as a document (keeps everything not touched). */
function yaml(edit: (doc: ReturnType<typeof parseDocument>) => void) {
  return (ctx: Ctx) => {
    const doc = parseDocument(readFileSync(yamlPath(ctx), 'utf8'));
    edit(doc);
    writeFileSync(yamlPath(ctx), doc.toString());
  };
}

function yamlText(edit: (text: string) => string) {
  return (ctx: Ctx) => writeFileSync(yamlPath(ctx), edit(readFileSync(yamlPath(ctx), 'utf8')));
}

function csv(edit: (lines: string[]) => void) {
  return (ctx: Ctx) => {
    const file = join(ctx.dir, 'data', 'pss.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    edit(lines);
    writeFileSync(file, lines.join('\n'));
  };
}

/** The data as Excel with the Indonesian locale saves it (`;` between cells), then `edit` with `;` cells. */
function semicolon(edit: (lines: string[]) => void) {
  return (ctx: Ctx) => {
    const file = join(ctx.dir, 'data', 'pss.csv');
    const lines = readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => l.replaceAll(',', ';'));
    edit(lines);
    writeFileSync(file, lines.join('\n'));
  };
}

function setCell(lines: string[], row: number, column: string, value: string, sep = ','): void {
  const header = lines[0]!.split(sep);
  const cells = lines[row - 1]!.split(sep);
  cells[header.indexOf(column)] = value;
  lines[row - 1] = cells.join(sep);
}

function manuscript(lang: 'en' | 'id', append: string) {
  return (ctx: Ctx) => {
    const file = join(ctx.dir, 'manuscript', `${lang}.md`);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n\n${append}\n`);
  };
}

function replaceWith(rel: string, make: (path: string, ctx: Ctx) => void) {
  return (ctx: Ctx) => {
    const path = join(ctx.dir, rel);
    rmSync(path, { recursive: true, force: true });
    make(path, ctx);
  };
}

const fifo = (path: string) => execFileSync('mkfifo', [path]);
const sparse = (bytes: number) => (path: string) => {
  writeFileSync(path, '');
  truncateSync(path, bytes);
};
const outside = (content: string) => (path: string, ctx: Ctx) => {
  const target = join(ctx.scratch, 'elsewhere.txt');
  writeFileSync(target, content);
  symlinkSync(target, path);
};

/** The data error at `row` and `column` of data/pss.csv, with its exact text. */
function located(row: number, column: string, text: string, code: string): RegExp {
  const escaped = `error[data/${code}] data/pss.csv:${row}, row ${row}, column "${column}": ${text}`.replace(
    /[\\^$.*+?()[\]{}|/]/g,
    '\\$&',
  );
  return new RegExp(escaped);
}

const PSS_ITEMS = Array.from({ length: 10 }, (_, i) => `pss_pre_${i + 1}`);
const PSS_POST = Array.from({ length: 10 }, (_, i) => `pss_post_${i + 1}`);

const html = (ctx: Ctx, lang: string) => readFileSync(join(ctx.scratch, 'out', 'asn-metro', `${lang}.html`), 'utf8');

/** The built-in article template copied into the study as `jurnal/`, and study.yaml naming it. */
function ownTemplate(edit?: (folder: string, ctx: Ctx) => void) {
  return (ctx: Ctx) => {
    const folder = join(ctx.dir, 'jurnal');
    cpSync(join(REPO, 'templates', 'article'), folder, { recursive: true });
    yaml((d) => d.set('template', 'jurnal'))(ctx);
    edit?.(folder, ctx);
  };
}

function layoutWith(markup: string) {
  return ownTemplate((folder) => {
    const file = join(folder, 'layout.hbs');
    writeFileSync(file, readFileSync(file, 'utf8').replace('<body>', `<body>${markup}`));
  });
}

/** study.yaml naming `rel` as `field`, and the file made by `make`. */
function namedFile(field: string, rel: string, make: (path: string, ctx: Ctx) => void) {
  return (ctx: Ctx) => {
    yaml((d) => d.set(field, rel))(ctx);
    const path = join(ctx.dir, rel);
    mkdirSync(join(path, '..'), { recursive: true });
    make(path, ctx);
  };
}

/** A file written into the case's scratch folder, for commands that read a file directly. */
function scratchFile(name: string, content: string | Uint8Array, ctx: Ctx): string {
  const path = join(ctx.scratch, name);
  writeFileSync(path, content);
  return path;
}

/** A PDF whose page tree is empty: what a failed export can leave. */
function zeroPagePdf(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>'];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) body += `${String(o).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** The status of a GET with this exact path and Host header (fetch would normalise both). */
function rawStatus(port: number, path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Starts a watch server on the study copy (building into the scratch folder), asks it `path` with `host`, then asks again normally. */
function watchRequest(path: string, host: string) {
  return async (ctx: Ctx) => {
    const { watchStudy } = await import('../../src/rebuild/watch.ts');
    let log = '';
    const session = await watchStudy({
      studyDir: ctx.dir,
      outDir: join(ctx.scratch, 'out'),
      formats: ['html'],
      port: 0,
      handleSignals: false,
      io: { stdout: () => undefined, stderr: (t) => void (log += t), cwd: ctx.scratch, env: ctx.env },
    });
    try {
      const port = Number(new URL(session.url).port);
      const status = await rawStatus(port, path, host);
      // The server must still answer afterwards: a bad request used to end it.
      const after = await rawStatus(port, '/en.html', '127.0.0.1');
      return { code: status, text: `${status}, then ${after}\n${log}` };
    } finally {
      await session.close();
    }
  };
}

/** A copy of the earlier build, changed by `edit`, verified against the untouched study. */
function verifyTampered(edit: (build: string) => void) {
  return async (ctx: Ctx) => {
    const build = join(ctx.scratch, 'build');
    cpSync(join(ctx.out, 'asn-metro'), build, { recursive: true });
    edit(build);
    const r = await run(['verify', ctx.pristine, '--against', build], { cwd: ctx.scratch, env: ctx.env });
    return { code: r.code, text: r.stderr + r.stdout };
  };
}

/** PSPP's ZSAV fixture with the uncompressed size its trailer states for block 1 set to `size`. */
function zsavStating(size: number): Buffer {
  const bytes = readFileSync(join(REPO, 'test', 'fixtures', 'data', 'pspp.zsav'));
  // The trailer ends the file: 24 bytes, then one 24-byte entry per block (its count at +20).
  for (let n = 1; n < 100; n++) {
    const at = bytes.length - 24 - 24 * n;
    if (at > 0 && bytes.readInt32LE(at + 20) === n) {
      bytes.writeInt32LE(size, at + 24 + 16);
      return bytes;
    }
  }
  throw new Error('no ZSAV trailer');
}

const BIB_PORT =
  '@misc{porttest, author={{Test Fixture}}, title={An entry whose URL has a port}, howpublished={Web page}, url={https://example.org:8443/x}, year={2024}}';
const BIB_SICI =
  '@article{sicitest, author={Fixture, Test}, title={An entry with a SICI DOI}, journal={Test Journal}, year={1998}, volume={49}, number={8}, pages={693--702}, doi={10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0}}';

function citing(entry: string, key: string) {
  return (ctx: Ctx) => {
    const bib = join(ctx.dir, 'references.bib');
    writeFileSync(bib, `${readFileSync(bib, 'utf8')}\n${entry}\n`);
    manuscript('en', `A test citation [@${key}].`)(ctx);
  };
}

/**
 * Every case issue 16 names, by its numbered item, and the catalogue cases that cover it
 * (catalogue.test.ts checks that each is here). What one command line cannot show has its
 * own test: the network (test/render/no-network.test.ts), a build killed at each step of
 * the swap (test/build/output-safety.test.ts), the Chromium profiles of an interrupted PDF
 * build (test/render/profile-cleanup.test.ts), and verify of PDFs built by Chromium
 * (test/rebuild/verify-outputs.test.ts; here the same for HTML).
 */
export const ISSUE_CASES: Record<string, string[]> = {
  '1 --out studies replaces the study folder': ['--out is the folder holding the study'],
  '1 id: data with --out <study>': ['id: data with --out the study'],
  '1 an unrelated out/asn-metro/ is wiped': ['out/<id> holds the user’s own files'],
  '1 --out / is not refused': ['--out is the filesystem root'],
  '2 template: accepts ../ paths': ['template climbing out', 'template folder is a link out of the study'],
  '2 a layout puts <script src=…> into the HTML': ['template layout loading a remote script'],
  '2 a layout puts <img src=http://…> into the HTML': ['template layout with a remote image'],
  '2 a style sheet @import url(http://…)': [
    'template style.css importing a remote sheet builds under a policy that blocks it',
    'template layout linking a remote style sheet',
  ],
  '2 WebSocket and WebRTC are not blocked': [
    'template layout opening a WebSocket from an inline script',
    'template layout opening a WebRTC connection from an inline script',
  ],
  '4 a data/pss.csv link to a file elsewhere': ['data file links outside the study'],
  '4 manuscript/en.md linked to /etc/os-release': ['manuscript links to /etc/os-release'],
  '4 a FIFO hangs the build': ['data file FIFO', 'manuscript FIFO', 'study.yaml is a FIFO'],
  '4 /dev/zero in build and stat': ['data file links to /dev/zero', 'stat on /dev/zero'],
  '5 a 400 MB CSV': ['data file 400 MB', 'stat on a 400 MB file'],
  '5 check on 50 MB of text': ['check of 50 MB of text'],
  '5 check time grows faster than the text': [
    'check of 2 MB of distinct results runs in time linear in the text',
    'check of 2 MB of SPSS descriptives pasted flat runs in time linear in the text',
  ],
  '5 a small .docx that expands to 200 MB': [
    'check of a small .docx that unpacks to 300 MB of paragraphs',
    'check of a .docx whose part unpacks to more than its zip directory says',
  ],
  '5 GET /% kills the watch server': ['watch: GET /% is a bad request and the server lives on'],
  '6 a kill between the two renames': ['a build killed between the two renames is put back'],
  '6 concurrent builds of one study': [
    'two builds of one study at once take turns, and both finish',
    'a lock left by a build that is gone is taken over',
  ],
  '7 1.250 in a decimal-comma file': [
    'decimal-comma file: 1.250 grouped thousands is read as 1250',
    'decimal-comma file: 1.250 beside 1.25 is ambiguous',
  ],
  '7 39,5 beside 52.5 in one column': ['decimal-comma file: 39,5 beside 52.5 in one column'],
  '7 {digits=abc} prints NaN': [':value digits=abc'],
  '8 a flipped byte in an output': ['verify of a build with one byte flipped in en.html'],
  '8 a deleted output': ['verify of a build without id.html'],
  '8 an edited manifest': ['verify of a build with an edited manifest'],
  '9 billion-laughs YAML': ['billion-laughs YAML (aliases)'],
  '9 {digits=500}': [':value digits=500'],
  '9 a label with U+2028': ['a label with U+2028'],
  '9 --out pointing at a file': ['--out is a file'],
  '9 a URL with a port in BibTeX': ['a reference URL with a port builds and prints whole'],
  '9 a SICI DOI in BibTeX': ['a SICI DOI builds and prints whole'],
  '9 a binary references.bib': ['binary references.bib'],
  '9 a wrong separator': ['wrong separator declared: ";" for a comma file'],
  '9 Latin-1 data': ['Latin-1 byte in a level', 'stat on a Latin-1 CSV'],
  '9 NUL and terminal escape bytes from data': [
    'NUL byte in a cell is shown escaped',
    'terminal escape in a cell is shown escaped',
  ],
  '9 a folder given as data.file': ['data.file a folder'],
  '9 diff between two different studies': ['diff between two different studies says so first'],
  '9 a 0-page PDF passes check': ['check of a PDF with no pages'],
  '9 the watch server does not check the Host header': ['watch: a request for another Host is refused'],
};

export const CASES: Case[] = [
  // study.yaml: syntax and shape
  {
    name: 'empty study.yaml',
    change: yamlText(() => ''),
    message:
      /error\[study\/invalid-value\] study\/asn-metro\/study\.yaml:\d+:\d+: study\.yaml should be a mapping of keys such as id, title, authors, design/,
  },
  {
    name: 'study.yaml is a list',
    change: yamlText(() => '- a\n- b\n'),
    message:
      /error\[study\/invalid-value\] study\/asn-metro\/study\.yaml:\d+:\d+: study\.yaml should be a mapping of keys such as id, title, authors, design/,
  },
  {
    name: 'study.yaml is a scalar',
    change: yamlText(() => 'hello\n'),
    message:
      /error\[study\/invalid-value\] study\/asn-metro\/study\.yaml:\d+:\d+: study\.yaml should be a mapping of keys such as id, title, authors, design/,
  },
  {
    name: 'tab-indented YAML',
    change: yamlText((t) => t.replace('\n  file: data/pss.csv', '\n\tfile: data/pss.csv')),
    message:
      /error\[study\/yaml-syntax\] study\/asn-metro\/study\.yaml:\d+:\d+: study\.yaml is not valid YAML: Tabs are not allowed as indentation/,
  },
  {
    name: 'unclosed quote in YAML',
    change: yamlText((t) => `${t}\nextra: "open\n`),
    message:
      /error\[study\/yaml-syntax\] study\/asn-metro\/study\.yaml:\d+:\d+: study\.yaml is not valid YAML: Missing closing "quote/,
  },
  {
    name: 'duplicate key',
    change: yamlText((t) => `${t}\nid: again\n`),
    message:
      /error\[study\/yaml-syntax\] study\/asn-metro\/study\.yaml:\d+:\d+: study\.yaml is not valid YAML: Map keys must be unique/,
  },
  {
    name: 'billion-laughs YAML (aliases)',
    change: yamlText((t) => {
      const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
      for (let i = 1; i < 9; i++) {
        const p = String.fromCharCode(96 + i);
        const c = String.fromCharCode(97 + i);
        lines.push(`${c}: &${c} [*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p}]`);
      }
      return `${t}\nlaughs:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
    }),
    message: /study\/yaml-aliases.*aliases \(\*name\) too often/,
  },
  {
    name: 'NUL byte in study.yaml',
    change: yamlText((t) => t.replace('alpha: 0.05', 'alpha: 0.05\u0000')),
    message: /error\[study\/not-text\] study\/asn-metro\/study\.yaml:\d+:12: study\.yaml holds a NUL byte \(\\x00\)/,
  },
  {
    name: 'study.yaml larger than its limit',
    change: replaceWith('study.yaml', sparse(2 * 1024 * 1024)),
    message:
      /error\[study\/file-too-large\] study\/asn-metro\/study\.yaml: the study file "study\.yaml" is 2 MB, more than the 1 MB naskah reads for a study\.yaml/,
  },
  {
    name: 'study.yaml is a folder',
    change: replaceWith('study.yaml', (p) => mkdirSync(p)),
    message:
      /error\[study\/not-a-file\] study\/asn-metro\/study\.yaml: the study file "study\.yaml" is a folder, not a file/,
  },
  {
    name: 'study.yaml is a FIFO',
    change: replaceWith('study.yaml', fifo),
    message:
      /error\[study\/not-a-file\] study\/asn-metro\/study\.yaml: the study file "study\.yaml" is not a regular file \(a device, pipe or socket\)/,
  },
  {
    name: 'study.yaml links outside the study',
    change: replaceWith('study.yaml', outside('id: x\n')),
    message:
      /error\[study\/path-outside\] study\/asn-metro\/study\.yaml: the study file "study\.yaml" is a link to .*elsewhere\.txt, outside the study folder/,
  },
  // study.yaml: fields
  {
    name: 'id missing',
    change: yaml((d) => d.delete('id')),
    message:
      /error\[study\/missing-key\] study\/asn-metro\/study\.yaml:\d+:\d+: study\.yaml is missing the required key "id"/,
  },
  {
    name: 'id with spaces',
    change: yaml((d) => d.set('id', 'asn metro')),
    message:
      /error\[study\/invalid-value\] study\/asn-metro\/study\.yaml:\d+:\d+ \(id\): id should be study id: the output folder out\/<id>\/ \(lowercase letters, digits, - and/,
  },
  {
    name: 'id with a slash',
    change: yaml((d) => d.set('id', '../escape')),
    message:
      /error\[study\/invalid-value\] study\/asn-metro\/study\.yaml:\d+:\d+ \(id\): id should be study id: the output folder out\/<id>\/ \(lowercase letters, digits, - and/,
  },
  {
    name: 'id upper case',
    change: yaml((d) => d.set('id', 'ASN')),
    message:
      /error\[study\/invalid-value\] study\/asn-metro\/study\.yaml:\d+:\d+ \(id\): id should be study id: the output folder out\/<id>\/ \(lowercase letters, digits, - and/,
  },
  {
    name: 'title missing',
    change: yaml((d) => d.delete('title')),
    message:
      /error\[study\/missing-key\] study\/asn-metro\/study\.yaml:\d+:\d+: study\.yaml is missing the required key "title"/,
  },
  {
    name: 'title a number',
    change: yaml((d) => d.set('title', 42)),
    message:
      /error\[study\/invalid-value\] study\/asn-metro\/study\.yaml:\d+:\d+ \(title\): title should be a text or a mapping with id, en/,
  },
  {
    name: 'authors missing',
    change: yaml((d) => d.delete('authors')),
    message:
      /error\[study\/missing-key\] study\/asn-metro\/study\.yaml:\d+:\d+: study\.yaml is missing the required key "authors"/,
  },
  {
    name: 'authors empty',
    change: yaml((d) => d.set('authors', [])),
    message:
      /error\[study\/invalid-value\] study\/asn-metro\/study\.yaml:\d+:\d+ \(authors\): authors should be a list with at least 1 item\(s\)/,
  },
  {
    name: 'author without a name',
    change: yaml((d) => d.setIn(['authors', 0], { email: 'a@b.c' })),
    message:
      /error\[study\/missing-key\] study\/asn-metro\/study\.yaml:\d+:\d+ \(authors\[0\]\): authors\[0\] is missing the required key "name"/,
  },
  {
    name: 'ORCID malformed',
    change: yaml((d) => d.setIn(['authors', 0, 'orcid'], '1234')),
    message:
      /error\[study\/invalid-value\] study\/asn-metro\/study\.yaml:\d+:\d+ \(authors\[0\]\.orcid\): authors\[0\]\.orcid should be ORCID iD, 0000-0000-0000-0000 \(got a value/,
  },
  {
    name: 'design unknown',
    change: yaml((d) => d.set('design', 'time-travel')),
    message:
      /error\[study\/invalid-value\] study\/asn-metro\/study\.yaml:\d+:\d+ \(design\): design should be "one-group-pretest-posttest" or "quasi-experiment" or/,
  },
  {
    name: 'language unknown',
    change: yaml((d) => d.set('languages', ['fr'])),
    message:
      /error\[study\/invalid-value\] study\/asn-metro\/study\.yaml:\d+:\d+ \(languages\[0\]\): languages\[0\] should be "id" or "en"/,
  },
  {
    name: 'languages empty',
    change: yaml((d) => d.set('languages', [])),
    message:
      /error\[study\/invalid-value\] study\/asn-metro\/study\.yaml:\d+:\d+ \(languages\): languages should be a list with at least 1 item\(s\)/,
  },
  {
    name: 'alpha above 1',
    change: yaml((d) => d.set('alpha', 2)),
    message:
      /error\[study\/invalid-value\] study\/asn-metro\/study\.yaml:\d+:\d+ \(alpha\): alpha should be a number below 0\.5/,
  },
  {
    name: 'alpha negative',
    change: yaml((d) => d.set('alpha', -0.05)),
    message:
      /error\[study\/invalid-value\] study\/asn-metro\/study\.yaml:\d+:\d+ \(alpha\): alpha should be a number above 0/,
  },
  {
    name: 'alpha text',
    change: yaml((d) => d.set('alpha', 'five percent')),
    message: /error\[study\/invalid-value\] study\/asn-metro\/study\.yaml:\d+:\d+ \(alpha\): alpha should be a number/,
  },
  {
    name: 'year text',
    change: yaml((d) => d.set('year', 'last year')),
    message:
      /error\[study\/invalid-value\] study\/asn-metro\/study\.yaml:\d+:\d+ \(year\): year should be a whole number/,
  },
  {
    name: 'unknown top-level key',
    change: yaml((d) => d.set('colour', 'blue')),
    message:
      /error\[study\/unknown-key\] study\/asn-metro\/study\.yaml:\d+:\d+ \(colour\): unknown key "colour" in study\.yaml/,
  },
  {
    name: 'misspelt analyses key',
    change: yamlText((t) => t.replace('\nanalyses:', '\nanalysis:')),
    message:
      /error\[study\/unknown-key\] study\/asn-metro\/study\.yaml:\d+:\d+ \(analysis\): unknown key "analysis" in study\.yaml/,
  },
  {
    name: 'keywords a number',
    change: yaml((d) => d.set('keywords', 7)),
    message:
      /error\[study\/invalid-value\] study\/asn-metro\/study\.yaml:\d+:\d+ \(keywords\): keywords should be a mapping/,
  },
  {
    name: 'notice a number',
    change: yaml((d) => d.set('notice', 7)),
    message:
      /error\[study\/invalid-value\] study\/asn-metro\/study\.yaml:\d+:\d+ \(notice\): notice should be "synthetic" or "illustrative" or a text or a mapping with id, en/,
  },
  {
    name: 'data a string',
    change: yaml((d) => d.set('data', 'data/pss.csv')),
    message: /error\[study\/invalid-value\] study\/asn-metro\/study\.yaml:\d+:\d+ \(data\): data should be a mapping/,
  },
  {
    name: 'variables a list',
    change: yaml((d) => d.set('variables', ['usia'])),
    message:
      /error\[study\/invalid-value\] study\/asn-metro\/study\.yaml:\d+:\d+ \(variables\): variables should be a mapping/,
  },
  {
    name: 'variable type unknown',
    change: yaml((d) => d.setIn(['variables', 'usia', 'type'], 'decimal-ish')),
    message:
      /error\[study\/invalid-value\] study\/asn-metro\/study\.yaml:\d+:\d+ \(variables\.usia\.type\): variables\.usia\.type should be "categorical" or "integer" or/,
  },
  {
    name: 'range reversed',
    change: yaml((d) => d.setIn(['variables', 'usia', 'range'], [65, 18])),
    message:
      /error\[study\/invalid-range\] study\/asn-metro\/study\.yaml:\d+:\d+ \(variables\.usia\.range\): range of "usia" is \[65, 18\]: the minimum is above the maximum/,
  },
  {
    name: 'range with text',
    change: yaml((d) => d.setIn(['variables', 'usia', 'range'], ['a', 'b'])),
    message:
      /error\[study\/invalid-value\] study\/asn-metro\/study\.yaml:\d+:\d+ \(variables\.usia\.range\[0\]\): variables\.usia\.range\[0\] should be a number/,
  },
  {
    name: 'reference level not a level',
    change: yaml((d) => d.setIn(['variables', 'jenis_kelamin', 'reference'], 'X')),
    message:
      /error\[study\/unknown-level\] study\/asn-metro\/study\.yaml:\d+:\d+ \(variables\.jenis_kelamin\.reference\): reference level "X" of "jenis_kelamin" is not one of its/,
  },
  {
    name: 'levels empty',
    change: yaml((d) => d.setIn(['variables', 'jenis_kelamin', 'levels'], {})),
    message:
      /error\[data\/unknown-level\] data\/pss\.csv:2, row 2, column "jenis_kelamin": "L" is not one of the levels of jenis_kelamin \(\)/,
  },
  {
    name: 'instrument unknown',
    change: yaml((d) => d.setIn(['instruments', 'pss_pre', 'use'], 'pss-11')),
    message:
      /error\[study\/unknown-instrument\] study\/asn-metro\/study\.yaml:\d+:\d+ \(instruments\.pss_pre\.use\): unknown instrument "pss-11"/,
  },
  {
    name: 'instrument use missing',
    change: yaml((d) => d.deleteIn(['instruments', 'pss_pre', 'use'])),
    message:
      /error\[study\/missing-key\] study\/asn-metro\/study\.yaml:\d+:\d+ \(instruments\.pss_pre\): instruments\.pss_pre is missing the required key "use"/,
  },
  {
    name: 'instrument items of the wrong count',
    change: yaml((d) => d.setIn(['instruments', 'pss_pre', 'items'], 'pss_pre_{1..9}')),
    message:
      /error\[study\/item-count\] study\/asn-metro\/study\.yaml:\d+:\d+ \(instruments\.pss_pre\.items\): instrument "pss_pre" \(PSS-10\) needs 10 item columns, but/,
  },
  {
    name: 'instrument items naming absent columns',
    change: yaml((d) => d.setIn(['instruments', 'pss_pre', 'items'], 'nope_{1..10}')),
    message:
      /error\[data\/missing-column\] data\/pss\.csv:1, row 1, column "nope_1": the column "nope_1" named in study\.yaml \(instruments\.pss_pre\.items\[0\]\) is not in/,
  },
  {
    name: 'analysis type unknown',
    change: yaml((d) => d.setIn(['analyses', 0, 'type'], 'astrology')),
    message:
      /error\[study\/unknown-analysis-type\] study\/asn-metro\/study\.yaml:\d+:\d+ \(analyses\[0\]\.type\): unknown analysis type "astrology"/,
  },
  {
    name: 'analysis id duplicated',
    change: yaml((d) => d.setIn(['analyses', 1, 'id'], 'karakteristik')),
    message:
      /error\[study\/duplicate-analysis-id\] study\/asn-metro\/study\.yaml:\d+:\d+ \(analyses\[1\]\.id\): two analyses have the id "karakteristik" \(analyses\[0\] and/,
  },
  {
    name: 'analysis id missing',
    change: yaml((d) => d.deleteIn(['analyses', 0, 'id'])),
    message:
      /error\[study\/missing-key\] study\/asn-metro\/study\.yaml:\d+:\d+ \(analyses\[0\]\): analyses\[0\] is missing the required key "id"/,
  },
  {
    name: 'analysis naming an unknown variable',
    change: yaml((d) => d.setIn(['analyses', 0, 'variables'], ['nope'])),
    message:
      /error\[study\/unknown-variable\] study\/asn-metro\/study\.yaml:\d+:\d+ \(analyses\[0\]\.variables\[0\]\): analysis "karakteristik" uses "nope", which is neither a/,
  },
  {
    name: 'analysis variables not a list',
    change: yaml((d) => d.setIn(['analyses', 0, 'variables'], 5)),
    message:
      /error\[study\/invalid-value\] study\/asn-metro\/study\.yaml:\d+:\d+ \(analyses\[0\]\.variables\): analyses\[0\]\.variables should be a list/,
  },
  {
    name: 'analyses a mapping',
    change: yaml((d) => d.set('analyses', { a: 1 })),
    message:
      /error\[study\/invalid-value\] study\/asn-metro\/study\.yaml:\d+:\d+ \(analyses\): analyses should be a list/,
  },
  {
    name: 'paired comparison without its second variable',
    change: yaml((d) => d.deleteIn(['analyses', 5, 'after'])),
    message:
      /error\[study\/missing-key\] study\/asn-metro\/study\.yaml:\d+:\d+ \(analyses\[5\]\): analyses\[5\] is missing the required key "after"/,
  },
  {
    name: 'data.file absolute',
    change: yaml((d) => d.setIn(['data', 'file'], '/etc/passwd')),
    message:
      /error\[study\/path-outside\] study\/asn-metro\/study\.yaml:\d+:\d+ \(data\.file\): data\.file "\/etc\/passwd" points outside the study folder/,
  },
  {
    name: 'data.file climbing out',
    change: yaml((d) => d.setIn(['data', 'file'], '../../pss.csv')),
    message:
      /error\[study\/path-outside\] study\/asn-metro\/study\.yaml:\d+:\d+ \(data\.file\): data\.file "\.\.\/\.\.\/pss\.csv" points outside the study folder/,
  },
  {
    name: 'data.file missing',
    change: yaml((d) => d.setIn(['data', 'file'], 'data/none.csv')),
    message:
      /error\[study\/data-not-found\] study\/asn-metro\/study\.yaml:\d+:\d+ \(data\.file\): data file "data\/none\.csv" does not exist/,
  },
  {
    name: 'data.file a folder',
    change: yaml((d) => d.setIn(['data', 'file'], 'data')),
    message:
      /error\[study\/not-a-file\] study\/asn-metro\/study\.yaml:\d+:\d+ \(data\.file\): data\.file "data" is a folder, not a file/,
  },
  {
    name: 'data.file empty string',
    change: yaml((d) => d.setIn(['data', 'file'], '')),
    message: /error\[study\/invalid-value\] study\/asn-metro\/study\.yaml:\d+:\d+ \(data\.file\): data\.file is empty/,
  },
  {
    name: 'data delimiter unknown',
    change: yaml((d) => d.setIn(['data', 'delimiter'], 'pipe-ish')),
    message:
      /error\[study\/invalid-value\] study\/asn-metro\/study\.yaml:\d+:\d+ \(data\.delimiter\): data\.delimiter should be "," or ";" or "tab"/,
  },
  {
    name: 'data decimal unknown',
    change: yaml((d) => d.setIn(['data', 'decimal'], ':')),
    message:
      /error\[study\/invalid-value\] study\/asn-metro\/study\.yaml:\d+:\d+ \(data\.decimal\): data\.decimal should be "\." or ","/,
  },
  {
    name: 'data id column absent',
    change: yaml((d) => d.setIn(['data', 'id'], 'nomor')),
    message:
      /error\[data\/missing-column\] data\/pss\.csv:1, row 1, column "nomor": the column "nomor" named in study\.yaml \(data\.id\) is not in data\/pss\.csv/,
  },
  {
    name: 'references file missing',
    change: yaml((d) => d.set('references', 'none.bib')),
    message:
      /error\[study\/references-not-found\] study\/asn-metro\/study\.yaml:\d+:\d+ \(references\): references file "none\.bib" does not exist/,
  },
  {
    name: 'references outside the study',
    change: yaml((d) => d.set('references', '../x.bib')),
    message:
      /error\[study\/path-outside\] study\/asn-metro\/study\.yaml:\d+:\d+ \(references\): references "\.\.\/x\.bib" points outside the study folder/,
  },
  {
    name: 'references absolute',
    change: yaml((d) => d.set('references', '/etc/hosts')),
    message:
      /error\[study\/path-outside\] study\/asn-metro\/study\.yaml:\d+:\d+ \(references\): references "\/etc\/hosts" points outside the study folder/,
  },
  {
    name: 'template unknown',
    change: yaml((d) => d.set('template', 'nope')),
    message:
      /error\[template\/not-found\] study\/asn-metro\/study\.yaml:\d+:\d+ \(template\): there is no template "nope"/,
  },
  {
    name: 'template climbing out',
    change: yaml((d) => d.set('template', '../../../../etc')),
    message:
      /error\[template\/path-outside\] study\/asn-metro\/study\.yaml:\d+:\d+ \(template\): the template folder "\.\.\/\.\.\/\.\.\/\.\.\/etc" is outside the study folder/,
  },
  // data files: the file itself
  {
    name: 'data file FIFO',
    change: replaceWith('data/pss.csv', fifo),
    message:
      /error\[study\/not-a-file\] study\/asn-metro\/study\.yaml:\d+:\d+ \(data\.file\): data\.file "data\/pss\.csv" is not a regular file \(a device, pipe or socket\)/,
  },
  {
    name: 'data file links to /dev/zero',
    change: replaceWith('data/pss.csv', (p) => symlinkSync('/dev/zero', p)),
    message:
      /error\[study\/path-outside\] study\/asn-metro\/study\.yaml:\d+:\d+ \(data\.file\): data\.file "data\/pss\.csv" is a link to \/dev\/zero, outside the study folder/,
  },
  {
    name: 'data file links outside the study',
    change: replaceWith('data/pss.csv', outside('id\n1\n')),
    message:
      /error\[study\/path-outside\] study\/asn-metro\/study\.yaml:\d+:\d+ \(data\.file\): data\.file "data\/pss\.csv" is a link to .*elsewhere\.txt, outside the study folder/,
  },
  {
    name: 'data file 400 MB',
    change: replaceWith('data/pss.csv', sparse(400 * 1024 * 1024)),
    message: /study\/file-too-large.*400 MB, more than the 300 MB/,
  },
  {
    name: 'data file a folder named pss.csv',
    change: replaceWith('data/pss.csv', (p) => mkdirSync(p)),
    message:
      /error\[study\/not-a-file\] study\/asn-metro\/study\.yaml:\d+:\d+ \(data\.file\): data\.file "data\/pss\.csv" is a folder, not a file/,
  },
  {
    name: 'data file empty',
    change: replaceWith('data/pss.csv', (p) => writeFileSync(p, '')),
    message:
      /error\[data\/unknown-format\] data\/pss\.csv: data\/pss\.csv is not a data file naskah reads: it looks like an empty file \(0 bytes\)/,
  },
  {
    name: 'data file header only',
    change: csv((l) => l.splice(1)),
    message: /error\[data\/no-rows\] data\/pss\.csv:1: the data file data\/pss\.csv has a header but no data rows/,
  },
  {
    name: 'data file binary garbage',
    change: replaceWith('data/pss.csv', (p) => writeFileSync(p, Buffer.from([0, 1, 2, 3, 255, 254, 0, 10, 0, 0]))),
    message:
      /error\[data\/unknown-format\] data\/pss\.csv: data\/pss\.csv is not a data file naskah reads: it looks like a binary file of a kind naskah does not know/,
  },
  {
    name: 'data column missing',
    change: csv((l) => l.forEach((x, i) => (l[i] = x.split(',').slice(0, -1).join(',')))),
    message:
      /error\[data\/missing-column\] data\/pss\.csv:1, row 1, column "pss_post_10": the column "pss_post_10" named in study\.yaml \(instruments\.pss_post\.items\[9\]\)/,
  },
  {
    name: 'duplicate header',
    change: csv((l) => (l[0] = l[0]!.replace('usia', 'jenis_kelamin'))),
    message:
      /error\[data\/duplicate-column\] data\/pss\.csv:1, row 1, column "jenis_kelamin": the column name "jenis_kelamin" appears twice in the header \(columns 2/,
  },
  {
    name: 'extra cell in a row',
    change: csv((l) => (l[3] = `${l[3]},9`)),
    message: /error\[data\/ragged-row\] data\/pss\.csv:4, row 4: row 4 has 24 cells but the header has 23 columns/,
  },
  {
    name: 'missing cell in a row',
    change: csv((l) => (l[3] = l[3]!.split(',').slice(0, -1).join(','))),
    message: /error\[data\/ragged-row\] data\/pss\.csv:4, row 4: row 4 has 22 cells but the header has 23 columns/,
  },
  {
    name: 'duplicate participant id',
    change: csv((l) => setCell(l, 3, 'id', '1')),
    message:
      /error\[data\/duplicate-id\] data\/pss\.csv:3, row 3, column "id": the id "1" appears again \(first in row 2\)/,
  },
  {
    name: 'unknown level of sex',
    change: csv((l) => setCell(l, 2, 'jenis_kelamin', 'X')),
    message:
      /error\[data\/unknown-level\] data\/pss\.csv:2, row 2, column "jenis_kelamin": "X" is not one of the levels of jenis_kelamin \(L, P\)/,
  },
  {
    name: 'age text',
    change: csv((l) => setCell(l, 2, 'usia', 'tiga puluh')),
    message:
      /error\[data\/not-a-number\] data\/pss\.csv:2, row 2, column "usia": "tiga puluh" in a numeric column is not a number/,
  },
  {
    name: 'age negative',
    change: csv((l) => setCell(l, 2, 'usia', '-4')),
    message:
      /error\[data\/out-of-range\] data\/pss\.csv:2, row 2, column "usia": -4 is outside the range \[18, 65\] declared for usia/,
  },
  {
    name: 'age far above range',
    change: csv((l) => setCell(l, 2, 'usia', '200')),
    message:
      /error\[data\/out-of-range\] data\/pss\.csv:2, row 2, column "usia": 200 is outside the range \[18, 65\] declared for usia/,
  },
  {
    name: 'age with a decimal comma in a comma file',
    change: csv((l) => setCell(l, 2, 'usia', '"39,5"')),
    message:
      /error\[data\/not-a-number\] data\/pss\.csv:2, row 2, column "usia": "39,5" in a numeric column is not a number/,
  },
  {
    name: 'decimal-comma file: 1.250 grouped thousands is read as 1250',
    change: semicolon((l) => setCell(l, 2, 'usia', '1.250', ';')),
    message: /data\/out-of-range.*1\.250 is outside the range \[18, 65\]/,
    not: /not a whole number/,
  },
  {
    name: 'decimal-comma file: 1.250 beside 1.25 is ambiguous',
    change: semicolon((l) => {
      setCell(l, 2, 'usia', '1.250', ';');
      setCell(l, 5, 'usia', '1.25', ';');
    }),
    message:
      /data\/ambiguous-number.*"1\.250" \(row 2, column usia\).*"1\.25" \(row 5, column usia\)[\s\S]*Remove the thousands grouping/,
  },
  {
    name: 'decimal-comma file: 39,5 beside 52.5 in one column',
    change: semicolon((l) => {
      setCell(l, 3, 'usia', '39,5', ';');
      setCell(l, 6, 'usia', '52.5', ';');
    }),
    message:
      /data\/mixed-decimal-marks.*"39,5" \(row 3, column usia\) uses "," but "52\.5" \(row 6, column usia\) uses "\."/,
  },
  {
    name: 'decimal-point file: "39,5" beside 52.5 in one column',
    change: csv((l) => {
      setCell(l, 3, 'usia', '52.5');
      setCell(l, 6, 'usia', '"39,5"');
    }),
    message: /data\/mixed-decimal-marks.*"52\.5" \(row 3, column usia\) uses "\." but "39,5" \(row 6, column usia\)/,
  },
  {
    name: 'decimal-point file: "1,250" beside "1,25" is ambiguous',
    change: csv((l) => {
      setCell(l, 2, 'usia', '"1,250"');
      setCell(l, 3, 'usia', '"1,25"');
    }),
    message: /data\/ambiguous-number.*"1,250" \(row 2, column usia\)/,
  },
  {
    name: 'wrong separator declared: ";" for a comma file',
    change: yaml((d) => d.setIn(['data', 'delimiter'], ';')),
    message:
      /data\/wrong-separator.*one column when split at ";" \(data\.delimiter\), but 23 columns when split at ","/,
    not: /missing-column/,
  },
  {
    name: 'wrong separator declared: "," for a semicolon file with decimal commas',
    change: (ctx) => {
      semicolon((l) => setCell(l, 2, 'usia', '39,5', ';'))(ctx);
      yaml((d) => d.setIn(['data', 'delimiter'], ','))(ctx);
    },
    message: /data\/wrong-separator.*split at ";": the file separates its values with ";"/,
    not: /ragged-row|missing-column/,
  },
  {
    name: 'a separator naskah does not read ("|")',
    change: csv((l) => l.forEach((x, i) => (l[i] = x.replaceAll(',', '|')))),
    message: /data\/wrong-separator.*23 columns when split at "\|"[\s\S]*Save the file with "," or ";"/,
    not: /missing-column/,
  },
  {
    name: 'age as Infinity',
    change: csv((l) => setCell(l, 2, 'usia', 'Infinity')),
    message:
      /error\[data\/not-a-number\] data\/pss\.csv:2, row 2, column "usia": "Infinity" in a numeric column is not a number/,
  },
  {
    name: 'age as 1e309',
    change: csv((l) => setCell(l, 2, 'usia', '1e309')),
    message:
      /error\[data\/not-an-integer\] data\/pss\.csv:2, row 2, column "usia": 1e309 is not a whole number, but usia holds whole numbers/,
  },
  {
    name: 'age as NaN',
    change: csv((l) => setCell(l, 2, 'usia', 'NaN')),
    message:
      /error\[data\/not-a-number\] data\/pss\.csv:2, row 2, column "usia": "NaN" in a numeric column is not a number/,
  },
  {
    name: 'age as hexadecimal',
    change: csv((l) => setCell(l, 2, 'usia', '0x20')),
    message:
      /error\[data\/not-a-number\] data\/pss\.csv:2, row 2, column "usia": "0x20" in a numeric column is not a number/,
  },
  ...PSS_ITEMS.map(
    (col, i): Case => ({
      name: `${col} out of range (row ${i + 2})`,
      change: csv((l) => setCell(l, i + 2, col, '9')),
      message: located(i + 2, col, '9 is outside the 0–4 answer scale of PSS-10', 'out-of-range'),
    }),
  ),
  ...PSS_POST.map(
    (col, i): Case => ({
      name: `${col} negative (row ${i + 3})`,
      change: csv((l) => setCell(l, i + 3, col, '-1')),
      message: located(i + 3, col, '-1 is outside the 0–4 answer scale of PSS-10', 'out-of-range'),
    }),
  ),
  ...PSS_ITEMS.slice(0, 5).map(
    (col, i): Case => ({
      name: `${col} as text (row ${i + 4})`,
      change: csv((l) => setCell(l, i + 4, col, 'sering')),
      message: located(i + 4, col, '"sering" in a numeric column is not a number', 'not-a-number'),
    }),
  ),
  ...PSS_POST.slice(0, 5).map(
    (col, i): Case => ({
      name: `${col} as a fraction (row ${i + 5})`,
      change: csv((l) => setCell(l, i + 5, col, '2.5')),
      message: located(i + 5, col, `2.5 is not a whole number, but ${col} holds whole numbers`, 'not-an-integer'),
    }),
  ),
  {
    name: 'NUL byte in a cell is shown escaped',
    change: csv((l) => setCell(l, 2, 'jenis_kelamin', 'P\u0000X')),
    message:
      /error\[data\/unknown-level\] data\/pss\.csv:2, row 2, column "jenis_kelamin": "P\\x00X" is not one of the levels of jenis_kelamin \(L, P\)/,
    not: /\u0000/,
  },
  {
    name: 'terminal escape in a cell is shown escaped',
    change: csv((l) => setCell(l, 2, 'jenis_kelamin', '\u001b[2J\u001b[31mP')),
    message:
      /error\[data\/unknown-level\] data\/pss\.csv:2, row 2, column "jenis_kelamin": "\\x1b\[2J\\x1b\[31mP" is not one of the levels of jenis_kelamin \(L, P\)/,
    not: /\u001b/,
  },
  {
    name: 'terminal escape in a header is shown escaped',
    change: csv((l) => (l[0] = l[0]!.replace('usia', 'usia\u001b]0;pwned\u0007'))),
    message:
      /error\[data\/missing-column\] data\/pss\.csv:1, row 1, column "usia": the column "usia" named in study\.yaml \(variables\.usia\) is not in data\/pss\.csv/,
    not: /\u001b|\u0007/,
  },
  {
    name: 'unclosed quote in the data',
    change: csv((l) => setCell(l, 2, 'jenis_kelamin', '"L')),
    message:
      /error\[data\/unterminated-quote\] data\/pss\.csv:2:3: a quoted value that starts at line 2, column 3 is never closed/,
  },
  {
    name: 'Latin-1 byte in a level',
    change: (ctx) => {
      const file = join(ctx.dir, 'data', 'pss.csv');
      const text = readFileSync(file, 'utf8').replace('\n1,L,', '\n1,L\u00e9,');
      writeFileSync(file, Buffer.from(text, 'latin1'));
    },
    message:
      /data\/not-utf8.*byte 0xE9 in line 2, column "jenis_kelamin" is not valid UTF-8 .*Latin-1 \/ Windows-1252.*"Lé"\)\n\s+Save the file as UTF-8/,
    not: /\uFFFD/,
  },
  {
    name: 'Windows-1252 curly quote in the header',
    change: (ctx) => {
      const file = join(ctx.dir, 'data', 'pss.csv');
      const bytes = readFileSync(file);
      writeFileSync(file, Buffer.concat([Buffer.from([0x93]), bytes]));
    },
    message: /data\/not-utf8.*byte 0x93 in the header row \(line 1\)/,
    not: /\uFFFD/,
  },
  {
    name: 'UTF-16 data with a byte-order mark',
    change: (ctx) => {
      const file = join(ctx.dir, 'data', 'pss.csv');
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    },
    message: /data\/unknown-format.*looks like UTF-16 text[\s\S]*Save the CSV as UTF-8/,
  },
  {
    name: 'stat on a Latin-1 CSV',
    argv: (ctx) => {
      const file = join(ctx.scratch, 'latin1.csv');
      writeFileSync(file, Buffer.from('id,kota,usia\n1,Cr\u00e9teil,30\n2,Depok,40\n', 'latin1'));
      return ['stat', 'descriptives', file, '--x', 'usia'];
    },
    message: /data\/not-utf8.*byte 0xE9 in line 2, column "kota"/,
  },
  {
    name: 'stat on a FIFO',
    argv: (ctx) => {
      const file = join(ctx.scratch, 'pipe.csv');
      fifo(file);
      return ['stat', 'descriptives', file, '--x', 'usia'];
    },
    message:
      /error\[stat\/file-unreadable\] .*pipe\.csv: ".*pipe\.csv" is not a regular file \(a device, pipe or socket\)/,
  },
  // manuscripts
  {
    name: ':stat of an unknown analysis',
    change: manuscript('en', ':stat[nope]'),
    message:
      /error\[manuscript\/unknown-analysis\] manuscript\/en\.md:\d+:1: :stat\[nope\] refers to no analysis with a test statistic/,
  },
  {
    name: ':value of an unknown field',
    change: manuscript('en', ':value[pre_post.nope]'),
    message:
      /error\[manuscript\/unknown-value\] manuscript\/en\.md:\d+:1: :value\[pre_post\.nope\] does not name a number in results\.json/,
  },
  {
    name: ':value digits=500',
    change: manuscript('en', ':value[pre_post.meanDiff]{digits=500}'),
    message:
      /manuscript\/bad-attribute\] manuscript\/en\.md:\d+:1: :value\[pre_post\.meanDiff\]\{digits=500\}: digits must be a whole number from 0 to 10/,
  },
  {
    name: ':value digits=abc',
    change: manuscript('en', ':value[pre_post.meanDiff]{digits=abc}'),
    message:
      /manuscript\/bad-attribute\] manuscript\/en\.md:\d+:1: :value\[pre_post\.meanDiff\]\{digits=abc\}: digits must be a whole number from 0 to 10/,
    not: /NaN/,
  },
  {
    name: ':value digits=-1',
    change: manuscript('id', ':value[pre_post.meanDiff]{digits=-1}'),
    message:
      /error\[manuscript\/bad-attribute\] manuscript\/id\.md:\d+:1: :value\[pre_post\.meanDiff\]\{digits=-1\}: digits must be a whole number from 0 to 10/,
  },
  {
    name: ':value digits=1.5',
    change: manuscript('id', ':value[pre_post.meanDiff]{digits=1.5}'),
    message:
      /error\[manuscript\/bad-attribute\] manuscript\/id\.md:\d+:1: :value\[pre_post\.meanDiff\]\{digits=1\.5\}: digits must be a whole number from 0 to 10/,
  },
  {
    name: ':ref to nothing',
    change: manuscript('en', ':ref[nope]'),
    message:
      /error\[manuscript\/unknown-ref\] manuscript\/en\.md:\d+:1: :ref\[nope\] refers to no table or figure in this manuscript/,
  },
  {
    name: ':figref to nothing',
    change: manuscript('en', ':figref[nope]'),
    message:
      /error\[manuscript\/unknown-ref\] manuscript\/en\.md:\d+:1: :figref\[nope\] refers to no figure in this manuscript/,
  },
  {
    name: '::section unknown',
    change: manuscript('en', '::section[nope]'),
    message: /error\[manuscript\/unknown-section\] manuscript\/en\.md:\d+:1: unknown generated section "nope"/,
  },
  {
    name: '::table unknown',
    change: manuscript('en', '::table[nope]'),
    message: /error\[manuscript\/unknown-table\] manuscript\/en\.md:\d+:1: ::table\[nope\] refers to no table/,
  },
  {
    name: 'citation of an unknown key',
    change: manuscript('en', 'As shown [@nobody2020].'),
    message:
      /error\[manuscript\/unknown-citation\] manuscript\/en\.md:\d+:11: the citation @nobody2020 is not in the study's references\.bib/,
  },
  {
    name: 'manuscript links to /etc/os-release',
    change: replaceWith('manuscript/en.md', (p) => symlinkSync('/etc/os-release', p)),
    message:
      /error\[study\/path-outside\] study\/asn-metro\/manuscript\/en\.md: the manuscript file "manuscript\/en\.md" is a link to \/usr\/lib\/os-release, outside the study folder/,
  },
  {
    name: 'manuscript FIFO',
    change: replaceWith('manuscript/en.md', fifo),
    message:
      /error\[study\/not-a-file\] study\/asn-metro\/manuscript\/en\.md: the manuscript file "manuscript\/en\.md" is not a regular file \(a device, pipe or socket\)/,
  },
  {
    name: 'manuscript a folder',
    change: replaceWith('manuscript/id.md', (p) => mkdirSync(p)),
    message:
      /error\[study\/not-a-file\] study\/asn-metro\/manuscript\/id\.md: the manuscript file "manuscript\/id\.md" is a folder, not a file/,
  },
  {
    name: 'manuscript 25 MB',
    change: replaceWith('manuscript/en.md', sparse(25 * 1024 * 1024)),
    message:
      /error\[study\/file-too-large\] study\/asn-metro\/manuscript\/en\.md: the manuscript file "manuscript\/en\.md" is 25 MB, more than the 20 MB naskah reads for a/,
  },
  // references
  {
    name: 'binary references.bib',
    change: replaceWith('references.bib', (p) =>
      writeFileSync(p, Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0xff, 0xfe, 0, 1])),
    ),
    message:
      /error\[study\/references-binary\] study\/asn-metro\/references\.bib: references file "references\.bib" is not a text file \(it holds NUL bytes or bytes that are not/,
  },
  {
    name: 'references.bib a folder',
    change: replaceWith('references.bib', (p) => mkdirSync(p)),
    message:
      /error\[study\/not-a-file\] study\/asn-metro\/references\.bib: references "references\.bib" is a folder, not a file/,
  },
  {
    name: 'references.bib FIFO',
    change: replaceWith('references.bib', fifo),
    message:
      /error\[study\/not-a-file\] study\/asn-metro\/references\.bib: references "references\.bib" is not a regular file \(a device, pipe or socket\)/,
  },
  {
    name: 'references.bib links outside',
    change: replaceWith('references.bib', outside('@book{x, title={X}}')),
    message:
      /error\[study\/path-outside\] study\/asn-metro\/references\.bib: references "references\.bib" is a link to .*elsewhere\.txt, outside the study folder/,
  },
  {
    name: 'references.bib 30 MB',
    change: replaceWith('references.bib', sparse(30 * 1024 * 1024)),
    message:
      /error\[study\/file-too-large\] study\/asn-metro\/references\.bib: references "references\.bib" is 30 MB, more than the 20 MB naskah reads for a references file/,
  },
  {
    name: 'references.bib unclosed brace',
    change: (ctx) =>
      writeFileSync(
        join(ctx.dir, 'references.bib'),
        `${readFileSync(join(ctx.dir, 'references.bib'), 'utf8')}\n@book{broken, title={Open\n`,
      ),
    message:
      /error\[bibtex\/syntax\] references\.bib:\d+:\d+: the BibTeX file cannot be read: expected "text", got EOF/,
  },
  // the output folder
  {
    name: '--out is a file',
    change: (ctx) => writeFileSync(join(ctx.scratch, 'file'), 'x'),
    argv: (ctx) => ['build', ctx.dir, '--out', join(ctx.scratch, 'file'), '--format', 'html'],
    message: /error\[build\/out-not-folder\]: the output folder "file" is a file/,
  },
  {
    name: '--out is the filesystem root',
    argv: (ctx) => ['build', ctx.dir, '--out', '/', '--format', 'html'],
    message: /error\[build\/out-is-root\]: refusing to write builds into the filesystem root "\/"/,
  },
  {
    name: '--out is the folder holding the study',
    argv: (ctx) => ['build', ctx.dir, '--out', join(ctx.dir, '..'), '--format', 'html'],
    message:
      /error\[build\/out-overlaps-study\]: refusing to build into "study\/asn-metro": it is the study folder or a folder that contains it, and the build would replace it/,
  },
  {
    name: 'id: data with --out the study',
    change: yaml((d) => d.set('id', 'data')),
    argv: (ctx) => ['build', ctx.dir, '--out', ctx.dir, '--format', 'html'],
    message:
      /error\[build\/out-overlaps-input\]: refusing to build into "study\/asn-metro\/data": it overlaps the study's input "data\/pss\.csv", which the build would replace/,
  },
  {
    name: 'id: manuscript with --out the study',
    change: yaml((d) => d.set('id', 'manuscript')),
    argv: (ctx) => ['build', ctx.dir, '--out', ctx.dir, '--format', 'html'],
    message:
      /error\[build\/out-overlaps-input\]: refusing to build into "study\/asn-metro\/manuscript": it overlaps the study's input "manuscript", which the build would replace/,
  },
  {
    name: '--out inside the data folder',
    argv: (ctx) => ['build', ctx.dir, '--out', join(ctx.dir, 'data'), '--format', 'html'],
    message:
      /error\[build\/out-overlaps-input\]: refusing to build into "study\/asn-metro\/data\/asn-metro": it overlaps the study's input "data", which the build would replace/,
  },
  {
    name: 'out/<id> holds the user’s own files',
    change: (ctx) => {
      mkdirSync(join(ctx.scratch, 'o', 'asn-metro'), { recursive: true });
      writeFileSync(join(ctx.scratch, 'o', 'asn-metro', 'thesis.docx'), 'mine');
    },
    argv: (ctx) => ['build', ctx.dir, '--out', join(ctx.scratch, 'o'), '--format', 'html'],
    message:
      /error\[build\/out-not-naskah\]: refusing to replace "o\/asn-metro": it holds files but no manifest\.json of this study, so naskah did not write it/,
  },
  {
    name: 'out/<id> is a file',
    change: (ctx) => {
      mkdirSync(join(ctx.scratch, 'o'), { recursive: true });
      writeFileSync(join(ctx.scratch, 'o', 'asn-metro'), 'mine');
    },
    argv: (ctx) => ['build', ctx.dir, '--out', join(ctx.scratch, 'o'), '--format', 'html'],
    message:
      /error\[build\/out-not-naskah\]: refusing to replace "o\/asn-metro": it is a file, not a folder naskah wrote/,
  },
  {
    name: 'out/<id> is a link',
    change: (ctx) => {
      mkdirSync(join(ctx.scratch, 'o'), { recursive: true });
      mkdirSync(join(ctx.scratch, 'precious'));
      symlinkSync(join(ctx.scratch, 'precious'), join(ctx.scratch, 'o', 'asn-metro'));
    },
    argv: (ctx) => ['build', ctx.dir, '--out', join(ctx.scratch, 'o'), '--format', 'html'],
    message:
      /error\[build\/out-not-naskah\]: refusing to replace "o\/asn-metro": it is a symbolic link, not a folder naskah wrote/,
  },
  {
    name: 'out/<id> holds another study’s build',
    change: (ctx) => {
      mkdirSync(join(ctx.scratch, 'o', 'asn-metro'), { recursive: true });
      writeFileSync(join(ctx.scratch, 'o', 'asn-metro', 'manifest.json'), '{"naskah":"0.1.0","study":"other"}');
    },
    argv: (ctx) => ['build', ctx.dir, '--out', join(ctx.scratch, 'o'), '--format', 'html'],
    message:
      /error\[build\/out-not-naskah\]: refusing to replace "o\/asn-metro": it holds files but no manifest\.json of this study, so naskah did not write it/,
  },
  // the command line
  {
    name: 'build of a folder that does not exist',
    argv: (ctx) => ['build', join(ctx.scratch, 'none'), '--out', ctx.out],
    message: /error\[study\/not-found\] .*none: no study folder at ".*none"/,
  },
  {
    name: 'build of a folder without study.yaml',
    change: (ctx) => mkdirSync(join(ctx.scratch, 'empty')),
    argv: (ctx) => ['build', join(ctx.scratch, 'empty'), '--out', ctx.out],
    message: /error\[study\/no-study-yaml\] empty\/study\.yaml: the folder empty has no study\.yaml/,
  },
  {
    name: 'build --lang fr',
    argv: (ctx) => ['build', ctx.dir, '--out', ctx.out, '--lang', 'fr'],
    message: /error\[cli\/usage\]: unknown language "fr" in --lang \(use id, en\)/,
  },
  {
    name: 'build --format docx-ish',
    argv: (ctx) => ['build', ctx.dir, '--out', ctx.out, '--format', 'rtf'],
    message: /error\[cli\/usage\]: unknown format "rtf" in --format \(use html, pdf, json, docx\)/,
  },
  {
    name: 'build --pages 0',
    argv: (ctx) => ['build', ctx.dir, '--out', ctx.out, '--pages', '0'],
    message: /error\[cli\/usage\]: --pages needs a whole number of at least 1/,
  },
  {
    name: 'build --jobs abc',
    argv: (ctx) => ['build', ctx.dir, '--out', ctx.out, '--jobs', 'abc'],
    message: /error\[cli\/usage\]: --jobs needs a whole number of at least 1/,
  },
  {
    name: 'build --watch with two studies',
    argv: (ctx) => ['build', '--watch', ctx.dir, ctx.pristine, '--out', ctx.out],
    message: /error\[cli\/usage\]: --watch builds one study: give exactly one STUDY_DIR/,
  },
  {
    name: 'build --watch --port -1',
    argv: (ctx) => ['build', '--watch', ctx.dir, '--port', '-1', '--out', ctx.out],
    message: /error\[cli\/usage\]: --port needs a whole number/,
  },
  { name: 'unknown command', argv: () => ['biuld'], message: /unknown command "biuld" \(did you mean "build"\?\)/ },
  {
    name: 'unknown option',
    argv: (ctx) => ['build', ctx.dir, '--frobnicate'],
    message: /error\[cli\/usage\]: unknown option --frobnicate/,
  },
  {
    name: 'stat of an unknown test',
    argv: () => ['stat', 'astrology', 'x.csv'],
    message: /error\[stat\/unknown-test\]: unknown test "astrology"/,
  },
  {
    name: 'stat on /dev/zero',
    argv: () => ['stat', 'descriptives', '/dev/zero', '--column', 'x'],
    message:
      /error\[stat\/file-unreadable\] \/dev\/zero: "\/dev\/zero" is not a regular file \(a device, pipe or socket\)/,
  },
  {
    name: 'stat on a missing file',
    argv: (ctx) => ['stat', 'descriptives', join(ctx.scratch, 'none.csv'), '--column', 'x'],
    message: /error\[stat\/file-not-found\] .*none\.csv: cannot find the data file ".*none\.csv"/,
  },
  {
    name: 'stat on a folder',
    argv: (ctx) => ['stat', 'descriptives', ctx.scratch, '--column', 'x'],
    message: /error\[stat\/file-unreadable\] .*cases\/177: ".*cases\/177" is a folder, not a CSV file/,
  },
  {
    name: 'stat on a 400 MB file',
    change: (ctx) => sparse(400 * 1024 * 1024)(join(ctx.scratch, 'big.csv')),
    argv: (ctx) => ['stat', 'descriptives', join(ctx.scratch, 'big.csv'), '--column', 'x'],
    message:
      /error\[stat\/file-too-large\] .*big\.csv: ".*big\.csv" is 400 MB, more than the 300 MB naskah reads for a data file/,
  },
  {
    name: 'stat on a column that does not exist',
    argv: (ctx) => ['stat', 'descriptives', join(ctx.pristine, 'data', 'pss.csv'), '--x', 'nope'],
    message: /error\[stat\/unknown-column\] .*pss\.csv: there is no column "nope" \(given as --x\)/,
  },
  {
    name: 'stat with an argument the test does not have',
    argv: (ctx) => ['stat', 'descriptives', join(ctx.pristine, 'data', 'pss.csv'), '--column', 'nope'],
    message: /error\[stat\/unknown-argument\]: the test descriptives has no argument --column/,
  },
  {
    name: 'import of a FIFO',
    argv: (ctx) => {
      fifo(join(ctx.scratch, 'pss.csv'));
      return ['import', join(ctx.scratch, 'pss.csv'), join(ctx.scratch, 'new-study')];
    },
    message: /error\[import\/not-a-file\]: "pss\.csv" is not a regular file \(a device, pipe or socket\)/,
  },
  {
    name: 'import of /dev/zero',
    argv: (ctx) => ['import', '/dev/zero', join(ctx.scratch, 'new-study')],
    message: /import\/not-a-file.*dev\/zero" is not a regular file/,
  },
  {
    name: 'import of a folder',
    argv: (ctx) => ['import', ctx.pristine, join(ctx.scratch, 'new-study')],
    message: /import\/not-a-file.*is a folder, not a data file/,
  },
  {
    name: 'import of a 400 MB CSV',
    argv: (ctx) => {
      sparse(400 * 1024 * 1024)(join(ctx.scratch, 'big.csv'));
      return ['import', join(ctx.scratch, 'big.csv'), join(ctx.scratch, 'new-study')];
    },
    message: /import\/file-too-large.*is 400 MB, more than the 300 MB naskah reads for a data file/,
  },
  {
    name: 'import of an .xlsx that unpacks to 1100 MB',
    argv: (ctx) => ['import', scratchFile('bomb.xlsx', excelBomb(1100), ctx), join(ctx.scratch, 'new-study')],
    message:
      /error\[data\/xlsx-too-large\] bomb\.xlsx: the Excel file bomb\.xlsx would unpack to 1100 MB, more than the 1024 MB naskah unpacks from a workbook/,
  },
  {
    name: 'diff of a build that does not exist',
    argv: (ctx) => ['diff', join(ctx.scratch, 'a'), join(ctx.out, 'asn-metro')],
    code: 2,
    message: /error\[diff\/not-found\]: OLD ".*a" does not exist/,
  },
  {
    name: 'diff of a file that is not JSON',
    change: (ctx) => writeFileSync(join(ctx.scratch, 'r.json'), 'not json'),
    argv: (ctx) => ['diff', join(ctx.scratch, 'r.json'), join(ctx.out, 'asn-metro')],
    code: 2,
    message:
      /error\[diff\/invalid-results\]: OLD ".*r\.json" is not valid JSON: Unexpected token 'o', "not json" is not valid JSON/,
  },
  {
    name: 'diff of JSON that is not a results.json',
    change: (ctx) => writeFileSync(join(ctx.scratch, 'r.json'), '{"a":1}'),
    argv: (ctx) => ['diff', join(ctx.scratch, 'r.json'), join(ctx.out, 'asn-metro')],
    code: 2,
    message: /error\[diff\/invalid-results\]: OLD ".*r\.json" is not a naskah results\.json \(it has no "analyses"\)/,
  },
  {
    name: 'diff of a FIFO',
    argv: (ctx) => {
      fifo(join(ctx.scratch, 'results.json'));
      return ['diff', join(ctx.scratch, 'results.json'), join(ctx.out, 'asn-metro')];
    },
    code: 2,
    message: /error\[diff\/not-a-file\]: OLD ".*results\.json" is not a regular file \(a device, pipe or socket\)/,
  },
  {
    name: 'diff of /dev/zero',
    argv: (ctx) => ['diff', '/dev/zero', join(ctx.out, 'asn-metro')],
    code: 2,
    message: /diff\/not-a-file.*"\/dev\/zero" is not a regular file/,
  },
  {
    name: 'diff of a 200 MB file',
    argv: (ctx) => {
      sparse(200 * 1024 * 1024)(join(ctx.scratch, 'results.json'));
      return ['diff', join(ctx.scratch, 'results.json'), join(ctx.out, 'asn-metro')];
    },
    code: 2,
    message: /diff\/too-large.*is 200 MB, more than the 100 MB naskah reads for a results\.json/,
  },
  {
    name: 'diff of build folders whose en.docx unpacks to 600 MB',
    argv: (ctx) => {
      for (const [name, docx] of [
        ['a', wordBomb(600)],
        ['b', wordBomb(1)],
      ] as const) {
        cpSync(join(ctx.out, 'asn-metro'), join(ctx.scratch, name), { recursive: true });
        writeFileSync(join(ctx.scratch, name, 'en.docx'), docx);
      }
      return ['diff', join(ctx.scratch, 'a'), join(ctx.scratch, 'b')];
    },
    code: 0,
    // The 600 MB document is not unpacked: it is compared as having no text.
    message: /en\.docx: the Word document differs[\s\S]*old: \n\s+new: The difference was significant/,
  },
  {
    name: 'diff between two different studies says so first',
    change: (ctx) => {
      const text = readFileSync(join(ctx.out, 'asn-metro', 'results.json'), 'utf8');
      writeFileSync(join(ctx.scratch, 'other.json'), text.replace('"study": "asn-metro"', '"study": "other-study"'));
    },
    argv: (ctx) => ['diff', join(ctx.scratch, 'other.json'), join(ctx.out, 'asn-metro')],
    code: 0,
    message: /^note\[diff\/different-studies\]: .* different studies/,
  },
  {
    name: 'verify without --against',
    argv: (ctx) => ['verify', ctx.dir],
    message: /error\[cli\/usage\]: --against is required: the build folder \(out\/<id>\) or results\.json to verify/,
  },
  {
    name: 'verify against nothing',
    argv: (ctx) => ['verify', ctx.dir, '--against', join(ctx.scratch, 'none')],
    code: 2,
    message: /error\[diff\/not-found\]: --against ".*none" does not exist/,
  },
  {
    name: 'verify of a study that does not exist',
    argv: (ctx) => ['verify', join(ctx.scratch, 'none'), '--against', join(ctx.out, 'asn-metro')],
    code: 2,
    message: /study\/not-found/,
  },
  {
    name: 'new into a file',
    change: (ctx) => writeFileSync(join(ctx.scratch, 'f'), 'x'),
    argv: (ctx) => ['new', join(ctx.scratch, 'f')],
    message: /error\[new\/not-a-folder\]: "f" exists and is a file, not a folder/,
  },
  {
    name: 'check of a missing file',
    argv: (ctx) => ['check', join(ctx.scratch, 'none.pdf')],
    code: 2,
    message: /error\[check\/unreadable\] .*none\.pdf: cannot read .*none\.pdf: no such file/,
  },
  // valid but unusual input: builds, and the output is right
  {
    name: 'a label with U+2028',
    change: yaml((d) => d.setIn(['variables', 'jenis_kelamin', 'label', 'en'], 'Sex\u2028(self-reported)')),
    message: /built asn-metro/,
    code: 0,
    builds: (ctx) => {
      if (!html(ctx, 'en').includes('Sex')) throw new Error('label missing');
    },
  },
  {
    name: 'markup and script in a manuscript are not run',
    change: manuscript(
      'en',
      '<script>alert(1)</script><img src="http://example.com/x.png" onerror="alert(1)"><iframe src="https://example.com"></iframe>',
    ),
    message: /built asn-metro/,
    code: 0,
    builds: (ctx) => {
      if (/<script|<iframe|onerror|http:\/\/example\.com/i.test(html(ctx, 'en')))
        throw new Error('active content in HTML');
    },
  },

  // zip files that unpack to far more than they weigh (issue 16, item 5)
  {
    name: 'check of a small .docx that unpacks to 300 MB of paragraphs',
    argv: (ctx) => ['check', scratchFile('bomb.docx', wordBomb(300), ctx)],
    code: 2,
    message:
      /check\/too-large.*too large to check: its text \(XML\) parts would unpack to 300 MB, more than the 16 MB naskah check reads from a Word file/,
  },
  {
    name: 'check of a .docx whose part unpacks to more than its zip directory says',
    argv: (ctx) => ['check', scratchFile('liar.docx', wordBomb(300, 4000), ctx)],
    code: 2,
    message:
      /check\/unreadable.*the part word\/document\.xml .*unpacks to more than the 4000 bytes its zip directory states/,
  },
  {
    name: 'check of a .docx within the limits still reads',
    argv: (ctx) => ['check', scratchFile('small.docx', wordBomb(1), ctx)],
    code: 0,
    message: /consistent: t\(48\) = 2\.31, p = \.025/,
  },
  {
    name: 'data.file a small .xlsx that unpacks to 1100 MB',
    change: (ctx) => {
      writeFileSync(join(ctx.dir, 'data', 'pss.xlsx'), excelBomb(1100));
      yaml((d) => d.setIn(['data', 'file'], 'data/pss.xlsx'))(ctx);
    },
    message: /data\/xlsx-too-large.*would unpack to 1100 MB, more than the 1024 MB naskah unpacks from a workbook/,
  },
  {
    name: 'data.file an .xlsx whose sheet unpacks to more than its zip directory says',
    change: (ctx) => {
      writeFileSync(join(ctx.dir, 'data', 'pss.xlsx'), excelBomb(300, 5000));
      yaml((d) => d.setIn(['data', 'file'], 'data/pss.xlsx'))(ctx);
    },
    message:
      /data\/xlsx-damaged.*xl\/worksheets\/sheet1\.xml unpacks to more than the 5000 bytes its zip directory states/,
  },
  {
    name: 'data.file a compressed SPSS file (.zsav) stating 2 GB',
    change: (ctx) => {
      writeFileSync(join(ctx.dir, 'data', 'pss.zsav'), zsavStating(0x7fffffff));
      yaml((d) => d.setIn(['data', 'file'], 'data/pss.zsav'))(ctx);
    },
    message:
      /data\/sav-too-large.*would unpack to 2048 MB, more than the 1024 MB naskah unpacks from a compressed file/,
  },
  {
    name: 'data.file a .zsav whose block unpacks to more than its trailer says',
    change: (ctx) => {
      writeFileSync(join(ctx.dir, 'data', 'pss.zsav'), zsavStating(100));
      yaml((d) => d.setIn(['data', 'file'], 'data/pss.zsav'))(ctx);
    },
    message: /data\/sav-corrupt.*compressed block 1 unpacks to more than the 100 bytes stated for it/,
  },
  {
    name: 'referenceDocx a small .docx that unpacks to 1100 MB',
    change: namedFile('referenceDocx', 'jurnal.docx', (p) => writeFileSync(p, wordBomb(1100))),
    argv: (ctx) => ['build', ctx.dir, '--out', ctx.out, '--format', 'docx'],
    message:
      /study\/reference-docx-invalid.*would unpack to 1100 MB, more than the 1024 MB naskah unpacks from a \.docx/,
  },
  {
    name: 'referenceDocx whose part unpacks to more than its zip directory says',
    change: namedFile('referenceDocx', 'jurnal.docx', (p) => writeFileSync(p, wordBomb(300, 4000))),
    argv: (ctx) => ['build', ctx.dir, '--out', ctx.out, '--format', 'docx'],
    message: /study\/reference-docx-invalid.*is damaged: a part of it does not unpack, or unpacks to more than/,
  },
  // naskah check: what it is given (issue 16, items 5 and 9)
  {
    name: 'check of 50 MB of text',
    argv: (ctx) => [
      'check',
      scratchFile('long.txt', 'The difference was significant, t(48) = 2.31, p = .025.\n'.repeat(900_000), ctx),
    ],
    code: 2,
    message: /check\/too-large.*has 50,400,000 characters of text; naskah check reads at most 10,000,000/,
  },
  {
    name: 'check of 2 MB of distinct results runs in time linear in the text',
    timeoutMs: 120_000,
    argv: (ctx) => {
      const lines: string[] = [];
      let size = 0;
      for (let i = 0; size < 2_000_000; i++) {
        const line = `Group ${i} differed from the control group, t(${20 + (i % 80)}) = ${(1 + (i % 500) / 100).toFixed(2)}, p = .0${10 + (i % 89)}. The mean was ${i % 97}.5 (SD = 3.${i % 9}).`;
        lines.push(line);
        size += line.length + 1;
      }
      return ['check', scratchFile('results.txt', lines.join('\n'), ctx)];
    },
    code: 1,
    message: /Summary: [\d,]+ consistent, [\d,]+ inconsistent/,
  },
  {
    // SPSS output pasted flat has no sentence end ("Std. Deviation" is not one): 2 MB of it is
    // one sentence of thousands of means, which took minutes while each mean tested the whole
    // sentence and each block filtered all descriptives (1 MB: 24 s; now about 2 s).
    name: 'check of 2 MB of SPSS descriptives pasted flat runs in time linear in the text',
    argv: (ctx) => {
      const blocks: string[] = [];
      let size = 0;
      for (let i = 0; size < 2_000_000; i++) {
        const block = `Descriptive Statistics N Minimum Maximum Mean Std. Deviation Score${i} ${30 + (i % 40)} ${i % 10} ${40 + (i % 20)} ${20 + (i % 15)}.${i % 100} ${3 + (i % 4)}.${i % 1000} Valid N (listwise) ${30 + (i % 40)} Descriptives N ${30 + (i % 9)} ${32 + (i % 7)} Mean ${23 + (i % 5)}.${i % 10000} ${24 + (i % 3)}.${i % 10000} Std. Deviation 2.${i % 100000} 1.${i % 100000} Std. Error .${38513 + (i % 1000)} .${33746 + (i % 1000)} Minimum ${(i % 9) + 10} ${(i % 7) + 11} Maximum ${(i % 9) + 30} ${(i % 7) + 31}`;
        blocks.push(block);
        size += block.length + 1;
      }
      return ['check', scratchFile('spss.txt', blocks.join('\n'), ctx)];
    },
    code: 1,
    message: /Summary: [\d,]+ consistent, [\d,]+ inconsistent/,
  },
  {
    name: 'check of a PDF with no pages',
    argv: (ctx) => ['check', scratchFile('empty.pdf', zeroPagePdf(), ctx)],
    code: 2,
    message:
      /error\[check\/unreadable\] .*empty\.pdf: cannot read .*empty\.pdf as PDF: it has no pages; export the manuscript to PDF again/,
  },
  {
    name: 'check of a FIFO',
    argv: (ctx) => {
      fifo(join(ctx.scratch, 'pipe.txt'));
      return ['check', join(ctx.scratch, 'pipe.txt')];
    },
    code: 2,
    message:
      /error\[check\/unreadable\] .*pipe\.txt: cannot read .*pipe\.txt: it is not a regular file \(a device, pipe or socket\)/,
  },
  {
    name: 'check of a link to /dev/zero',
    argv: (ctx) => {
      symlinkSync('/dev/zero', join(ctx.scratch, 'zero.txt'));
      return ['check', join(ctx.scratch, 'zero.txt')];
    },
    code: 2,
    message:
      /error\[check\/unreadable\] .*zero\.txt: cannot read .*zero\.txt: it is not a regular file \(a device, pipe or socket\)/,
  },
  {
    name: 'check of a 400 MB PDF',
    argv: (ctx) => {
      sparse(400 * 1024 * 1024)(join(ctx.scratch, 'huge.pdf'));
      return ['check', join(ctx.scratch, 'huge.pdf')];
    },
    code: 2,
    message: /check\/too-large.*is 400 MB, more than the 300 MB naskah check reads/,
  },
  {
    name: 'check of a folder',
    argv: (ctx) => {
      mkdirSync(join(ctx.scratch, 'thesis.pdf'));
      return ['check', join(ctx.scratch, 'thesis.pdf')];
    },
    code: 2,
    message: /error\[check\/unreadable\] .*thesis\.pdf: cannot read .*thesis\.pdf: it is a directory/,
  },
  // a template folder of the study's own (issue 16, items 2 and 4)
  {
    name: 'template layout.hbs links outside the study',
    change: ownTemplate((_folder, ctx) => replaceWith('jurnal/layout.hbs', outside('<html><head></head></html>'))(ctx)),
    message: /study\/path-outside.*the template file "jurnal\/layout\.hbs" is a link to .*outside the study folder/,
  },
  {
    name: 'template layout.hbs links to /etc/passwd',
    change: ownTemplate((_folder, ctx) => replaceWith('jurnal/layout.hbs', (p) => symlinkSync('/etc/passwd', p))(ctx)),
    message: /study\/path-outside.*"jurnal\/layout\.hbs" is a link to \/etc\/passwd/,
  },
  {
    name: 'template style.css is a FIFO',
    change: ownTemplate((_folder, ctx) => replaceWith('jurnal/style.css', fifo)(ctx)),
    message: /study\/not-a-file.*the template file "jurnal\/style\.css" is not a regular file/,
  },
  {
    name: 'template layout.hbs 6 MB',
    change: ownTemplate((_folder, ctx) => replaceWith('jurnal/layout.hbs', sparse(6 * 1024 * 1024))(ctx)),
    message:
      /study\/file-too-large.*"jurnal\/layout\.hbs" is 6 MB, more than the 5 MB naskah reads for a template file/,
  },
  {
    name: 'template style.css links to /dev/zero',
    change: ownTemplate((_folder, ctx) => replaceWith('jurnal/style.css', (p) => symlinkSync('/dev/zero', p))(ctx)),
    message: /study\/path-outside.*"jurnal\/style\.css" is a link to \/dev\/zero/,
  },
  {
    name: 'template partial links outside the study',
    change: ownTemplate((folder, ctx) => {
      mkdirSync(join(folder, 'partials'));
      outside('<footer></footer>')(join(folder, 'partials', 'footer.hbs'), ctx);
    }),
    message: /study\/path-outside.*"jurnal\/partials\/footer\.hbs" is a link to/,
  },
  {
    name: 'template partial is a FIFO',
    change: ownTemplate((folder) => {
      mkdirSync(join(folder, 'partials'));
      fifo(join(folder, 'partials', 'footer.hbs'));
    }),
    message: /study\/not-a-file.*"jurnal\/partials\/footer\.hbs"/,
  },
  {
    name: 'template partial 6 MB',
    change: ownTemplate((folder) => {
      mkdirSync(join(folder, 'partials'));
      sparse(6 * 1024 * 1024)(join(folder, 'partials', 'footer.hbs'));
    }),
    message: /study\/file-too-large.*"jurnal\/partials\/footer\.hbs" is 6 MB/,
  },
  {
    name: 'template.yaml is a FIFO',
    change: ownTemplate((folder) => fifo(join(folder, 'template.yaml'))),
    message:
      /error\[study\/not-a-file\] jurnal\/template\.yaml: the template file "jurnal\/template\.yaml" is not a regular file \(a device, pipe or socket\)/,
  },
  {
    name: 'template folder is a link out of the study',
    change: (ctx) => {
      cpSync(join(REPO, 'templates', 'article'), join(ctx.scratch, 'jurnal'), { recursive: true });
      symlinkSync(join(ctx.scratch, 'jurnal'), join(ctx.dir, 'jurnal'));
      yaml((d) => d.set('template', 'jurnal'))(ctx);
    },
    message: /template\/path-outside.*the template folder "jurnal" is outside the study folder/,
  },
  {
    name: 'template layout loading a remote script',
    change: layoutWith('<script src="https://example.com/x.js"></script>'),
    message: /template\/unsafe.*<script> is not allowed in a layout/,
  },
  {
    name: 'template layout with a remote image',
    change: layoutWith('<img src="http://example.com/pixel.png" alt="">'),
    message: /template\/unsafe.*<img src="http:\/\/example\.com\/pixel\.png"> would load a file/,
  },
  {
    name: 'template layout opening a WebSocket from an inline script',
    change: layoutWith('<script>new WebSocket("ws://example.com")</script>'),
    message: /error\[template\/unsafe\] jurnal\/layout\.hbs:\d+:\d+: <script> is not allowed in a layout/,
  },
  {
    name: 'template layout opening a WebRTC connection from an inline script',
    change: layoutWith('<script>new RTCPeerConnection({iceServers:[{urls:"stun:example.com"}]})</script>'),
    message: /error\[template\/unsafe\] jurnal\/layout\.hbs:\d+:\d+: <script> is not allowed in a layout/,
  },
  {
    name: 'template layout linking a remote style sheet',
    change: layoutWith('<link rel="stylesheet" href="http://example.com/x.css">'),
    message: /error\[template\/unsafe\] jurnal\/layout\.hbs:\d+:\d+: <link> is not allowed in a layout/,
  },
  {
    name: 'template layout with a meta refresh to a remote page',
    change: ownTemplate((folder) => {
      const file = join(folder, 'layout.hbs');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(
          '</head>',
          '<meta http-equiv="refresh" content="0; url=http://example.com"></head>',
        ),
      );
    }),
    message: /template\/unsafe.*<meta http-equiv="refresh"> is not allowed/,
  },
  {
    name: 'template layout with a javascript: link',
    change: layoutWith('<a href="javascript:fetch(1)">x</a>'),
    message: /template\/unsafe.*a javascript: URL in <a> is not allowed/,
  },
  {
    name: 'template layout with an event handler',
    change: layoutWith('<div onmouseover="fetch(\'http://example.com\')"></div>'),
    message:
      /error\[template\/unsafe\] jurnal\/layout\.hbs:\d+:\d+: the event handler onmouseover= in <div> is not allowed \(no script runs\)/,
  },
  {
    name: 'template style.css importing a remote sheet builds under a policy that blocks it',
    change: ownTemplate((folder) => {
      const file = join(folder, 'style.css');
      writeFileSync(file, `@import url(http://example.com/x.css);\n${readFileSync(file, 'utf8')}`);
    }),
    message: /built asn-metro/,
    code: 0,
    builds: (ctx) => {
      const page = html(ctx, 'en');
      const csp = page.indexOf(CSP_META);
      if (csp < 0 || csp > page.indexOf('@import')) throw new Error('the CSP does not come before the style sheet');
    },
  },
  // a citation style of the study's own
  {
    name: 'citationStyle links outside the study',
    change: namedFile('citationStyle', 'styles/journal.csl', outside('<style/>')),
    message: /study\/path-outside.*citationStyle "styles\/journal\.csl" is a link to/,
  },
  {
    name: 'citationStyle is a FIFO',
    change: namedFile('citationStyle', 'styles/journal.csl', fifo),
    message: /study\/not-a-file.*citationStyle "styles\/journal\.csl" is not a regular file/,
  },
  {
    name: 'citationStyle 3 MB',
    change: namedFile('citationStyle', 'styles/journal.csl', sparse(3 * 1024 * 1024)),
    message: /study\/file-too-large.*is 3 MB, more than the 2 MB naskah reads for a citation style/,
  },
  {
    name: 'citationStyle climbing out',
    change: yaml((d) => d.set('citationStyle', '../journal.csl')),
    message: /study\/path-outside.*citationStyle "\.\.\/journal\.csl" points outside the study folder/,
  },
  {
    name: 'citationStyle a folder',
    change: namedFile('citationStyle', 'styles.csl', (p) => mkdirSync(p)),
    message: /study\/not-a-file.*citationStyle "styles\.csl" is a folder/,
  },
  // a reference document of the study's own
  {
    name: 'referenceDocx links outside the study',
    change: namedFile('referenceDocx', 'jurnal.docx', outside('PK')),
    message: /study\/path-outside.*referenceDocx "jurnal\.docx" is a link to/,
  },
  {
    name: 'referenceDocx is a FIFO',
    change: namedFile('referenceDocx', 'jurnal.docx', fifo),
    message: /study\/not-a-file.*referenceDocx "jurnal\.docx" is not a regular file/,
  },
  {
    name: 'referenceDocx 60 MB',
    change: namedFile('referenceDocx', 'jurnal.docx', sparse(60 * 1024 * 1024)),
    message: /study\/file-too-large.*is 60 MB, more than the 50 MB naskah reads for a reference document/,
  },
  {
    name: 'referenceDocx links to /dev/zero',
    change: namedFile('referenceDocx', 'jurnal.docx', (p) => symlinkSync('/dev/zero', p)),
    message: /study\/path-outside.*referenceDocx "jurnal\.docx" is a link to \/dev\/zero/,
  },
  {
    name: 'referenceDocx absolute',
    change: yaml((d) => d.set('referenceDocx', '/etc/passwd')),
    message: /study\/path-outside.*referenceDocx "\/etc\/passwd" points outside/,
  },
  // BibTeX that is legitimate, however it looks (issue 16, item 9)
  {
    name: 'a reference URL with a port builds and prints whole',
    change: citing(BIB_PORT, 'porttest'),
    message: /built asn-metro/,
    code: 0,
    builds: (ctx) => {
      if (!html(ctx, 'en').includes('Web page. https://example.org:8443/x</li>'))
        throw new Error('the URL with its port is not in the reference list');
    },
  },
  {
    name: 'a SICI DOI builds and prints whole',
    change: citing(BIB_SICI, 'sicitest'),
    message: /built asn-metro/,
    code: 0,
    builds: (ctx) => {
      if (
        !html(ctx, 'en').includes(
          'https://doi.org/10.1002/(SICI)1097-4571(199806)49:8&lt;693::AID-ASI4&gt;3.0.CO;2-0</li>',
        )
      )
        throw new Error('the SICI DOI is not in the reference list');
    },
  },
  // the watch server (issue 16, items 5 and 9)
  {
    name: 'watch: GET /% is a bad request and the server lives on',
    act: watchRequest('/%', '127.0.0.1'),
    code: 400,
    message: /^400, then 200\n/,
  },
  {
    name: 'watch: a request for another Host is refused',
    act: watchRequest('/en.html', 'evil.example'),
    code: 403,
    message: /^403, then 200\n/,
  },
  // verify covers every output (issue 16, item 8; PDFs in test/rebuild/verify-outputs.test.ts)
  {
    name: 'verify of a build with one byte flipped in en.html',
    act: verifyTampered((b) => {
      const bytes = readFileSync(join(b, 'en.html'));
      bytes[100] = bytes[100]! ^ 1;
      writeFileSync(join(b, 'en.html'), bytes);
    }),
    message: /en\.html: [\s\S]*NOT verified/,
  },
  {
    name: 'verify of a build without id.html',
    act: verifyTampered((b) => rmSync(join(b, 'id.html'))),
    message: /id\.html: missing from the build \(the manifest lists it\)/,
  },
  {
    name: 'verify of a build with an edited manifest',
    act: verifyTampered((b) => {
      const text = readFileSync(join(b, 'manifest.json'), 'utf8');
      writeFileSync(join(b, 'manifest.json'), text.replace('"study.yaml"', '"study.yml"'));
    }),
    message: /manifest\.json: differs/,
  },
  {
    name: 'verify of a build whose manifest names an output outside it (/dev/zero)',
    act: verifyTampered((b) => {
      const manifest = JSON.parse(readFileSync(join(b, 'manifest.json'), 'utf8')) as {
        outputs: { path: string; sha256: string }[];
      };
      manifest.outputs.push({ path: '../../../../../../../../dev/zero', sha256: '0'.repeat(64) });
      writeFileSync(join(b, 'manifest.json'), JSON.stringify(manifest, null, 2));
    }),
    message: /dev\/zero: missing from the build[\s\S]*NOT verified/,
  },
  {
    name: 'verify of a build whose en.html is a FIFO',
    act: verifyTampered((b) => {
      rmSync(join(b, 'en.html'));
      fifo(join(b, 'en.html'));
    }),
    message: /en\.html: missing from the build \(the manifest lists it\)/,
  },
  // the output swap and the lock (issue 16, item 6; kills at each step in test/build/output-safety.test.ts)
  {
    name: 'a build killed between the two renames is put back',
    change: (ctx) => {
      mkdirSync(join(ctx.scratch, 'out'));
      cpSync(join(ctx.out, 'asn-metro'), join(ctx.scratch, 'out', '.asn-metro.old-1-killed'), { recursive: true });
    },
    // Put back as out/asn-metro, it is this study's complete build of the same inputs.
    message: /asn-metro is up to date in .*out\/asn-metro\//,
    code: 0,
    builds: (ctx) => {
      const left = readdirSync(join(ctx.scratch, 'out')).filter((n) => n.startsWith('.asn-metro.'));
      if (left.length) throw new Error(`leftovers: ${left.join(', ')}`);
      if (!existsSync(join(ctx.scratch, 'out', 'asn-metro', 'en.html'))) throw new Error('the build was not put back');
    },
  },
  {
    name: 'a lock left by a build that is gone is taken over',
    change: (ctx) => {
      mkdirSync(join(ctx.scratch, 'out'));
      writeFileSync(join(ctx.scratch, 'out', '.asn-metro.lock'), '4194303\n');
    },
    message: /built asn-metro/,
    code: 0,
    builds: (ctx) => {
      if (existsSync(join(ctx.scratch, 'out', '.asn-metro.lock'))) throw new Error('the lock was not released');
    },
  },
  {
    name: 'two builds of one study at once take turns, and both finish',
    act: async (ctx) => {
      const argv = ['build', ctx.dir, '--out', join(ctx.scratch, 'out'), '--format', 'html,json', '--force'];
      const [a, b] = await Promise.all([
        run(argv, { cwd: ctx.scratch, env: ctx.env }),
        run(argv, { cwd: ctx.scratch, env: ctx.env }),
      ]);
      const complete = existsSync(join(ctx.scratch, 'out', 'asn-metro', 'manifest.json'));
      return { code: a.code + b.code, text: `${a.stderr}${a.stdout}\n${b.stderr}${b.stdout}\ncomplete: ${complete}` };
    },
    code: 0,
    message: /built asn-metro[\s\S]*built asn-metro[\s\S]*complete: true/,
  },
];
