/** Test data marks each piece of untrusted text with one right-to-left override, the character of the attack. */
export const RLO = '\u202E';

/**
 * Every place in `root` where a piece of untrusted text (one of `pieces`, each holding an RLO) is not
 * isolated on its own: it must be the whole text of a <bdi> or of an element with a dir attribute,
 * or sit between first-strong isolate and pop directional isolate marks in a plain-text label.
 * Inputs showing such text need dir too. Self-contained, so e2e tests can run it inside a page.
 */
export function findUnisolated(root: Element, pieces: string[]): string[] {
  const mark = '\u202E';
  const isolatedSegment = /[\u2066-\u2068]([^\u2066-\u2069]*)\u2069/g;
  const norm = (text: string) => text.replace(/\s+/g, ' ').trim();
  const known = new Set(pieces.map(norm));
  const problems: string[] = [];
  const outside = (text: string) => text.replace(isolatedSegment, '');
  const isIsolating = (element: Element) =>
    element !== element.ownerDocument.documentElement &&
    element !== element.ownerDocument.body &&
    (element.tagName === 'BDI' || element.hasAttribute('dir'));

  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      if (!text.includes(mark)) return;
      for (const match of text.matchAll(isolatedSegment)) {
        if (match[1]!.includes(mark) && !known.has(norm(match[1]!))) problems.push(`isolated with other text: "${norm(match[1]!)}"`);
      }
      if (!outside(text).includes(mark)) return;
      let element = node.parentElement;
      while (element && !isIsolating(element)) element = element.parentElement;
      const where = `<${node.parentElement?.tagName.toLowerCase()}> "${norm(text).slice(0, 80)}"`;
      if (!element) problems.push(`not isolated: ${where}`);
      else if (!known.has(norm(outside(element.textContent ?? '')))) {
        problems.push(`shares its run with other text: ${where} in <${element.tagName.toLowerCase()}> "${norm(element.textContent ?? '').slice(0, 120)}"`);
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if ((element.tagName === 'INPUT' || element.tagName === 'TEXTAREA') && !element.hasAttribute('dir')) {
      const value = (element as HTMLInputElement).value;
      if (value.includes(mark)) problems.push(`input without dir shows "${norm(value).slice(0, 80)}"`);
    }
    for (const child of Array.from(element.childNodes)) visit(child);
  };
  visit(root);
  return problems;
}
