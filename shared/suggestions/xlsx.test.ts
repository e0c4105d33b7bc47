import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { campaign, citizen, memberSub, suggestion } from './fixtures';
import { buildSuggestionsWorkbook } from './xlsx';

async function cells(bytes: Uint8Array): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer as ArrayBuffer);
  const out: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((r) => out.push((r.values as unknown[]).map(String).join('|'))));
  return out.join('\n');
}

describe('the suggestions workbook', () => {
  const list = [suggestion({ submitter: citizen('王秀英', '13912345678'), title: '停车难的建议' }), suggestion({ submitter: memberSub() })];
  it('leaves the citizen\'s phone out unless asked, and holds the figures', async () => {
    const without = await cells(await buildSuggestionsWorkbook(campaign(), list, { includePhone: false, officeName: '西林' }));
    expect(without).toContain('停车难的建议');
    expect(without).not.toContain('13912345678');
    expect(without).not.toContain('联系电话');
    expect(without).toContain('类别|其他|2');
    const withPhone = await cells(await buildSuggestionsWorkbook(campaign(), list, { includePhone: true, officeName: '西林' }));
    expect(withPhone).toContain('13912345678');
  });
});
