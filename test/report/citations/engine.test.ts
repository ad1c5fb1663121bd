/**
 * The citation engine: citation-js + citeproc with the CSL files naskah ships. Expected
 * strings are the styles' own published forms (APA 7 manual §8.17–8.20 and chapter 10,
 * the ICMJE/NLM Vancouver samples, the IEEE reference guide, Cite Them Right, Chicago 17
 * author-date), with the Indonesian terms of the CSL id-ID locale.
 */
import { describe, expect, it } from 'vitest';
import { NaskahError } from '../../../src/errors.ts';
import { parseBibtex } from '../../../src/report/bibtex.ts';
import { BUILTIN_BIBTEX } from '../../../src/report/builtin-references.ts';
import { createCitationEngine, STYLE_NAMES } from '../../../src/report/citations/index.ts';

const STUDY_BIB = String.raw`
@book{lazarus1984stress, author={Lazarus, Richard S. and Folkman, Susan}, title={Stress, Appraisal, and Coping}, publisher={Springer}, address={New York}, year={1984}}
@book{who2022mentalhealthwork, author={{World Health Organization}}, title={Guidelines on Mental Health at Work}, publisher={World Health Organization}, address={Geneva}, year={2022}}
@misc{kemenkes2019, author={{Kementerian Kesehatan Republik Indonesia}}, title={Situasi Kesehatan Jiwa di Indonesia}, year={2019}, url={https://example.org/infodatin}, urldate={2024-03-05}}
@book{sugiyono2017metode, author={Sugiyono}, title={Metode Penelitian Kuantitatif, Kualitatif, dan R\&D}, publisher={Alfabeta}, address={Bandung}, year={2017}}
`;
const entries = [...parseBibtex(BUILTIN_BIBTEX, 'built-in'), ...parseBibtex(STUDY_BIB, 'references.bib')];

describe('APA 7 (the default)', () => {
  it('writes parenthetical, narrative, year-only and prefixed citations', () => {
    const e = createCitationEngine({ entries, lang: 'en' });
    expect(e.styleTitle).toBe('APA 7th edition');
    expect(e.numeric).toBe(false);
    const out = e.cite([
      { items: [{ key: 'lazarus1984stress' }] },
      { items: [{ key: 'jacobson1991rci' }], narrative: true },
      { items: [{ key: 'cohen1983pss', prefix: 'PSS-10; ' }] },
      { items: [{ key: 'sugiyono2017metode', suppressAuthor: true }] },
      { items: [{ key: 'hosmer2013logistic' }, { key: 'bursac2008purposeful' }] },
    ]);
    expect(out.map((c) => c.text)).toEqual([
      '(Lazarus & Folkman, 1984)',
      'Jacobson and Truax (1991)',
      '(PSS-10; Cohen et al., 1983)',
      '(2017)',
      // §8.12: several works in one parenthesis in the order of the reference list.
      '(Bursac et al., 2008; Hosmer et al., 2013)',
    ]);
  });

  it('lists the cited works alphabetically with italics as runs', () => {
    const e = createCitationEngine({ entries, lang: 'en' });
    e.cite([{ items: [{ key: 'who2022mentalhealthwork' }, { key: 'cohen1983pss' }, { key: 'cohen1988norms' }] }]);
    const list = e.bibliography();
    expect(list.map((r) => r.key)).toEqual(['cohen1983pss', 'cohen1988norms', 'who2022mentalhealthwork']);
    expect(list[0]!.text).toBe(
      'Cohen, S., Kamarck, T., & Mermelstein, R. (1983). A global measure of perceived stress. Journal of Health and Social Behavior, 24(4), 385–396. https://doi.org/10.2307/2136404',
    );
    expect(list[0]!.runs.filter((r) => r.italic).map((r) => r.text)).toEqual([
      'Journal of Health and Social Behavior',
      '24',
    ]);
    expect(list[1]!.text).toBe(
      'Cohen, S., & Williamson, G. (1988). Perceived stress in a probability sample of the United States. In S. Spacapan & S. Oskamp (Eds.), The Social Psychology of Health (pp. 31–67). Sage.',
    );
    // §9.29: the publisher is left out when it is the author.
    expect(list[2]!.text).toBe('World Health Organization. (2022). Guidelines on Mental Health at Work.');
    expect(list.every((r) => r.label === undefined)).toBe(true);
  });

  it('uses the Indonesian terms: dkk., dan, Dalam, Ed., hlm., Edisi ke-2, diakses', () => {
    const e = createCitationEngine({ entries, lang: 'id' });
    const out = e.cite([
      { items: [{ key: 'cohen1983pss' }] },
      { items: [{ key: 'jacobson1991rci' }], narrative: true },
      { items: [{ key: 'cohen1988norms' }, { key: 'lovibond1995manual' }, { key: 'kemenkes2019' }] },
    ]);
    expect(out.map((c) => c.text)).toEqual([
      '(Cohen dkk., 1983)',
      'Jacobson dan Truax (1991)',
      '(Cohen & Williamson, 1988; Kementerian Kesehatan Republik Indonesia, 2019; Lovibond & Lovibond, 1995)',
    ]);
    const byKey = Object.fromEntries(e.bibliography().map((r) => [r.key, r.text]));
    expect(byKey.cohen1988norms).toBe(
      'Cohen, S., & Williamson, G. (1988). Perceived stress in a probability sample of the United States. Dalam S. Spacapan & S. Oskamp (Ed.), The Social Psychology of Health (hlm. 31–67). Sage.',
    );
    expect(byKey.lovibond1995manual).toBe(
      'Lovibond, S. H., & Lovibond, P. F. (1995). Manual for the Depression Anxiety Stress Scales (Edisi ke-2). Psychology Foundation of Australia.',
    );
    expect(byKey.kemenkes2019).toBe(
      'Kementerian Kesehatan Republik Indonesia. (2019). Situasi Kesehatan Jiwa di Indonesia. https://example.org/infodatin',
    );
  });

  it('tells apart first authors with the same surname by their initials (§8.20)', () => {
    const e = createCitationEngine({ entries, lang: 'en' });
    const out = e.cite([{ items: [{ key: 'cohen1983pss' }] }, { items: [{ key: 'cohen1988power' }] }]);
    expect(out.map((c) => c.text)).toEqual(['(S. Cohen et al., 1983)', '(J. Cohen, 1988)']);
    expect(e.bibliography().map((r) => r.key)).toEqual(['cohen1988power', 'cohen1983pss']);
  });
});

