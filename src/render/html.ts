/**
 * Document → one self-contained HTML page: the body and every study text rendered
 * through the sanitising Markdown pipeline, charts inline as SVG, CSS inline, and a
 * Content-Security-Policy that forbids loading anything. Handlebars escapes every plain
 * field (title, names); only pipeline output is inserted unescaped.
 */
import type { Document } from '../report/document.ts';
import { chartToSvg } from './chart.ts';
import { renderBody, renderInline } from './markdown.ts';
import type { Template } from './template.ts';
import { runsToHtml } from '../report/citations/index.ts';

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface RenderedHtml {
  html: string;
  /** Table and figure numbers as shown, for checks and tests. */
  tableNumbers: Record<string, string>;
  figureNumbers: Record<string, string>;
  cited: string[];
}

export async function renderHtml(doc: Document, template: Template, version: string): Promise<RenderedHtml> {
  const svgs: Record<string, string> = {};
  for (const [key, fig] of Object.entries(doc.figures)) svgs[key] = await chartToSvg(fig.spec);
  const body = renderBody(doc, svgs);
  const cited = [...body.cited];
  const inline = (markdown: string) => {
    const r = renderInline(markdown, doc);
    for (const k of r.cited) if (!cited.includes(k)) cited.push(k);
    return r.html;
  };
  const abstracts = doc.abstracts.map((a) => ({
    ...a,
    html: a.paragraphs.map(inline).join('\n'),
    keywordsText: a.keywords.join('; '),
  }));
  const declarations = doc.declarations.map((d) => ({
    title: d.title,
    html: inline(d.text).replace(/^<p>|<\/p>$/g, ''),
  }));
  const affiliations: string[] = [];
  const authors = doc.authors.map((a) => {
    let affiliationIndex: number | undefined;
    if (a.affiliation) {
      const i = affiliations.indexOf(a.affiliation);
      affiliationIndex = i < 0 ? affiliations.push(a.affiliation) : i + 1;
    }
    return { ...a, affiliationIndex: affiliations.length > 1 ? affiliationIndex : undefined };
  });
  const corresponding = doc.authors.find((a) => a.corresponding && a.email);
  // The works cited, in the style's order, as escaped HTML from the engine's runs (numbered styles show the number).
  const references = doc.citations
    .bibliography()
    .map((e) => (e.label ? `${escapeText(e.label)} ${runsToHtml(e.runs)}` : runsToHtml(e.runs)));
  const noticeSplit = doc.notice ? /^([^.]+\.)\s*(.*)$/s.exec(doc.notice) : null;
  const html = template.layout({
    lang: doc.lang,
    version,
    css: template.css,
    title: doc.title,
    notice: doc.notice ? { head: noticeSplit?.[1] ?? '', text: noticeSplit?.[2] ?? doc.notice } : undefined,
    authors,
    affiliations: affiliations.map((text, i) => ({ number: affiliations.length > 1 ? i + 1 : '', text })),
    correspondence: corresponding ? `${corresponding.name}, ${corresponding.email}` : undefined,
    abstracts,
    body: body.html,
    declarations,
    references,
    labels: doc.labels,
  });
  return { html, tableNumbers: body.tableNumbers, figureNumbers: body.figureNumbers, cited };
}
