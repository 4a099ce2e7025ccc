import type { Annotation, Attribution, DocumentRecord } from '../../../shared/model';

/** The body fields of one annotation kind inside the annotation form. */
export interface BodyEditor {
  element: HTMLElement;
  /** The body as entered, or what is wrong and which control to fix. */
  read(): { body: Record<string, unknown> } | { error: string; control: HTMLElement };
  /** Focuses the first field. */
  focus(): void;
  /** Called when the form closes. */
  destroy?(): void;
  /** Called when another form is opened over this one, whose draft is kept meanwhile. */
  suspend?(): void;
  /** Called when this form shows again; `saved` is what the form opened over it stored, if anything. */
  resume?(saved: Annotation | null): void;
}

/** A quote annotation a claim can cite, as the claim form lists it. */
export interface CitableQuote {
  id: string;
  document: string;
  exact: string;
  attribution: Attribution;
}

/** A target span picked for a cross-reference. */
export interface PickedTarget {
  document: string;
  start: number;
  end: number;
  text: string;
}

/** A discrepancy a note can be about, as the note form lists it. */
export interface NoteableDiscrepancy {
  id: string;
  label: string;
}

/** What the body editors need from the window. */
export interface FormContext {
  /** Outlet names for completion (the project's, the gazetteer's). */
  outlets(): Promise<readonly string[]>;
  /** Every quote annotation of the project. */
  quotes(): readonly CitableQuote[];
  documents(): readonly DocumentRecord[];
  titleOf(document: string): string;
  /** The quotes under the current selection in the open document; a message when there is no selection. */
  quotesInSelection(): { ids: string[] } | { error: string };
  /** The discrepancies of the last check touching `start..end` of `document`. */
  discrepanciesAt(document: string, start: number, end: number): readonly NoteableDiscrepancy[];
  /**
   * Shows `document` beside the open one to pick a cross-reference target (null hides it). `onPick` hears
   * every selection made there.
   */
  showTargetPane(document: string | null, onPick: (target: PickedTarget | null) => void, initial?: PickedTarget | null): void;
}
