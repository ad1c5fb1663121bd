/**
 * A pre-order walk over an mdast or hast tree for the directive passes and the HTML writer,
 * with unist-util-visit's protocol for what a visitor returns: nothing (go on, into the
 * node's children), SKIP (not into its children), an index (go on at that index of the
 * parent: the visitor replaced children), or [SKIP, index]. A node's children are read
 * after its visitor ran, so a visitor may replace them.
 *
 * Why not unist-util-visit: it builds a closure and an array of ancestors for every node and
 * finds each node's index with indexOf, and a batch build walks every text of every study
 * through nine passes; this walk passes the index it already has.
 */
import type { Nodes as HastNodes, Parents as HastParents } from 'hast';
import type { Nodes as MdastNodes, Parents as MdastParents } from 'mdast';

export const SKIP = 'skip';

/** What a visitor returns. */
export type WalkAction = undefined | typeof SKIP | number | readonly [typeof SKIP, number];

interface AnyNode {
  type: string;
  children?: AnyNode[];
}
/**
 * A visitor of any tree's nodes. Written as a method so that its parameters are compared
 * both ways: a visitor of mdast or hast nodes is one (the overloads below type the callers).
 */
type AnyVisitor = {
  visit(node: AnyNode, index: number | undefined, parent: AnyNode | undefined): WalkAction | undefined;
}['visit'];

/** Visits `node` (when its type passes), then its children; returns the index its parent goes on at, if the visitor named one. */
function step(
  node: AnyNode,
  index: number | undefined,
  parent: AnyNode | undefined,
  type: string | undefined,
  visitor: AnyVisitor,
): number | undefined {
  let next: number | undefined;
  let skip = false;
  if (type === undefined || node.type === type) {
    const action = visitor(node, index, parent);
    if (action === SKIP) skip = true;
    else if (typeof action === 'number') next = action;
    else if (action !== undefined) {
      skip = action[0] === SKIP;
      next = action[1];
    }
  }
  if (!skip && node.children) {
    let i = 0;
    while (node.children && i < node.children.length) {
      const at = step(node.children[i]!, i, node, type, visitor);
      i = at ?? i + 1;
    }
  }
  return next;
}

/** Walks an mdast tree: every node, or only the nodes of one type. */
export function walk(
  tree: MdastNodes,
  visitor: (node: MdastNodes, index: number | undefined, parent: MdastParents | undefined) => WalkAction | undefined,
): void;
export function walk<T extends MdastNodes['type']>(
  tree: MdastNodes,
  type: T,
  visitor: (
    node: Extract<MdastNodes, { type: T }>,
    index: number | undefined,
    parent: MdastParents | undefined,
  ) => WalkAction | undefined,
): void;
export function walk(tree: AnyNode, a: string | AnyVisitor, b?: AnyVisitor): void {
  walkAny(tree, a, b);
}

/** Walks a hast tree: every node, or only the nodes of one type. */
export function walkHast(
  tree: HastNodes,
  visitor: (node: HastNodes, index: number | undefined, parent: HastParents | undefined) => WalkAction | undefined,
): void;
export function walkHast<T extends HastNodes['type']>(
  tree: HastNodes,
  type: T,
  visitor: (
    node: Extract<HastNodes, { type: T }>,
    index: number | undefined,
    parent: HastParents | undefined,
  ) => WalkAction | undefined,
): void;
export function walkHast(tree: AnyNode, a: string | AnyVisitor, b?: AnyVisitor): void {
  walkAny(tree, a, b);
}

// The typed overloads above are the checks; the walk itself sees plain nodes.
function walkAny(tree: AnyNode, a: string | AnyVisitor, b: AnyVisitor | undefined): void {
  if (typeof a === 'function') step(tree, undefined, undefined, undefined, a);
  else if (b) step(tree, undefined, undefined, a, b);
}
