/**
 * Templates in the study folder: loading, the checks with file:line:column, the
 * Content-Security-Policy, the worked example of docs/templates.md built as written, and
 * a template folder without a layout as bad input (exit 1, previous output untouched).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NaskahError } from '../../src/errors.ts';
import { CSP_META, loadTemplate, withCsp } from '../../src/render/template.ts';
import { run } from '../helpers/io.ts';
import { htmlText } from '../helpers/text.ts';
import { copyStudy, REPO, tempDir } from '../helpers/tmp.ts';

const root = tempDir();

const LAYOUT = `<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<title>{{title}}</title>
<style>{{{css}}}</style>
</head>
<body>
<h1>{{title}}</h1>
{{{body}}}
</body>
</html>
`;

/** A study folder (only what loadTemplate reads) with a template folder made of the given files. */
function studyWith(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function loadError(dir: string, name = 'jurnal'): NaskahError {
  try {
    loadTemplate(name, { dir });
  } catch (e) {
    expect(e).toBeInstanceOf(NaskahError);
    return e as NaskahError;
  }
  throw new Error('expected loadTemplate to fail');
}

const where = (e: NaskahError) => `${e.location?.file}:${e.location?.line}:${e.location?.column}`;

describe('built-in templates', () => {
  it.each(['article', 'skripsi'])('%s loads and passes the same checks as a study template', (name) => {
    const t = loadTemplate(name, { dir: root });
    expect(t.builtIn).toBe(true);
    expect(t.files.map((f) => f.path)).toContain(`templates/${name}/layout.hbs`);
    const html = t.layout({ lang: 'id', title: 'T', body: '<p>x</p>', css: '' });
    expect(html.indexOf(CSP_META)).toBeGreaterThan(0);
    expect(html.indexOf(CSP_META)).toBeLessThan(html.indexOf('</head>'));
  });

  it('skripsi numbers by chapter: methods III, results IV, conclusion V', () => {
    expect(loadTemplate('skripsi').numbering).toEqual({
      kind: 'chapter',
      chapters: { methods: 3, results: 4, conclusion: 5 },
    });
    expect(loadTemplate('article').numbering).toEqual({ kind: 'sequential' });
  });

  it("skripsi's page for Word (template.yaml) is the page of its style.css", () => {
    const t = loadTemplate('skripsi');
    expect(t.page).toEqual({
      size: 'A4',
      margins: { top: 30, right: 30, bottom: 30, left: 40 },
      font: 'Times New Roman',
      fontSize: 12,
      lineSpacing: 1.5,
    });
    const css = t.css;
    const margin = /@page\s*\{[^}]*margin:\s*([\d.]+)mm\s+([\d.]+)mm\s+([\d.]+)mm\s+([\d.]+)mm/.exec(css)!;
    expect(margin.slice(1).map(Number)).toEqual([
      t.page!.margins.top,
      t.page!.margins.right,
      t.page!.margins.bottom,
      t.page!.margins.left,
    ]);
    const html = /\bhtml\s*\{([^}]*)\}/.exec(css)![1]!;
    expect(html).toContain(`"${t.page!.font}"`);
    expect(html).toContain(`font-size: ${t.page!.fontSize}pt`);
    expect(html).toContain(`line-height: ${t.page!.lineSpacing}`);
  });

  it('template.yaml mistakes are errors naming the key', () => {
    const dir = studyWith('config', {
      'jurnal/layout.hbs': LAYOUT,
      'jurnal/style.css': '',
      'jurnal/template.yaml':
        'numbering: chapter\npage: { size: A4, margins: { top: 40, right: 30, bottom: 30 }, font: X, fontSize: 12, lineSpacing: 1.5 }\n',
    });
    const e = loadError(dir);
    expect(e.code).toBe('template/config');
    expect(e.message).toBe('page.margins.left must be a number of millimetres (0–100)');
    writeFileSync(join(dir, 'jurnal', 'template.yaml'), 'numbering: chapters\n');
    expect(loadError(dir).message).toBe('numbering is "chapters"; use sequential or chapter');
  });
});