describe('numbered styles', () => {
  it('Vancouver numbers works in order of first citation, in the text and the list', () => {
    const e = createCitationEngine({ entries, style: { name: 'vancouver' }, lang: 'en' });
    expect(e.numeric).toBe(true);
    const first = e.cite([{ items: [{ key: 'lazarus1984stress' }] }, { items: [{ key: 'cohen1983pss' }] }]);
    const later = e.cite([
      { items: [{ key: 'lazarus1984stress' }, { key: 'cohen1988norms' }] },
      { items: [{ key: 'jacobson1991rci' }], narrative: true },
    ]);
    expect([...first, ...later].map((c) => c.text)).toEqual(['(1)', '(2)', '(1,3)', 'Jacobson and Truax (4)']);
    const list = e.bibliography();
    expect(list.map((r) => `${r.label} ${r.key}`)).toEqual([
      '1. lazarus1984stress',
      '2. cohen1983pss',
      '3. cohen1988norms',
      '4. jacobson1991rci',
    ]);
    expect(list[1]!.text).toBe(
      'Cohen S, Kamarck T, Mermelstein R. A global measure of perceived stress. Journal of Health and Social Behavior. 1983;24(4):385–96.',
    );
    expect(list[0]!.text).toBe('Lazarus RS, Folkman S. Stress, Appraisal, and Coping. New York: Springer; 1984.');
  });

  it('IEEE in brackets, with "dan" and "hlm." in Bahasa Indonesia', () => {
    const e = createCitationEngine({ entries, style: { name: 'ieee' }, lang: 'id' });
    expect(
      e.cite([{ items: [{ key: 'cohen1988norms' }] }, { items: [{ key: 'cohen1983pss' }] }]).map((c) => c.text),
    ).toEqual(['[1]', '[2]']);
    const [norms] = e.bibliography();
    expect(norms!.label).toBe('[1]');
    expect(norms!.text).toBe(
      'S. Cohen dan G. Williamson, “Perceived stress in a probability sample of the United States,” dalam The Social Psychology of Health, S. Spacapan dan S. Oskamp, Ed. Newbury Park, CA: Sage, 1988, hlm. 31–67.',
    );
  });
});

describe('other author-date styles', () => {
  it('Harvard (Cite Them Right) and Chicago author-date', () => {
    const harvard = createCitationEngine({ entries, style: { name: 'harvard' }, lang: 'en' });
    expect(harvard.cite([{ items: [{ key: 'lazarus1984stress' }] }])[0]!.text).toBe('(Lazarus and Folkman, 1984)');
    expect(harvard.bibliography()[0]!.text).toBe(
      'Lazarus, R.S. and Folkman, S. (1984) Stress, Appraisal, and Coping. New York: Springer.',
    );
    const harvardId = createCitationEngine({ entries, style: { name: 'harvard' }, lang: 'id' });
    harvardId.cite([{ items: [{ key: 'kemenkes2019' }] }]);
    expect(harvardId.bibliography()[0]!.text).toBe(
      'Kementerian Kesehatan Republik Indonesia (2019) “Situasi Kesehatan Jiwa di Indonesia.” Tersedia pada: https://example.org/infodatin (Diakses: 5 Maret 2024).',
    );
    const chicago = createCitationEngine({ entries, style: { name: 'chicago-author-date' }, lang: 'en' });
    expect(chicago.cite([{ items: [{ key: 'lazarus1984stress' }] }])[0]!.text).toBe('(Lazarus and Folkman 1984)');
    expect(chicago.bibliography()[0]!.text).toBe(
      'Lazarus, Richard S., and Susan Folkman. 1984. Stress, Appraisal, and Coping. New York: Springer.',
    );
  });

  it('every named style formats a citation and an entry in both languages', () => {
    for (const name of STYLE_NAMES)
      for (const lang of ['id', 'en'] as const) {
        const e = createCitationEngine({ entries, style: { name }, lang });
        expect(e.cite([{ items: [{ key: 'cronbach1951alpha' }] }])[0]!.text).toMatch(/Cronbach|1/);
        expect(e.bibliography()[0]!.text).toMatch(/Coefficient alpha and the internal structure of tests/i);
      }
  });
});

