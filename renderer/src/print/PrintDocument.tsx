import type { ReactElement } from 'react';
import type { PrintJob, PrintRequest } from '../../../shared/print/jobs';
import { TEMPLATES } from './templates';
import type { PrintTemplate } from './templates/types';

function templateOf<K extends PrintJob['kind']>(kind: K): PrintTemplate<K> {
  return TEMPLATES[kind] as PrintTemplate<K>;
}

/** A checked request as the pages it prints: the template's @page rule and styles, then the template (BASE_CSS is on the page once). */
export function PrintDocument({ request }: { request: PrintRequest }): ReactElement {
  const { job, setup } = request;
  const tpl = templateOf(job.kind);
  const Component = tpl.Component as (p: { data: PrintJob['data']; setup: PrintRequest['setup'] }) => ReactElement;
  return (
    <div className={`doc doc-${job.kind}`} data-kind={job.kind}>
      <style>{`${tpl.pageCss(setup)}\n${tpl.css}`}</style>
      <Component data={job.data} setup={setup} />
    </div>
  );
}
