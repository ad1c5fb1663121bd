/**
 * What the directive plugins share while resolving one text: the composed document
 * (tables, figures, statistics, values, bibliography, sections, labels), the numbers given
 * to tables and figures so far, and the bibliography keys cited so far. A text split over
 * several files (an authored file that includes generated sections, several body parts)
 * shares one context, so numbering and citations run on across them. It travels in
 * `file.data.naskah`, the unified way, so the processors are built once and reused.
 */
import type { RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { CiteCluster } from '../citations/index.ts';
import type { Document } from '../document.ts';
import type { Numberer } from '../numbering.ts';
import type { NaskahCitation } from './nodes.ts';

export interface Numbering {
  /** Number as shown (`2`, `4.1`) of each table and figure key shown so far. */
  tables: Record<string, string>;
  figures: Record<string, string>;
  /** The template's numbering scheme, walked in reading order (headings, tables, figures). */
  numberer: Numberer;
}

/** A citation found by the citation plugin, formatted with all others of its text once the text is read. */
export interface PendingCitation {
  cluster: CiteCluster;
  node: NaskahCitation;
}

export interface DirectiveContext {
  doc: Document;
  numbers: Numbering;
  /** Bibliography keys cited, in order of first citation. */
  cited: string[];
  /** Citations of the text being resolved, in reading order, not yet formatted (see resolveText). */
  pending: PendingCitation[];
}

declare module 'vfile' {
  interface DataMap {
    naskah: DirectiveContext;
  }
}

export function contextOf(file: VFile): DirectiveContext {
  const ctx = file.data.naskah;
  if (!ctx) throw new Error('directive plugins need file.data.naskah (see resolveDocument)');
  return ctx;
}

export type TextDirective = Extract<RootContent, { type: 'textDirective' }>;
export type LeafDirective = Extract<RootContent, { type: 'leafDirective' }>;
export type ContainerDirective = Extract<RootContent, { type: 'containerDirective' }>;
export type Directive = TextDirective | LeafDirective | ContainerDirective;

/** The text between a directive's brackets: the key of `:stat[pre_post]`. */
export function labelOf(node: Directive): string {
  return node.children
    .map((c) => ('value' in c ? String(c.value) : ''))
    .join('')
    .trim();
}

/** Replaces `parent.children[index]` with `nodes`; returns the index the walk continues at. */
export function replaceChild(parent: { children: unknown[] }, index: number, nodes: RootContent[]): number {
  parent.children.splice(index, 1, ...nodes);
  return index + nodes.length;
}
