/**
 * Document → one self-contained HTML page: the body and every study text resolved
 * (src/report/directives) and serialised through the sanitising HTML pipeline
 * (markdown.ts), charts inline as SVG, CSS inline, and a Content-Security-Policy that
 * forbids loading anything. Handlebars escapes every plain field (title, names); only
 * pipeline output is inserted unescaped.
 */
import { titlePageAuthors } from './authors.ts';
import type { Root } from 'mdast';
import { type Diagnostic, NaskahError } from '../errors.ts';
import { type ResolvedDocument, resolveDocument } from '../report/directives/index.ts';
import type { Document } from '../report/document.ts';
import { languageTag } from '../study/languages.ts';
import { chartToSvg } from './chart.ts';
import { resolvedToHtml } from './markdown.ts';
import { withCsp } from './csp.ts';
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

/** `resolved`: the document already resolved (a build that writes other formats too resolves once). */
export async function renderHtml(
  doc: Document,
  template: Template,
  version: string,
  resolved: ResolvedDocument = resolveDocument(doc),
): Promise<RenderedHtml> {
  // Every problem of every text at once, so one build shows all the mistakes to fix.
  if (resolved.problems.length) throw NaskahError.fromDiagnostics(resolved.problems);
  const svgs: Record<string, string> = {};
  for (const [key, fig] of Object.entries(doc.figures)) svgs[key] = await chartToSvg(fig.spec);
  const body = resolvedToHtml(resolved.body, svgs);
  const paragraph = (tree: Root) => resolvedToHtml(tree).replace(/^<p>|<\/p>$/g, '');
  const abstracts = resolved.abstracts.map(({ abstract: a, paragraphs }) => ({
    ...a,
    lang: languageTag(a.lang),
    html: paragraphs.map((p) => resolvedToHtml(p)).join('\n'),
    keywordsText: a.keywords.join('; '),
  }));
  const declarations = resolved.declarations.map((d) => ({ title: d.title, html: paragraph(d.content) }));
  const { authors, affiliations, corresponding } = titlePageAuthors(doc.authors);
  // The works cited, in the style's order (numbered styles show the number), as escaped HTML from the engine's runs.
  const references = resolved.references.map((e) =>
    e.label ? `${escapeText(e.label)} ${runsToHtml(e.runs)}` : runsToHtml(e.runs),
  );
  const noticeSplit = doc.notice ? /^([^.]+\.)\s*(.*)$/s.exec(doc.notice) : null;
  const html = template.layout({
    lang: languageTag(doc.lang),
    version,
    css: template.css,
    title: doc.title,
    notice: doc.notice ? { head: noticeSplit?.[1] ?? '', text: noticeSplit?.[2] ?? doc.notice } : undefined,
    authors,
    affiliations,
    correspondence: corresponding ? `${corresponding.name}, ${corresponding.email}` : undefined,
    abstracts,
    body,
    declarations,
    references,
    labels: doc.labels,
  });
  return {
    html: withCsp(html),
    tableNumbers: resolved.tableNumbers,
    figureNumbers: resolved.figureNumbers,
    cited: resolved.cited,
  };
}

/**
 * For `renderHtml(…).catch(…)`: a failure for problems in the manuscript's text adds them
 * to `into` (the caller goes on to the other languages and fails with all of them); any
 * other failure passes through.
 */
export function manuscriptProblems(into: Diagnostic[]): (err: unknown) => undefined {
  return (err) => {
    if (!(err instanceof NaskahError) || !err.code.startsWith('manuscript/')) throw err;
    into.push(err.toDiagnostic(), ...err.related);
    return undefined;
  };
}

export { CSP, CSP_META } from './csp.ts';

export { withCsp } from './csp.ts';
