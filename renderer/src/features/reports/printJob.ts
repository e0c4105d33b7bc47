import { adoptionsOf, instructionsOf, reporterNames, type Report } from '../../../../shared/domain/report';
import type { PrintJobInput } from '../../../../shared/print/jobs';

/** The report on one page (print/templates/DutyPages.tsx reportSheetTemplate). */
export function reportJob(r: Report, officeName: string): PrintJobInput {
  return {
    kind: 'report',
    data: {
      office: officeName, title: r.title, reporters: reporterNames(r), date: r.date, category: r.category,
      situation: r.situation, cause: r.cause, advice: r.advice,
      outcomes: [
        ...adoptionsOf(r).map((a) => `${a.date} 被${a.level}${a.mode}${a.issue ? `，编入《社情民意》${a.issue}` : ''}`),
        ...instructionsOf(r).map((x) => `${x.date} ${x.leader}（${x.level}）批示${x.text ? `：${x.text}` : ''}`),
      ],
    },
  };
}
