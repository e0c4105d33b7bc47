import ExcelJS from 'exceljs';
import { SUBMITTER_KINDS, type Campaign, type Suggestion } from '../domain/suggestion';
import { computeFigures, FIGURE_LABELS, sectorOf, type FigureKey } from './figures';
import { effectiveReview, statusOf } from './review';

/**
 * A campaign's suggestions and figures as .xlsx. A citizen's phone is left
 * out unless the person ticked it (`includePhone`): the column is not there
 * at all, so nothing can be un-hidden.
 */
export interface SuggestionsXlsxOptions {
  includePhone: boolean;
  officeName: string;
  officeNames?: ReadonlyMap<string, string>;
}

function head(ws: ExcelJS.Worksheet, title: string, cols: Array<{ header: string; width: number }>) {
  ws.columns = cols.map((c) => ({ width: c.width }));
  ws.mergeCells(1, 1, 1, cols.length);
  const t = ws.getCell(1, 1);
  t.value = title;
  t.font = { size: 15, bold: true };
  t.alignment = { horizontal: 'center' };
  const row = ws.getRow(2);
  cols.forEach((c, i) => {
    const cell = row.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
  });
}

export async function buildSuggestionsWorkbook(campaign: Campaign, list: readonly Suggestion[], o: SuggestionsXlsxOptions): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '政协工委助手';
  wb.created = new Date();
  const live = list.filter((s) => !s.deleted).sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.id.localeCompare(b.id));
  const titles = new Map(live.map((s) => [s.id, s.title]));
  const cols = [
    { header: '序号', width: 6 }, { header: '收到日期', width: 11 }, { header: '标题', width: 40 }, { header: '类别', width: 12 },
    { header: '提交人类型', width: 9 }, { header: '提交人', width: 10 }, { header: '界别或单位', width: 22 },
    ...(o.includePhone ? [{ header: '联系电话', width: 14 }] : []),
    { header: '来源渠道', width: 9 }, { header: '办公室', width: 10 }, { header: '状态', width: 9 }, { header: '审阅意见', width: 30 },
    { header: '反馈', width: 30 }, { header: '奖项', width: 8 }, { header: '并入', width: 30 }, { header: '内容', width: 60 },
  ];
  const ws = wb.addWorksheet('建议', { views: [{ state: 'frozen', ySplit: 2 }] });
  head(ws, `${o.officeName} ${campaign.title} 建议清单`, cols);
  live.forEach((s, i) => {
    const r = effectiveReview(s);
    const sub = s.submitter;
    ws.addRow([
      i + 1, s.receivedOn, s.title, s.category, SUBMITTER_KINDS[sub.kind], sub.name, sub.kind === 'member' ? sectorOf(s) : sub.unit,
      ...(o.includePhone ? [sub.kind === 'citizen' ? sub.phone : ''] : []),
      s.channel, o.officeNames?.get(s.office) ?? s.office, statusOf(s),
      r ? [r.outcome, r.forwardUnit && `转交${r.forwardUnit}（${r.forwardDate}）`, r.reason].filter(Boolean).join('；') : '',
      s.feedback ? `${s.feedback.date} ${s.feedback.way}：${s.feedback.text}` : '', s.award, s.mergedInto ? (titles.get(s.mergedInto) ?? '另一办公室的建议') : '', s.content,
    ]);
  });
  const f = computeFigures(live, campaign.categories, o.officeNames);
  const fs = wb.addWorksheet('统计');
  head(fs, `${campaign.title} 建议统计`, [{ header: '分组', width: 12 }, { header: '项目', width: 24 }, { header: '条数', width: 8 }]);
  fs.addRow(['合计', '建议总数', f.total]);
  fs.addRow(['合计', '并入后', f.distinct]);
  for (const k of Object.keys(FIGURE_LABELS) as FigureKey[]) for (const row of f.by[k]) fs.addRow([FIGURE_LABELS[k], row.key, row.count]);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
