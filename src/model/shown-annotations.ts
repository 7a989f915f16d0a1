/**
 * What is shown: the originals that are neither skipped nor replaced, plus
 * every record of the change set. Nothing is precomputed: "skipped" and
 * "replaced" are looked up when asked, which is why a skip imported before a
 * page's originals arrive still hides them when they do.
 */
import type { Annotation } from './annotation-types.js';
import type { PendingChange } from './change-notification.js';
import type { ChangeSetHolder, Operation } from './operations.js';
import type { OriginalAnnotations } from './original-annotations.js';

export class ShownAnnotations {
  constructor(
    private readonly originals: OriginalAnnotations,
    private readonly state: ChangeSetHolder,
  ) {}

  /** The annotation shown with `id`, if any. */
  get(id: string): Annotation | undefined {
    const changed = this.state.changes.annotations.get(id);
    if (changed !== undefined) return changed;
    const original = this.originals.byIdentifier(id);
    return original !== undefined && !this.isHidden(original) ? original : undefined;
  }

  /**
   * What `pageIndex` shows: its originals in PDF order, each replaced in place
   * by its new version, then the page's other records in document order.
   */
  onPage(pageIndex: number): Annotation[] {
    const changes = this.state.changes;
    const shown: Annotation[] = [];
    const placed = new Set<string>();
    for (const original of this.originals.page(pageIndex)) {
      const replacementId = changes.idOfPdfObject(original.pdfObjectId!);
      if (replacementId !== undefined) {
        const replacement = changes.annotations.get(replacementId)!;
        if (replacement.pageIndex === pageIndex) {
          shown.push(replacement);
          placed.add(replacementId);
        }
      } else if (!this.isHidden(original)) {
        shown.push(original);
      }
    }
    for (const id of changes.idsOnPage(pageIndex)) {
      if (!placed.has(id)) shown.push(changes.annotations.get(id)!);
    }
    return shown;
  }

  /** What every page shows, page by page. */
  all(): Annotation[] {
    const pages = new Set<number>([...this.originals.pages(), ...this.state.changes.pages()]);
    return [...pages].sort((a, b) => a - b).flatMap((page) => this.onPage(page));
  }

  /** Records what every id `operations` can affect shows now, before they are applied. */
  noteBefore(operations: readonly Operation[], pending: PendingChange): void {
    const note = (id: string): void => {
      if (!pending.shownBefore.has(id)) pending.shownBefore.set(id, this.get(id));
    };
    const noteOriginal = (pdfObjectId: number | undefined): void => {
      const original = pdfObjectId === undefined ? undefined : this.originals.byObjectNumber(pdfObjectId);
      if (original !== undefined) note(original.id);
    };
    for (const operation of operations) {
      switch (operation.kind) {
        case 'annotation':
          note(operation.key);
          noteOriginal(operation.before?.value.pdfObjectId);
          noteOriginal(operation.after?.value.pdfObjectId);
          break;
        case 'skip':
          noteOriginal(operation.key);
          break;
        case 'formFieldValue':
          pending.formFieldNames.add(operation.key);
          break;
        case 'attachment':
          pending.attachmentIds.add(operation.key);
          break;
        case 'document':
          for (const changes of [operation.before, operation.after]) {
            for (const id of changes.annotations.keys()) note(id);
            for (const pdfObjectId of changes.touchedPdfObjectIds()) noteOriginal(pdfObjectId);
            for (const name of changes.formFieldValues.keys()) pending.formFieldNames.add(name);
            for (const id of changes.attachments.keys()) pending.attachmentIds.add(id);
          }
          break;
      }
    }
  }

  /** Hidden: skipped, replaced by a record with its pdfObjectId, or shadowed by a record with its id. */
  private isHidden(original: Annotation): boolean {
    const changes = this.state.changes;
    const pdfObjectId = original.pdfObjectId!;
    return (
      changes.skipped.has(pdfObjectId) ||
      changes.idOfPdfObject(pdfObjectId) !== undefined ||
      changes.annotations.has(original.id)
    );
  }
}