describe("a study's own template", () => {
  it('loads from the study folder, with partials, and gets the CSP first in <head>', () => {
    const dir = studyWith('own', {
      'jurnal/layout.hbs': LAYOUT.replace('{{{body}}}', '{{> foot}}\n{{{body}}}'),
      'jurnal/style.css': 'h1 { color: navy; }',
      'jurnal/partials/foot.hbs': '<p class="foot">{{title}}</p>',
    });
    const t = loadTemplate('jurnal', { dir });
    expect(t.builtIn).toBe(false);
    expect(t.files.map((f) => f.path)).toEqual(['jurnal/layout.hbs', 'jurnal/style.css', 'jurnal/partials/foot.hbs']);
    const html = t.layout({ lang: 'en', title: 'A <b>title</b>', body: '<p>body</p>', css: t.css });
    expect(html).toMatch(
      /<head>\n<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">\n<meta charset/,
    );
    expect(html).toContain('<p class="foot">A &lt;b&gt;title&lt;/b&gt;</p>');
    expect(html).toContain('h1 { color: navy; }');
  });

  it('withCsp leaves a page that carries the policy alone', () => {
    const page = `<html><head>${CSP_META}</head></html>`;
    expect(withCsp(page)).toBe(page);
    expect(withCsp('<html><HEAD lang="x"><title>t</title></HEAD></html>')).toBe(
      `<html><HEAD lang="x">\n${CSP_META}<title>t</title></HEAD></html>`,
    );
  });

  it('a name that is neither built in nor a folder lists the built-in templates', () => {
    const e = loadError(studyWith('none', { 'study.yaml': '' }));
    expect(e.code).toBe('template/not-found');
    expect(e.message).toBe('there is no template "jurnal"');
    expect(e.hint).toContain('Built-in templates: article, skripsi');
  });

  it('a folder without layout.hbs', () => {
    const e = loadError(studyWith('nolayout', { 'jurnal/style.css': '' }));
    expect(e.code).toBe('template/missing-file');
    expect(e.message).toBe('the template "jurnal" has no layout (jurnal/layout.hbs)');
  });

  it('a folder without style.css', () => {
    const e = loadError(studyWith('nostyle', { 'jurnal/layout.hbs': LAYOUT }));
    expect(e.message).toBe('the template "jurnal" has no style sheet (jurnal/style.css)');
  });

  it.each([
    [
      'an unclosed mustache',
      LAYOUT.replace('<h1>{{title}}</h1>', '<h1>{{title}</h1>'),
      'jurnal/layout.hbs:9:12',
      /malformed \{\{…\}\} expression/,
    ],
    [
      'an unclosed block',
      LAYOUT.replace('<h1>', '{{#if title}}<h1>'),
      'jurnal/layout.hbs:9:1',
      /\{\{#if\}\} is never closed with \{\{\/if\}\}/,
    ],
    [
      'a block closed by another',
      LAYOUT.replace('<h1>{{title}}</h1>', '{{#if title}}<h1>{{title}}</h1>{{/each}}'),
      'jurnal/layout.hbs:9:32',
      /\{\{\/each\}\} closes \{\{#if\}\}, opened at line 9, column 1/,
    ],
  ])('a Handlebars syntax error (%s) has its line and column', (_what, layout, at, message) => {
    const e = loadError(studyWith('syntax', { 'jurnal/layout.hbs': layout, 'jurnal/style.css': '' }));
    expect(e.code).toBe('template/syntax');
    expect(where(e)).toBe(at);
    expect(e.message).toMatch(message);
  });

  it('a partial that does not exist', () => {
    const e = loadError(
      studyWith('partial', {
        'jurnal/layout.hbs': LAYOUT.replace('{{{body}}}', '{{{body}}}\n  {{> footer}}'),
        'jurnal/style.css': '',
        'jurnal/partials/header.hbs': '<p>h</p>',
      }),
    );
    expect(e.code).toBe('template/missing-partial');
    expect(e.message).toBe('the partial "footer" does not exist');
    expect(where(e)).toBe('jurnal/layout.hbs:11:3');
    expect(e.hint).toContain('partials/footer.hbs');
    expect(e.hint).toContain('partials there: header');
  });

  it.each([
    ['{{{title}}}', '<h1>{{{title}}}</h1>', 'template/unescaped-field', 'jurnal/layout.hbs:9:5'],
    ['<script>', '<h1>{{title}}</h1><script>alert(1)</script>', 'template/unsafe', 'jurnal/layout.hbs:9:19'],
    ['onload=', '<h1 onload="x()">{{title}}</h1>', 'template/unsafe', 'jurnal/layout.hbs:9:1'],
    [
      'a remote image',
      '<img src="https://example.org/logo.png"><h1>{{title}}</h1>',
      'template/unsafe',
      'jurnal/layout.hbs:9:1',
    ],
    [
      'a remote style sheet',
      '<link rel="stylesheet" href="https://example.org/x.css"><h1>{{title}}</h1>',
      'template/unsafe',
      'jurnal/layout.hbs:9:1',
    ],
    ['a javascript: link', '<a href="javascript:alert(1)">{{title}}</a>', 'template/unsafe', 'jurnal/layout.hbs:9:1'],
    [
      'a meta refresh',
      '<meta http-equiv="refresh" content="0;url=https://example.org"><h1>{{title}}</h1>',
      'template/unsafe',
      'jurnal/layout.hbs:9:1',
    ],
  ])('%s is refused with its position', (_what, h1, code, at) => {
    const e = loadError(
      studyWith('unsafe', {
        'jurnal/layout.hbs': LAYOUT.replace('<h1>{{title}}</h1>', h1),
        'jurnal/style.css': '',
      }),
    );
    expect(e.code).toBe(code);
    expect(where(e)).toBe(at);
  });

  it('allows a data: image and an ordinary link', () => {
    const dir = studyWith('allowed', {
      'jurnal/layout.hbs': LAYOUT.replace(
        '<h1>{{title}}</h1>',
        '<img src="data:image/png;base64,iVBORw0KGgo=" alt=""><h1><a href="https://doi.org/10.1/x">{{title}}</a></h1>',
      ),
      'jurnal/style.css': '',
    });
    expect(loadTemplate('jurnal', { dir }).builtIn).toBe(false);
  });

  it('reads nothing outside the study folder, also through a symbolic link', () => {
    const outside = studyWith('elsewhere', { 'jurnal/layout.hbs': LAYOUT, 'jurnal/style.css': '' });
    const dir = studyWith('linked', { 'study.yaml': '' });
    symlinkSync(join(outside, 'jurnal'), join(dir, 'jurnal'));
    expect(loadError(dir).code).toBe('template/path-outside');
    expect(loadError(dir, '../elsewhere/jurnal').code).toBe('template/path-outside');
  });
});

/** The fenced blocks of docs/templates.md whose info string names a file: ```lang path. */
function docFiles(): Record<string, string> {
  const md = readFileSync(join(REPO, 'docs', 'templates.md'), 'utf8');
  const files: Record<string, string> = {};
  for (const m of md.matchAll(/^```\w+ (\S+)\n([\s\S]*?)^```$/gm)) files[m[1]!] = m[2]!;
  return files;
}

describe('the worked example of docs/templates.md', () => {
  const out = join(root, 'out-doc');
  let html: string;
  beforeAll(async () => {
    const files = docFiles();
    expect(Object.keys(files).sort()).toEqual(['jurnal/layout.hbs', 'jurnal/partials/authors.hbs', 'jurnal/style.css']);
    const study = copyStudy('asn-metro', join(root, 'doc-example'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(study, path)), { recursive: true });
      writeFileSync(join(study, path), text);
    }
    const yaml = join(study, 'study.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('\nalpha: 0.05\n', '\nalpha: 0.05\ntemplate: jurnal\n'));
    const r = await run(['build', study, '--out', out, '--format', 'html,json']);
    expect(r.code, r.stderr).toBe(0);
    html = readFileSync(join(out, 'asn-metro', 'en.html'), 'utf8');
  }, 120_000);

  it('builds with its layout, partial and styles, under the CSP', () => {
    expect(html.indexOf(CSP_META)).toBeGreaterThan(html.indexOf('<head>'));
    expect(html.indexOf(CSP_META)).toBeLessThan(html.indexOf('<meta charset'));
    expect(html).toContain('<article class="jurnal">');
    expect(html).toContain('font-variant: small-caps');
    expect(html).toContain('<p class="authors">Tim Penulis naskah</p>');
    const text = htmlText(html);
    expect(text).toContain(
      'Effectiveness of Stress Management Training on Perceived Stress among Civil Servants in Metro City',
    );
    expect(text).toContain('Table 4 Comparison of the stress score before the training and after the training');
    expect(text).toMatch(/t\(95\) = 8\.62, p < \.001, d = 0\.88/);
    expect(text).toContain(
      'References Cohen, J. (1988). Statistical Power Analysis for the Behavioral Sciences (2nd ed.).',
    );
    expect(html).not.toMatch(/<script/i);
  });

  it('records the template files in the manifest, not in results.json', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'asn-metro', 'manifest.json'), 'utf8'));
    expect(manifest.template).toBe('jurnal');
    expect(manifest.inputs.map((i: { path: string }) => i.path)).toContain('jurnal/partials/authors.hbs');
    const results = JSON.parse(readFileSync(join(out, 'asn-metro', 'results.json'), 'utf8'));
    expect(Object.keys(results.inputs)).toEqual([
      'study.yaml',
      'data/pss.csv',
      'manuscript/id.md',
      'manuscript/en.md',
      'references.bib',
    ]);
  });
});

describe('a template folder without a layout is bad input', () => {
  it('one clear message, exit 1, the previous build untouched', async () => {
    const out = join(root, 'out-bad');
    const good = copyStudy('asn-metro', join(root, 'bad-good'));
    expect((await run(['build', good, '--out', out, '--format', 'html,json'])).code).toBe(0);
    const snapshot = () =>
      Object.fromEntries(
        readdirSync(join(out, 'asn-metro')).map((f) => [f, readFileSync(join(out, 'asn-metro', f), 'latin1')]),
      );
    const before = snapshot();
    const bad = copyStudy('asn-metro', join(root, 'bad-nolayout'));
    mkdirSync(join(bad, 'jurnal'));
    writeFileSync(join(bad, 'jurnal', 'style.css'), '');
    const yaml = join(bad, 'study.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('\nalpha: 0.05\n', '\nalpha: 0.05\ntemplate: jurnal\n'));
    const r = await run(['build', bad, '--out', out, '--format', 'html,json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error[template/missing-file]');
    expect(r.stderr).toContain('the template "jurnal" has no layout (jurnal/layout.hbs)');
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(snapshot()).toEqual(before);
  }, 120_000);
});
