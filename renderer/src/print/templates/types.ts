import type { ReactElement } from 'react';
import type { JobOf, PrintKind } from '../../../../shared/print/jobs';
import type { PageSetup } from '../../../../shared/print/page';

/** One printable document: its React component and its page. */
export interface PrintTemplate<K extends PrintKind> {
  /** The @page rule (size, margins, page numbers) for the chosen paper. */
  pageCss(setup: PageSetup): string;
  /** Extra CSS for this document. */
  css: string;
  /** `setup`: the paper the pages go on, for a template that fits its content to the page (the sign-in sheet's blank rows). */
  Component(props: { data: JobOf<K>['data']; setup: PageSetup }): ReactElement;
}
