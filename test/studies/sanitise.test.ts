/**
 * Text from study files can never inject script or markup: hostile titles, labels,
 * level names, author names and authored Markdown end up as inert text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/io.ts';
import { copyStudy, tempDir } from '../helpers/tmp.ts';

const root = tempDir();
const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const html: Record<string, string> = {};

beforeAll(async () => {
  const dir = copyStudy('asn-metro', root);
  const yamlPath = join(dir, 'study.yaml');
  let yaml = readFileSync(yamlPath, 'utf8');
  yaml = yaml
    .replace(/ {2}- name: Tim Penulis naskah/, `  - name: "Tim ${HOSTILE}"`)
    .replace(
      / {6}L: \{ id: laki-laki, en: male \}/,
      `      L: { id: "Laki-laki ${HOSTILE}", en: "Male :stat[pre_post] [@cohen1983pss] **bold** ${HOSTILE}" }`,
    )
    .replace(
      / {4}label: \{ id: Jenis kelamin, en: Sex \}/,
      `    label: { id: "Jenis <iframe src=//evil.example>", en: "Sex <a href='javascript:alert(3)'>x</a>" }`,
    )
    .replace(
      /conflicts:\n {2}id: Tidak ada.\n {2}en: None declared./,
      `conflicts:\n  id: "Tidak ada ${HOSTILE}"\n  en: "None [click](javascript:alert(4)) <style>body{display:none}</style>"`,
    );
  writeFileSync(yamlPath, yaml);
  const md = join(dir, 'manuscript', 'en.md');
  writeFileSync(
    md,
    readFileSync(md, 'utf8') +
      `\n\n<script>alert(5)</script>\n\n[link](javascript:alert(6)) <iframe src="https://evil.example"></iframe> <img src="https://evil.example/x.png">\n\n![tracker](https://evil.example/t.gif)\n`,
  );
  const r = await run(['build', dir, '--out', join(root, 'out'), '--format', 'html']);
  expect(r.stderr).toContain('built asn-metro');
  for (const lang of ['id', 'en']) html[lang] = readFileSync(join(root, 'out', 'asn-metro', `${lang}.html`), 'utf8');
}, 120_000);

describe.each(['id', 'en'])('%s.html', (lang) => {
  it('contains no script, event handler, frame, external image or javascript: URL', () => {
    const h = html[lang]!;
    expect(h).not.toMatch(/<script/i);
    expect(h).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i);
    expect(h).not.toMatch(/<iframe/i);
    expect(h).not.toMatch(/<img/i);
    expect(h).not.toMatch(/<[a-z][^>]*javascript:/i);
    expect(h).not.toMatch(/<[a-z][^>]*\ssrc=/i);
    expect((h.match(/<style/g) ?? []).length).toBe(1);
  });
  it('shows hostile text as text', () => {
    expect(html[lang]).toContain('&#x3C;script>alert(1)&#x3C;/script>');
  });
});

it('a label cannot smuggle directives or citations into generated text', () => {
  expect(html.en).toContain('Male :stat[pre_post] [@cohen1983pss] **bold**');
});
