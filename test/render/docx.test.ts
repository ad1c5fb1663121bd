/**
 * --format docx: a Word document from the same resolved tree as the HTML. The same inputs
 * give the same bytes (fixed dates in the zip and in docProps/core.xml, no random ids,
 * one entry order); the document has Word's standard styles, APA tables with a repeated
 * header row, figures as SVG with a PNG fallback, the notice as a footnote, page numbers,
 * properties and language; a reference .docx that is not a Word file fails the build
 * cleanly. (LibreOffice opening the files: test/studies/docx-libreoffice.test.ts.)
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxText } from '../../src/render/docx/text.ts';
import { readZip, writeZip } from '../../src/render/docx/zip.ts';
import { runProcess } from '../build/cli-process.ts';
import { run } from '../helpers/io.ts';
import { htmlText } from '../helpers/text.ts';
import { copyStudy, tempDir } from '../helpers/tmp.ts';

const root = tempDir();
const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000' };
const study = copyStudy('asn-metro', join(root, 'studies'));
const outA = join(root, 'a');
const outB = join(root, 'b');
const file = (out: string, name: string) => readFileSync(join(out, 'asn-metro', name));
const part = (docx: Uint8Array, name: string) => Buffer.from(readZip(docx)!.get(name)!).toString('utf8');

beforeAll(async () => {
  // Two builds in one process: the docx library's id counters keep counting between them.
  for (const out of [outA, outB]) {
    const r = await run(['build', study, '--out', out, '--format', 'docx,html,json', '--force'], { env });
    expect(r.code, r.stderr).toBe(0);
  }
}, 240_000);

describe('reproducible .docx', () => {
  it('two builds give the same bytes', () => {
    for (const name of ['id.docx', 'en.docx']) expect(file(outA, name).equals(file(outB, name)), name).toBe(true);
  });

  it('a separate process in another time zone and locale, from another folder, gives the same bytes', async () => {
    const elsewhere = copyStudy('asn-metro', join(root, 'elsewhere', 'deeper'));
    const r = await runProcess(['build', elsewhere, '--out', join(root, 'c'), '--format', 'docx,html,json'], {
      cwd: root,
      env: { ...env, TZ: 'Asia/Jakarta', LANG: 'id_ID.UTF-8', LC_ALL: 'id_ID.UTF-8' },
    });
    expect(r.code, r.stderr).toBe(0);
    const code = (dir: string) => JSON.parse(file(dir, 'manifest.json').toString('utf8')).code;
    // Only when both ran the same naskah code (other work on the sources meanwhile would change the output).
    if (code(join(root, 'c')) === code(outA))
      for (const name of ['id.docx', 'en.docx'])
        expect(file(join(root, 'c'), name).equals(file(outA, name)), name).toBe(true);
  }, 120_000);

  it('stamps the build date into core.xml and every zip entry, in a fixed entry order', () => {
    const docx = file(outA, 'en.docx');
    const core = part(docx, 'docProps/core.xml');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2023-11-14T22:13:20Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2023-11-14T22:13:20Z</dcterms:modified>');
    const names: string[] = [];
    const stamps = new Set<string>();
    for (let at = 0; docx.readUInt32LE(at) === 0x04034b50; ) {
      stamps.add(`${docx.readUInt16LE(at + 10)}/${docx.readUInt16LE(at + 12)}`);
      const nameLength = docx.readUInt16LE(at + 26);
      names.push(docx.subarray(at + 30, at + 30 + nameLength).toString('utf8'));
      at += 30 + nameLength + docx.readUInt16LE(at + 28) + docx.readUInt32LE(at + 18);
    }
    // 2023-11-14 22:13:20 UTC in MS-DOS fields.
    expect([...stamps]).toEqual([`${(22 << 11) | (13 << 5) | 10}/${(43 << 9) | (11 << 5) | 14}`]);
    expect(names[0]).toBe('[Content_Types].xml');
    expect(names.slice(1)).toEqual([...names.slice(1)].sort());
    expect(names).toContain('word/document.xml');
  });

  it('numbers drawings from 1 in each document', () => {
    const ids = [...part(file(outA, 'id.docx'), 'word/document.xml').matchAll(/<wp:docPr id="(\d+)"/g)].map(
      (m) => m[1],
    );
    // asn-metro draws several figures (characteristics, categories, means): 1, 2, 3 … in order.
    expect(ids.length).toBeGreaterThan(1);
    expect(ids).toEqual(ids.map((_id, i) => String(i + 1)));
  });
});

describe('the Word document', () => {
  const en = () => file(outA, 'en.docx');
  const html = () => file(outA, 'en.html').toString('utf8');

  it('holds the manuscript text in Word styles: title, headings, abstracts, references', () => {
    const document = part(en(), 'word/document.xml');
    const text = docxText(en())!;
    expect(text.split('\n')[0]).toBe(
      'Effectiveness of Stress Management Training on Perceived Stress among Civil Servants in Metro City',
    );
    expect(document).toMatch(/<w:pStyle w:val="Title"\/>/);
    for (const h of ['Introduction', 'Method', 'Results', 'Discussion', 'References'])
      expect(document).toMatch(new RegExp(`<w:pStyle w:val="Heading1"/>.*?<w:t[^>]*>${h}</w:t>`));
    expect(document).toMatch(/<w:pStyle w:val="Heading2"\/>.*?<w:t[^>]*>Participants<\/w:t>/);
    expect(text).toContain('Keywords: occupational stress; PSS-10');
    expect(text).toContain('Kata kunci: stres kerja;');
    expect(text).toContain('Cohen, S., Kamarck, T., & Mermelstein, R. (1983). A global measure of perceived stress.');
    expect((document.match(/<w:pStyle w:val="Bibliography"\/>/g) ?? []).length).toBe(10);
    const styles = part(en(), 'word/styles.xml');
    expect(styles).toMatch(/w:styleId="Bibliography".*?<w:ind w:left="720" w:hanging="720"\/>/);
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>.*<w:lang w:val="en-US"\/>/);
    expect(part(file(outA, 'id.docx'), 'word/styles.xml')).toMatch(/<w:lang w:val="id-ID"\/>/);
  });

  it('prints every sentence of the HTML body', () => {
    const body = /<main class="body">([\s\S]*?)<\/main>/.exec(html())![1]!;
    const paragraphs = [...body.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => htmlText(m[1]!).trim());
    const text = docxText(en())!.replace(/\s+/g, ' ');
    expect(paragraphs.length).toBeGreaterThan(10);
    for (const p of paragraphs) expect(text).toContain(p);
  });

  it('has every table of the HTML as a Word table with the same cells, APA rules and a repeated header', () => {
    const document = part(en(), 'word/document.xml');
    const tables = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const htmlTables = [...html().matchAll(/<table>[\s\S]*?<\/table>/g)].map((m) => m[0]);
    expect(tables.length).toBe(4);
    expect(tables.length).toBe(htmlTables.length);
    tables.forEach((t, i) => {
      const cells = (x: string, tag: RegExp) => [...x.matchAll(tag)].map((m) => htmlText(m[1]!).trim());
      const inHtml = cells(htmlTables[i]!, /<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g);
      // A cell under a row-spanning one is Word's merge continuation, not a cell of its own.
      const inWord = [...t.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)]
        .filter((m) => !/<w:vMerge( w:val="continue")?\/>/.test(m[0]))
        .map((m) => docxText(wrap(m[0]))!.trim());
      expect(inWord).toEqual(inHtml);
      expect(t).toContain('<w:tblHeader/>');
      // Horizontal rules only: no vertical borders anywhere in the table.
      expect(t).not.toMatch(/<w:(left|right|start|end) w:val="single"/);
      expect(t).toMatch(/<w:top w:val="single" w:color="000000" w:sz="8"\/>/);
    });
    expect(docxText(en())).toContain(
      'Table 4\nComparison of the stress score before the training and after the training',
    );
    expect(docxText(en())).toContain('Note. CI = confidence interval of the mean difference;');
    // Numbers right-aligned as in the HTML.
    expect(tables[3]).toMatch(/<w:jc w:val="right"\/>.*?<w:t[^>]*>8\.62<\/w:t>/);
  });

  it('has the figure as an SVG picture with a PNG fallback, sized to the text width', () => {
    const zip = readZip(en())!;
    const media = [...zip.keys()].filter((k) => k.startsWith('word/media/')).sort();
    // Each figure of the manuscript once as SVG and once as its PNG fallback.
    const drawings = part(en(), 'word/document.xml').match(/<wp:docPr /g)?.length ?? 0;
    expect(drawings).toBeGreaterThan(1);
    expect(media.map((m) => m.replace(/^.*\./, ''))).toEqual(
      Array.from({ length: drawings }, () => ['png', 'svg']).flat(),
    );
    const pngs = media.filter((m) => m.endsWith('.png')).map((m) => Buffer.from(zip.get(m)!));
    for (const png of pngs) expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // The PNG of the means chart is drawn at 3× the chart's size (471 × 309 px).
    expect(pngs.map((png) => png.readUInt32BE(16))).toContain(1413);
    const document = part(en(), 'word/document.xml');
    expect(document).toContain('<asvg:svgBlip');
    expect(document).toContain('<wp:extent cx="4486275" cy="2943225"/>');
    expect(docxText(en())).toMatch(
      /Figure \d+\nMean stress score before the training and after the training \(error bars: 95% CI\)/,
    );
  });

  it('puts the notice in a footnote to the title, page numbers in the footer, properties in core.xml', () => {
    const footnotes = docxText(en())!;
    expect(footnotes).toContain(
      'Synthetic data. The individual values in this manuscript are a synthetic reconstruction',
    );
    expect(part(en(), 'word/document.xml')).toMatch(
      /Metro City<\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/>/,
    );
    expect(part(en(), 'word/footer1.xml')).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    const core = part(en(), 'docProps/core.xml');
    expect(core).toContain('<dc:title>Effectiveness of Stress Management Training on Perceived Stress');
    expect(core).toContain('<dc:creator>Tim Penulis naskah</dc:creator>');
  });
});

describe('referenceDocx that is not a Word document', () => {
  const snapshot = () =>
    Object.fromEntries(
      readdirSync(join(outA, 'asn-metro'))
        .sort()
        .map((f) => [f, file(outA, f).toString('latin1')]),
    );

  async function expectFailure(yamlLine: string, files: Record<string, Uint8Array | string>, message: RegExp) {
    const dir = copyStudy('asn-metro', join(root, `bad-${Object.keys(files)[0] ?? 'none'}`));
    const yaml = readFileSync(join(dir, 'study.yaml'), 'utf8');
    writeFileSync(join(dir, 'study.yaml'), `${yaml.trimEnd()}\n${yamlLine}\n`);
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    const before = snapshot();
    const r = await run(['build', dir, '--out', outA, '--format', 'docx,html'], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/study\.yaml:\d+:\d+/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(snapshot()).toEqual(before);
  }

  it('a file that is not a zip', async () => {
    await expectFailure(
      'referenceDocx: jurnal.docx',
      { 'jurnal.docx': 'This is the template, honest.\n' },
      /referenceDocx "jurnal.docx" is not a Word document/,
    );
  }, 60_000);

  it('a zip without word/styles.xml', async () => {
    const zip = writeZip([['hello.txt', new Uint8Array(Buffer.from('hi'))]], new Date(0));
    await expectFailure('referenceDocx: kosong.docx', { 'kosong.docx': zip }, /it has no word\/styles\.xml/);
  }, 60_000);

  it('a missing file, and one outside the study folder', async () => {
    await expectFailure('referenceDocx: tidak-ada.docx', {}, /referenceDocx "tidak-ada.docx" does not exist/);
    await expectFailure('referenceDocx: ../jurnal.docx', {}, /points outside the study folder/);
  }, 60_000);
});

/** A table cell as a minimal document, for docxText. */
function wrap(xml: string): Uint8Array {
  return writeZip([['word/document.xml', new Uint8Array(Buffer.from(`<w:body>${xml}</w:body>`))]], new Date(0));
}