describe("a study's own .csl file", () => {
  const minimal = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Minimal author-year</title><id>minimal</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <macro name="author"><names variable="author"><name form="short" and="symbol"/></names></macro>
  <citation><layout prefix="(" suffix=")" delimiter="; "><text macro="author"/><date variable="issued" prefix=" "><date-part name="year"/></date></layout></citation>
  <bibliography><sort><key macro="author"/></sort><layout><text macro="author" suffix=". "/><text variable="title" font-style="italic"/></layout></bibliography>
</style>`;

  it('is used as given', () => {
    const e = createCitationEngine({ entries, style: { file: 'styles/minimal.csl', xml: minimal }, lang: 'en' });
    expect(e.styleTitle).toBe('Minimal author-year');
    expect(e.cite([{ items: [{ key: 'lazarus1984stress' }] }])[0]!.text).toBe('(Lazarus & Folkman 1984)');
    expect(e.bibliography()[0]!.runs).toEqual([
      { text: 'Lazarus & Folkman. ' },
      { text: 'Stress, Appraisal, and Coping', italic: true },
    ]);
  });

  it('keeps superscript citation numbers as raised runs', () => {
    const sup = `<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Superscript numbers</title><id>sup</id><category citation-format="numeric"/></info>
  <citation><layout vertical-align="sup" delimiter=","><text variable="citation-number"/></layout></citation>
  <bibliography><layout><text variable="citation-number" suffix=". "/><text variable="title"/></layout></bibliography>
</style>`;
    const e = createCitationEngine({ entries, style: { file: 'sup.csl', xml: sup }, lang: 'en' });
    expect(e.numeric).toBe(true);
    const [a, b] = e.cite([
      { items: [{ key: 'lazarus1984stress' }] },
      { items: [{ key: 'cohen1983pss' }, { key: 'lazarus1984stress' }] },
    ]);
    expect(a!.runs).toEqual([{ text: '1', superscript: true }]);
    // In the order written: this style does not sort the numbers of a citation.
    expect(b!.runs).toEqual([{ text: '2,1', superscript: true }]);
  });

  it.each([
    ['not XML at all', 'this is not a style', /not XML.*styles\/x\.csl:1:1/s],
    [
      'an element closed by the wrong tag',
      minimal.replace('</citation>', '</bibliography>'),
      /<\/bibliography> closes <citation>, opened at line 5, column 3.*styles\/x\.csl:5:\d+/s,
    ],
    ['an unclosed element', minimal.replace('</style>', ''), /<style> is never closed.*styles\/x\.csl:2:1/s],
    [
      'an undefined macro',
      minimal.replace('<text macro="author" suffix', '<text macro="authors" suffix'),
      /macro="authors".*does not define.*styles\/x\.csl:6:\d+/s,
    ],
    ['an HTML page', '<!DOCTYPE html><html><body>Styles</body></html>', /root element is <html>/],
    ['no citation', minimal.replace(/<citation>.*<\/citation>/, ''), /no <citation> element/],
  ])('%s is an error with its line and column', (_what, xml, expected) => {
    let err: unknown;
    try {
      createCitationEngine({ entries, style: { file: 'styles/x.csl', xml }, lang: 'en' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(NaskahError);
    const e = err as NaskahError;
    expect(e.code).toBe('citations/bad-csl');
    expect(`${e.message} ${e.location?.file}:${e.location?.line}:${e.location?.column}`).toMatch(expected);
  });
});

describe('BibTeX through citation-js', () => {
  it('reads LaTeX accents, escapes, dashes and corporate authors', () => {
    const [item] = parseBibtex(
      '@article{x, author={M{\\"u}ller, J{\\"o}rg and {Badan Pusat Statistik}}, title={Stress --- at work: R\\&D in ``quotes\'\'}, journal={J}, year={2020}, pages={1--9}}',
      'x.bib',
    );
    expect(item!.author).toEqual([{ family: 'Müller', given: 'Jörg' }, { family: 'Badan Pusat Statistik' }]);
    expect(item!.title).toBe('Stress — at work: R&D in “quotes”');
    expect(item!.page).toBe('1-9');
  });

  it('skips % comment lines, even with an "@" in them', () => {
    const items = parseBibtex('% Cite them with [@key].\n@book{a, title={A}, year={2000}}\n', 'references.bib');
    expect(items.map((i) => i.id)).toEqual(['a']);
  });

  it('says where a broken entry is', () => {
    expect(() => parseBibtex('@book{a, title={ok}}\n@article{b, title={oops}\n', 'references.bib')).toThrow(
      expect.objectContaining({ code: 'bibtex/syntax', location: { file: 'references.bib', line: 3, column: 1 } }),
    );
  });
});
