/**
 * The annotations of the original PDF, added page by page as the PDF reader
 * reads pages. They are never part of an export: the export says only which
 * of them are skipped or replaced.
 */
import type { Annotation } from './annotation-types.js';

export class OriginalAnnotations {
  private readonly byPage = new Map<number, readonly Annotation[]>();
  private readonly byId = new Map<string, Annotation>();
  private readonly byPdfObjectId = new Map<number, Annotation>();

  /** Replaces the originals of `pageIndex` (records must be validated and frozen). */
  setPage(pageIndex: number, records: readonly Annotation[]): void {
    for (const old of this.byPage.get(pageIndex) ?? []) {
      if (this.byId.get(old.id) === old) this.byId.delete(old.id);
      if (this.byPdfObjectId.get(old.pdfObjectId!) === old) this.byPdfObjectId.delete(old.pdfObjectId!);
    }
    for (const record of records) {
      // An object number read again on another page moves there.
      const elsewhere = this.byPdfObjectId.get(record.pdfObjectId!);
      if (elsewhere !== undefined && elsewhere.pageIndex !== pageIndex) this.removeFromPage(elsewhere);
      this.byId.set(record.id, record);
      this.byPdfObjectId.set(record.pdfObjectId!, record);
    }
    this.byPage.set(pageIndex, records);
  }

  hasPage(pageIndex: number): boolean {
    return this.byPage.has(pageIndex);
  }

  page(pageIndex: number): readonly Annotation[] {
    return this.byPage.get(pageIndex) ?? [];
  }

  pages(): IterableIterator<number> {
    return this.byPage.keys();
  }

  byIdentifier(id: string): Annotation | undefined {
    return this.byId.get(id);
  }

  byObjectNumber(pdfObjectId: number): Annotation | undefined {
    return this.byPdfObjectId.get(pdfObjectId);
  }

  private removeFromPage(record: Annotation): void {
    const page = this.byPage.get(record.pageIndex);
    if (page !== undefined) this.byPage.set(record.pageIndex, page.filter((other) => other !== record));
    if (this.byId.get(record.id) === record) this.byId.delete(record.id);
  }
}
