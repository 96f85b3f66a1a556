// Walks a PDF's object graph (pdf-lib objects) without recursion: which indirect objects are
// reachable from given roots, and every dictionary on the way. Each object is visited once, so
// the work is linear in the size of the document even when objects refer to each other in cycles.
import { PDFArray, PDFDict, PDFRef, PDFStream, type PDFContext, type PDFObject } from 'pdf-lib';

/**
 * Visits every object reachable from `roots`. `onDict` sees each dictionary (stream dictionaries
 * too) before its values are followed, so it may delete entries that must not be followed.
 * `onIndirect` sees each indirect object with its reference. Returns the reachable references.
 */
export function walkPdf(
  context: PDFContext,
  roots: readonly (PDFObject | undefined)[],
  onDict: (dict: PDFDict) => void = () => undefined,
  onIndirect: (ref: PDFRef, object: PDFObject) => void = () => undefined,
): Set<PDFRef> {
  const reached = new Set<PDFRef>();
  const stack: PDFObject[] = [];
  for (const root of roots) if (root !== undefined) stack.push(root);
  for (let object = stack.pop(); object !== undefined; object = stack.pop()) {
    if (object instanceof PDFRef) {
      if (reached.has(object)) continue;
      reached.add(object);
      const target = context.lookup(object);
      if (target !== undefined) {
        onIndirect(object, target);
        stack.push(target);
      }
    } else if (object instanceof PDFStream) {
      stack.push(object.dict);
    } else if (object instanceof PDFDict) {
      onDict(object);
      for (const [, value] of object.entries()) stack.push(value);
    } else if (object instanceof PDFArray) {
      for (const value of object.asArray()) stack.push(value);
    }
  }
  return reached;
}
