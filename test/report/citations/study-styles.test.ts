/**
 * `citationStyle:` end to end: asn-metro built with Vancouver prints numbered citations
 * and a numbered reference list; an unknown style name and a broken .csl file are one
 * clear error each, exit code 1, and leave the previous build untouched.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../helpers/io.ts';
import { htmlText } from '../../helpers/text.ts';
import { copyStudy, tempDir } from '../../helpers/tmp.ts';

const root = tempDir();
const out = join(root, 'out');

function withStyle(name: string, style: string, extra?: (dir: string) => void): string {
  const dir = copyStudy('asn-metro', join(root, name));
  const yaml = join(dir, 'study.yaml');
  writeFileSync(
    yaml,
    readFileSync(yaml, 'utf8').replace('\nalpha: 0.05\n', `\nalpha: 0.05\ncitationStyle: ${style}\n`),
  );
  extra?.(dir);
  return dir;
}

const snapshot = () =>
  Object.fromEntries(
    readdirSync(join(out, 'asn-metro'))
      .sort()
      .map((f) => [f, readFileSync(join(out, 'asn-metro', f), 'latin1')]),
  );

describe('citationStyle: vancouver', () => {
  const text: Record<string, string> = {};
  let html = '';
  beforeAll(async () => {
    const r = await run(['build', withStyle('vancouver', 'vancouver'), '--out', out, '--format', 'html,json']);
    expect(r.code, r.stderr).toBe(0);
    for (const lang of ['id', 'en']) {
      const h = readFileSync(join(out, 'asn-metro', `${lang}.html`), 'utf8');
      if (lang === 'en') html = h;
      text[lang] = htmlText(h);
    }
  }, 120_000);

  it('numbers citations in order of first citation', () => {
    // The introduction cites Lazarus & Folkman first, then Karasek, Cooper & Marshall, WHO, the ASN law, Cohen et al.
    expect(text.en).toContain('the resources a person has to meet them (1).');
    expect(text.en).toMatch(/most straining combination \(2\)/);
    expect(text.en).toContain('Perceived Stress Scale (6)');
    expect(text.id).toContain('Perceived Stress Scale (6)');
    expect(text.en).not.toMatch(/\(Lazarus|et al\., 1983/);
  });

  it('prints the reference list numbered in that order', () => {
    const list = /<ol class="reference-list">([\s\S]*?)<\/ol>/.exec(html)![1]!;
    const items = [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => htmlText(m[1]!).trim());
    expect(items[0]).toBe('1. Lazarus RS, Folkman S. Stress, Appraisal, and Coping. New York: Springer; 1984.');
    expect(items[5]).toBe(
      '6. Cohen S, Kamarck T, Mermelstein R. A global measure of perceived stress. Journal of Health and Social Behavior. 1983;24(4):385–96.',
    );
    expect(items.map((i) => Number(i.split('.')[0]))).toEqual(items.map((_, i) => i + 1));
  });
});

describe('bad citation styles leave out/ untouched', () => {
  let before: Record<string, string>;
  beforeAll(async () => {
    const r = await run([
      'build',
      copyStudy('asn-metro', join(root, 'good')),
      '--out',
      out,
      '--format',
      'html,json',
      '--force',
    ]);
    expect(r.code, r.stderr).toBe(0);
    before = snapshot();
  }, 120_000);

  async function expectFailure(dir: string, ...fragments: (string | RegExp)[]): Promise<void> {
    const r = await run(['build', dir, '--out', out, '--format', 'html,json']);
    expect(r.code).toBe(1);
    for (const f of fragments) expect(r.stderr).toMatch(f);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(snapshot()).toEqual(before);
  }

  it('an unknown style name lists the known ones', async () => {
    await expectFailure(
      withStyle('unknown', 'apa6'),
      'error[study/unknown-citation-style]',
      'unknown citation style "apa6"',
      /study\.yaml:\d+:\d+/,
      'Known styles: apa, vancouver, ieee, harvard, chicago-author-date',
    );
  });

  it('a broken .csl file says what is wrong and where', async () => {
    const dir = withStyle('broken', 'styles/journal.csl', (d) => {
      const csl = readFileSync(join(import.meta.dirname, '../../../src/report/citations/csl/vancouver.csl'), 'utf8');
      // An author's typo: a closing tag that does not match.
      mkdirSync(join(d, 'styles'));
      writeFileSync(join(d, 'styles', 'journal.csl'), csl.replace('</citation>', '</citaton>'));
    });
    await expectFailure(
      dir,
      'error[citations/bad-csl]',
      /styles\/journal\.csl:\d+:\d+/,
      '</citaton> closes <citation>',
    );
  });

  it('a .csl file outside the study folder is refused', async () => {
    await expectFailure(
      withStyle('outside', '../vancouver.csl'),
      'error[study/path-outside]',
      'outside the study folder',
    );
  });
});