describe('naskah verify and naskah diff cover .docx', () => {
  it('verify: a build with Word files is reproduced byte for byte', async () => {
    const r = await run(['verify', study, '--against', join(outA, 'asn-metro')], { env });
    expect(r.stdout).toContain('en.docx: identical');
    expect(r.stdout).toContain('id.docx: identical');
    expect(r.code).toBe(0);
  }, 120_000);

  it('another build date changes the package, not the text; an edit shows its first line', async () => {
    const other = join(root, 'other-date');
    let r = await run(['build', study, '--out', other, '--format', 'docx,json'], {
      env: { ...env, SOURCE_DATE_EPOCH: '1600000000' },
    });
    expect(r.code, r.stderr).toBe(0);
    r = await run(['verify', study, '--against', join(other, 'asn-metro')], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('en.docx: differs\n    the document text is the same');
    r = await run(['diff', join(outA, 'asn-metro'), join(other, 'asn-metro')]);
    expect(r.stdout).toContain('en.docx: the Word document differs\n  the document text is the same');

    const edited = copyStudy('asn-metro', join(root, 'edited'));
    const md = join(edited, 'manuscript', 'en.md');
    writeFileSync(
      md,
      readFileSync(md, 'utf8').replace('These results need careful reading.', 'Read these results with care.'),
    );
    r = await run(['build', edited, '--out', join(root, 'edited-out'), '--format', 'docx,json'], { env });
    expect(r.code, r.stderr).toBe(0);
    r = await run(['diff', join(outA, 'asn-metro'), join(root, 'edited-out', 'asn-metro'), '--json']);
    const docs = JSON.parse(r.stdout).documents as {
      file: string;
      identical: boolean;
      firstDifference?: { old: string; new: string };
    }[];
    expect(docs.find((d) => d.file === 'id.docx')!.identical).toBe(true);
    const en = docs.find((d) => d.file === 'en.docx')!;
    expect(en.identical).toBe(false);
    expect(en.firstDifference!.old).toMatch(/^These results need careful reading\./);
    expect(en.firstDifference!.new).toMatch(/^Read these results with care\./);
  }, 240_000);
});

describe('authored Markdown in Word', () => {
  it('lists (each ordered list from 1, nested bullets), emphasis, links and quotes', async () => {
    const dir = copyStudy('asn-metro', join(root, 'markdown'));
    const md = join(dir, 'manuscript', 'en.md');
    const list = [
      'The training covered:',
      '',
      '1. appraisal of *demands* and **resources**;',
      '2. relaxation, with',
      '   - breathing exercises,',
      '   - muscle relaxation;',
      '3. planning, see [the WHO guidelines](https://www.who.int/publications).',
      '',
      'Another list:',
      '',
      '1. first again',
      '',
      '> A quoted sentence.',
      '',
      '::section[methods]',
    ].join('\n');
    writeFileSync(md, readFileSync(md, 'utf8').replace('::section[methods]', list));
    const docs: Buffer[] = [];
    for (const out of ['md-a', 'md-b']) {
      const r = await run(['build', dir, '--out', join(root, out), '--lang', 'en', '--format', 'docx'], { env });
      expect(r.code, r.stderr).toBe(0);
      docs.push(file(join(root, out), 'en.docx'));
    }
    // The hyperlink's relationship id is drawn at random by the library: renumbered, same bytes.
    expect(docs[0]!.equals(docs[1]!)).toBe(true);
    const document = part(docs[0]!, 'word/document.xml');
    const numbering = [...document.matchAll(/<w:numPr><w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/>/g)].map(
      (m) => `${m[1]}:${m[2]}`,
    );
    // Items 1–3 share one numbering, the bullets a second at level 1, the other list a third.
    expect(numbering).toEqual(['0:2', '0:2', '1:3', '1:3', '0:2', '0:4']);
    expect(document).toMatch(/<w:hyperlink w:history="1" r:id="rIdN1">/);
    expect(part(docs[0]!, 'word/_rels/document.xml.rels')).toContain(
      'Id="rIdN1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.who.int/publications"',
    );
    expect(document).toMatch(/<w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">demands<\/w:t>/);
    expect(document).toMatch(/<w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">resources<\/w:t>/);
    expect(document).toMatch(/<w:pStyle w:val="Quote"\/>.*?A quoted sentence\./);
  }, 120_000);
});
