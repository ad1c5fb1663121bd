/**
 * Checks a study's own .csl file before citeproc sees it. citeproc-js reads styles
 * leniently (an unclosed element, a macro that does not exist or text that is not XML at
 * all pass without complaint and print "[CSL STYLE ERROR …]" into the manuscript), so the
 * mistakes a style author makes are found here, each with a line and column: XML that is
 * not well formed, a root that is not a CSL <style>, no <citation> layout, a macro used but
 * not defined.
 */

export interface CslProblem {
  message: string;
  line: number;
  column: number;
  hint: string;
}

const CSL_NS = 'http://purl.org/net/xbiblio/csl';

interface Element {
  name: string;
  attrs: Record<string, string>;
  line: number;
  column: number;
  parent?: Element;
}

export function checkCsl(xml: string): CslProblem | undefined {
  const lineStarts = [0];
  for (let i = 0; i < xml.length; i++) if (xml[i] === '\n') lineStarts.push(i + 1);
  const pos = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };
  const problem = (offset: number, message: string, hint: string): CslProblem => ({ ...pos(offset), message, hint });
  const notXml =
    'A .csl file is XML: every <element> is closed (</element> or <element/>) and attribute values are quoted.';

  const stack: Element[] = [];
  const elements: Element[] = [];
  let root: Element | undefined;
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      if (!root && xml.slice(i).trim()) return problem(i, 'the file is not XML', notXml);
      break;
    }
    if (!root && stack.length === 0 && xml.slice(i, lt).trim())
      return problem(i, 'the file is not XML (text before the first element)', notXml);
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) return problem(lt, 'a comment is not closed with "-->"', notXml);
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) return problem(lt, 'an XML declaration is not closed with "?>"', notXml);
      i = end + 2;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      if (end < 0) return problem(lt, 'a CDATA section is not closed', notXml);
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<!', lt)) {
      const end = xml.indexOf('>', lt);
      i = end < 0 ? xml.length : end + 1;
      continue;
    }
    const close = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(xml.slice(lt));
    if (close) {
      const open = stack.pop();
      if (!open) return problem(lt, `</${close[1]}> closes an element that was never opened`, notXml);
      if (open.name !== close[1])
        return problem(
          lt,
          `</${close[1]}> closes <${open.name}>, opened at line ${open.line}, column ${open.column}`,
          `Close <${open.name}> with </${open.name}> before </${close[1]}>. ${notXml}`,
        );
      i = lt + close[0].length;
      continue;
    }
    const open = /^<([A-Za-z_][\w.:-]*)/.exec(xml.slice(lt));
    if (!open) return problem(lt, 'a "<" that does not start an element', `Write "&lt;" for a literal "<". ${notXml}`);
    let j = lt + open[0].length;
    const attrs: Record<string, string> = {};
    while (true) {
      const ws = /^\s*/.exec(xml.slice(j))![0];
      j += ws.length;
      if (xml.startsWith('/>', j) || xml[j] === '>') break;
      const attr = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(xml.slice(j));
      if (!attr || !ws)
        return problem(
          j,
          j >= xml.length ? `<${open[1]}> is not closed with ">"` : `a malformed attribute in <${open[1]}>`,
          notXml,
        );
      attrs[attr[1]!] = attr[3] ?? attr[4] ?? '';
      j += attr[0].length;
    }
    const { line, column } = pos(lt);
    const el: Element = { name: open[1]!, attrs, line, column, parent: stack[stack.length - 1] };
    if (!root) root = el;
    else if (stack.length === 0) return problem(lt, `a second root element <${el.name}>`, notXml);
    elements.push(el);
    if (xml[j] === '>') {
      stack.push(el);
      i = j + 1;
    } else i = j + 2;
  }
  if (stack.length) {
    const open = stack[stack.length - 1]!;
    return problem(
      lineStarts[open.line - 1]! + open.column - 1,
      `<${open.name}> is never closed (the file ends first)`,
      `Add </${open.name}>. ${notXml}`,
    );
  }
  if (!root)
    return problem(
      0,
      'the file is empty',
      'A CSL style starts with <style xmlns="http://purl.org/net/xbiblio/csl" …>.',
    );
  const at = (el: Element) => lineStarts[el.line - 1]! + el.column - 1;
  if (root.name !== 'style' || root.attrs.xmlns !== CSL_NS)
    return problem(
      at(root),
      `the root element is <${root.name}>, not a CSL <style xmlns="${CSL_NS}">`,
      'Download the style as a .csl file (e.g. from https://www.zotero.org/styles), not the web page about it.',
    );
  const citation = elements.find((e) => e.name === 'citation' && e.parent === root);
  if (!citation)
    return problem(
      at(root),
      'the style has no <citation> element',
      'A CSL style needs <citation><layout>…</layout></citation>.',
    );
  if (!elements.some((e) => e.name === 'layout' && e.parent === citation))
    return problem(
      at(citation),
      '<citation> has no <layout>',
      'Put the in-text form inside <citation><layout>…</layout></citation>.',
    );
  const macros = new Set(elements.filter((e) => e.name === 'macro').map((e) => e.attrs.name));
  for (const e of elements) {
    const used = e.attrs.macro;
    if (used !== undefined && !macros.has(used))
      return problem(
        at(e),
        `<${e.name} macro="${used}"> uses a macro that the style does not define`,
        `Define <macro name="${used}"> or correct the name (defined: ${[...macros].join(', ') || 'none'}).`,
      );
  }
  return undefined;
}
